"use server";

// Thin server actions for exercises: authenticate, then one domain function each.
import { requireSessionActor } from "@/lib/auth/session-actor";
import {
  formValues,
  runAction,
  runDataAction,
  type ActionResult,
  type DataActionResult,
} from "@/lib/http/action-result";
import { assignExercise } from "@/lib/exercises/assign-exercise";
import { saveDraft } from "@/lib/exercises/save-draft";
import { submitAnswers } from "@/lib/exercises/submit-answers";
import { reviewSubmission } from "@/lib/exercises/review-submission";
import { withdrawAssignment } from "@/lib/exercises/withdraw-assignment";
import { setAssignmentSharing } from "@/lib/exercises/set-assignment-sharing";
import { createExercise } from "@/lib/exercises/create-exercise";
import { updateExercise } from "@/lib/exercises/update-exercise";
import { copyExercise } from "@/lib/exercises/copy-exercise";
import { archiveExercise } from "@/lib/exercises/archive-exercise";

export async function assignExerciseAction(familyId: string, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    // Several members may be ticked: formValues keeps one value per name.
    const input = { ...formValues(form), assigneeIds: form.getAll("assigneeIds").filter((v) => typeof v === "string") };
    const { assignmentIds } = await assignExercise({ actor: await requireSessionActor(), familyId, input });
    return {
      message:
        assignmentIds.length === 1
          ? "Exercise assigned."
          : `Exercise assigned (${assignmentIds.length} due dates in all).`,
    };
  });
}

/** `basedOn`: the draftSavedAt this tab's answers started from (null for none); the reply names the new one. */
export async function saveDraftAction(
  assignmentId: string,
  answers: unknown,
  basedOn: string | null,
): Promise<DataActionResult<{ savedAt: string }>> {
  return runDataAction(async () => {
    const { savedAt } = await saveDraft({ actor: await requireSessionActor(), assignmentId, answers, basedOn });
    return { savedAt: savedAt.toISOString() };
  });
}

export async function submitAnswersAction(assignmentId: string, answers: unknown): Promise<ActionResult> {
  return runAction(async () => {
    await submitAnswers({ actor: await requireSessionActor(), assignmentId, answers });
    return { message: "Sent to your counselor. Well done." };
  });
}

export async function reviewSubmissionAction(assignmentId: string, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const values = formValues(form);
    await reviewSubmission({ actor: await requireSessionActor(), assignmentId, input: values });
    return { message: values.outcome === "RETURNED" ? "Returned for revision." : "Marked reviewed." };
  });
}

export async function withdrawAssignmentAction(assignmentId: string): Promise<ActionResult> {
  return runAction(async () => {
    await withdrawAssignment({ actor: await requireSessionActor(), assignmentId });
  });
}

export async function setAssignmentSharingAction(assignmentId: string, shared: boolean): Promise<ActionResult> {
  return runAction(async () => {
    await setAssignmentSharing({ actor: await requireSessionActor(), assignmentId, shared });
  });
}

export async function createExerciseAction(content: unknown): Promise<ActionResult> {
  return runAction(async () => {
    await createExercise({ actor: await requireSessionActor(), input: content });
    return { redirectTo: "/exercises/library" };
  });
}

export async function updateExerciseAction(exerciseId: string, content: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const { version } = await updateExercise({ actor: await requireSessionActor(), exerciseId, input: content });
    return { message: `Saved as version ${version}. Exercises already assigned keep the version they were given.` };
  });
}

export async function copyExerciseAction(exerciseId: string): Promise<ActionResult> {
  return runAction(async () => {
    const { id } = await copyExercise({ actor: await requireSessionActor(), exerciseId });
    return { redirectTo: `/exercises/library/${id}` };
  });
}

export async function archiveExerciseAction(exerciseId: string, archived: boolean): Promise<ActionResult> {
  return runAction(async () => {
    await archiveExercise({ actor: await requireSessionActor(), exerciseId, archived });
  });
}
