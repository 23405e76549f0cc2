// Exercises on real PostgreSQL: who may assign and read, drafts, submissions
// and revisions, shared answers, versions, reminders exactly once, progress.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { EXERCISE_REMINDER_QUEUE, startJobs, type Jobs } from "@/lib/jobs/start-jobs";
import { prisma } from "@/lib/db/client";
import { ensureBuiltInExercises } from "@/lib/exercises/ensure-built-in-exercises";
import { assignExercise } from "@/lib/exercises/assign-exercise";
import { getAssignment } from "@/lib/exercises/get-assignment";
import { CLOSED_MESSAGE, saveDraft, STALE_DRAFT } from "@/lib/exercises/save-draft";
import { submitAnswers } from "@/lib/exercises/submit-answers";
import { reviewSubmission } from "@/lib/exercises/review-submission";
import { withdrawAssignment } from "@/lib/exercises/withdraw-assignment";
import { setAssignmentSharing } from "@/lib/exercises/set-assignment-sharing";
import { listFamilyAssignments, listMyAssignments } from "@/lib/exercises/list-assignments";
import { sendExerciseReminders } from "@/lib/exercises/send-exercise-reminders";
import { createExercise } from "@/lib/exercises/create-exercise";
import { updateExercise } from "@/lib/exercises/update-exercise";
import { archiveExercise } from "@/lib/exercises/archive-exercise";
import { copyExercise } from "@/lib/exercises/copy-exercise";
import { listLibrary } from "@/lib/exercises/list-library";
import { getFamilyProgress, getMyProgress } from "@/lib/exercises/get-progress";
import { BUILT_IN_EXERCISES } from "@/lib/exercises/built-in-library";
import { createFamily, createUser } from "../support/factories";
import { lastEmailTo } from "../support/mailbox";

const NOW = new Date("2031-03-01T12:00:00Z");
const builtIn = async (key: string) =>
  (await prisma.exercise.findUniqueOrThrow({ where: { builtInKey: key }, select: { id: true } })).id;

async function world() {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Reyes" });
  const mom = await createUser({ role: "PARENT", name: "Laura Bennett", timeZone: "America/New_York" });
  const son = await createUser({ role: "TEEN", name: "Sam Bennett", timeZone: "Europe/London" });
  const family = await createFamily({
    counselorId: counselor.id,
    members: [
      { userId: mom.id, role: "PARENT" },
      { userId: son.id, role: "TEEN" },
    ],
  });
  const otherCounselor = await createUser({ role: "COUNSELOR" });
  const otherParent = await createUser({ role: "PARENT" });
  const otherFamily = await createFamily({
    counselorId: otherCounselor.id,
    members: [{ userId: otherParent.id, role: "PARENT" }],
  });
  return { counselor, mom, son, family, otherCounselor, otherParent, otherFamily };
}

type World = Awaited<ReturnType<typeof world>>;

async function assign(w: World, input: Record<string, unknown>) {
  return assignExercise({
    actor: w.counselor,
    familyId: w.family.id,
    input: { dueDate: "2031-03-07", ...input },
    now: NOW,
  });
}

const APPRECIATIONS = { appreciations: ["You make great pancakes", "You came to my game", "You listen now"] };

beforeAll(async () => {
  await ensureBuiltInExercises(prisma);
});

describe("the built-in library", () => {
  it("is seeded once: a second run adds nothing", async () => {
    expect(await ensureBuiltInExercises(prisma)).toEqual({ added: 0 });
    expect(await prisma.exercise.count({ where: { builtInKey: { not: null } } })).toBe(BUILT_IN_EXERCISES.length);
  });
});

describe("assigning", () => {
  it("gives each chosen member one row per week, due at the end of the day in their own zone", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("weekly-hope-check"),
      assigneeIds: [w.mom.id, w.son.id],
      repeatUntil: "2031-03-21",
    });
    expect(assignmentIds).toHaveLength(6);
    const rows = await prisma.exerciseAssignment.findMany({
      where: { id: { in: assignmentIds } },
      orderBy: [{ assigneeId: "asc" }, { dueAt: "asc" }],
      select: { assigneeId: true, dueDate: true, dueAt: true },
    });
    const mom = rows.filter((r) => r.assigneeId === w.mom.id).map((r) => r.dueAt.toISOString());
    // New York moves to summer time on 9 March 2031: the end of Friday moves an hour in UTC.
    expect(mom).toEqual(["2031-03-08T05:00:00.000Z", "2031-03-15T04:00:00.000Z", "2031-03-22T04:00:00.000Z"]);
    const son = rows.filter((r) => r.assigneeId === w.son.id).map((r) => r.dueAt.toISOString());
    expect(son).toEqual(["2031-03-08T00:00:00.000Z", "2031-03-15T00:00:00.000Z", "2031-03-22T00:00:00.000Z"]);
    expect(
      await prisma.email.count({ where: { to: { in: [w.mom.email, w.son.email] }, kind: "exercise-assigned" } }),
    ).toBe(2);
  });

  it("only to members of the counselor's own family", async () => {
    const w = await world();
    const exerciseId = await builtIn("three-appreciations");
    await expect(assign(w, { exerciseId, assigneeIds: [w.son.id, w.otherParent.id] })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { assigneeIds: ["Choose members of this family."] },
    });
    await expect(assign(w, { exerciseId, assigneeIds: [w.counselor.id] })).rejects.toMatchObject({ code: "INVALID" });
    // Another counselor cannot assign into this family, nor this counselor into theirs.
    await expect(
      assignExercise({
        actor: w.otherCounselor,
        familyId: w.family.id,
        input: { exerciseId, assigneeIds: [w.son.id], dueDate: "2031-03-07" },
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      assignExercise({
        actor: w.counselor,
        familyId: w.otherFamily.id,
        input: { exerciseId, assigneeIds: [w.otherParent.id], dueDate: "2031-03-07" },
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      assignExercise({
        actor: w.mom,
        familyId: w.family.id,
        input: { exerciseId, assigneeIds: [w.son.id], dueDate: "2031-03-07" },
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await prisma.exerciseAssignment.count({ where: { familyId: { in: [w.family.id, w.otherFamily.id] } } }),
    ).toBe(0);
  });

  it("refuses a due date already past in the member's zone, and another counselor's exercise", async () => {
    const w = await world();
    await expect(
      assign(w, { exerciseId: await builtIn("good-memory"), assigneeIds: [w.son.id], dueDate: "2031-02-28" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { dueDate: [expect.stringContaining("Choose today or a later date")] },
    });
    const theirs = await createExercise({
      actor: w.otherCounselor,
      input: {
        title: "Theirs",
        strategy: "CALM",
        instructions: "x",
        minutes: 5,
        prompts: [{ type: "SCALE", id: "x", label: "X", required: true, min: 1, max: 10 }],
      },
    });
    await expect(assign(w, { exerciseId: theirs.id, assigneeIds: [w.son.id] })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { exerciseId: ["Choose an exercise from your library."] },
    });
  });
});

describe("the record of exercises", () => {
  it("is never deleted with a family or a person: deleting them is refused while answers exist", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("three-appreciations"),
      assigneeIds: [w.son.id],
    });
    await submitAnswers({ actor: w.son, assignmentId: assignmentIds[0], answers: APPRECIATIONS, now: NOW });
    await expect(prisma.family.delete({ where: { id: w.family.id } })).rejects.toThrow();
    await expect(prisma.user.delete({ where: { id: w.son.id } })).rejects.toThrow();
    await expect(prisma.exerciseAssignment.delete({ where: { id: assignmentIds[0] } })).rejects.toThrow();
    expect(await prisma.exerciseSubmission.count({ where: { assignmentId: assignmentIds[0] } })).toBe(1);
  });
});

describe("privacy of answers", () => {
  it("records in the audit trail every read of answers, and none for a refused one", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("three-appreciations"),
      assigneeIds: [w.son.id],
    });
    const id = assignmentIds[0];
    await submitAnswers({ actor: w.son, assignmentId: id, answers: APPRECIATIONS, now: NOW });
    const reads = () =>
      prisma.auditEvent.findMany({
        where: { action: "exercise_answer.read", targetId: id },
        select: { actorId: true, familyId: true },
      });
    await expect(getAssignment({ actor: w.mom, assignmentId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await reads()).toEqual([]);
    await getAssignment({ actor: w.counselor, assignmentId: id });
    expect(await reads()).toEqual([{ actorId: w.counselor.id, familyId: w.family.id }]);
  });

  it("the other member, other families and other counselors get not-found for an unshared assignment", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("three-appreciations"),
      assigneeIds: [w.son.id],
    });
    const id = assignmentIds[0];
    await submitAnswers({ actor: w.son, assignmentId: id, answers: APPRECIATIONS, now: NOW });
    for (const outsider of [w.mom, w.otherParent, w.otherCounselor]) {
      await expect(getAssignment({ actor: outsider, assignmentId: id })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "We could not find that exercise.",
      });
    }
    expect((await listMyAssignments({ actor: w.mom })).shared).toEqual([]);
    const seen = await getAssignment({ actor: w.counselor, assignmentId: id });
    expect(seen.submissions[0].answers).toEqual(APPRECIATIONS);
  });

  it("a shared assignment reaches the other member only once submitted, without the draft or the counselor's comments", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("three-appreciations"),
      assigneeIds: [w.son.id],
      shared: "on",
      note: "For your mom to read",
    });
    const id = assignmentIds[0];
    const assigned = await lastEmailTo(w.son.email, "exercise-assigned");
    expect(assigned?.text).toContain("left a note for you with it in Mend");
    expect(assigned?.text).not.toContain("For your mom to read");
    await saveDraft({ actor: w.son, assignmentId: id, answers: { appreciations: ["draft only"] } });
    await expect(getAssignment({ actor: w.mom, assignmentId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await submitAnswers({ actor: w.son, assignmentId: id, answers: APPRECIATIONS, now: NOW });
    await reviewSubmission({
      actor: w.counselor,
      assignmentId: id,
      input: { outcome: "REVIEWED", comment: "Private note to Sam" },
    });
    const seen = await getAssignment({ actor: w.mom, assignmentId: id });
    expect(seen.viewer).toBe("FAMILY");
    expect(seen.submissions).toHaveLength(1);
    expect(seen.submissions[0]).toMatchObject({ answers: APPRECIATIONS, reviewComment: null });
    expect(seen.draft).toBeNull();
    expect(seen.note).toBeNull();
    expect((await listMyAssignments({ actor: w.mom })).shared.map((a) => a.id)).toEqual([id]);
    // Still nothing for outsiders.
    await expect(getAssignment({ actor: w.otherParent, assignmentId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Made private again, it is gone for her.
    await setAssignmentSharing({ actor: w.counselor, assignmentId: id, shared: false });
    await expect(getAssignment({ actor: w.mom, assignmentId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers sent in as private stay private: sharing afterwards is refused and the parent sees nothing", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("three-appreciations"),
      assigneeIds: [w.son.id],
    });
    const id = assignmentIds[0];
    await submitAnswers({ actor: w.son, assignmentId: id, answers: APPRECIATIONS, now: NOW });
    await expect(setAssignmentSharing({ actor: w.counselor, assignmentId: id, shared: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("assign it again as shared"),
    });
    await expect(getAssignment({ actor: w.mom, assignmentId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMyAssignments({ actor: w.mom })).shared).toEqual([]);
    expect((await getAssignment({ actor: w.counselor, assignmentId: id })).sharedWithFamily).toBe(false);
    // Before anything is sent in, sharing is the counselor's choice, and the member sees it before answering.
    const second = (await assign(w, { exerciseId: await builtIn("three-appreciations"), assigneeIds: [w.son.id] }))
      .assignmentIds[0];
    await setAssignmentSharing({ actor: w.counselor, assignmentId: second, shared: true });
    expect((await getAssignment({ actor: w.son, assignmentId: second })).sharedWithFamily).toBe(true);
  });

  it("only the assignee saves drafts and submits; the counselor never sees a draft", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("three-appreciations"),
      assigneeIds: [w.son.id],
    });
    const id = assignmentIds[0];
    await saveDraft({ actor: w.son, assignmentId: id, answers: { appreciations: ["one"] } });
    expect((await getAssignment({ actor: w.son, assignmentId: id })).draft).toEqual({ appreciations: ["one"] });
    expect((await getAssignment({ actor: w.counselor, assignmentId: id })).draft).toBeNull();
    for (const other of [w.counselor, w.mom, w.otherParent]) {
      await expect(saveDraft({ actor: other, assignmentId: id, answers: {} })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(submitAnswers({ actor: other, assignmentId: id, answers: APPRECIATIONS })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("a draft saved from a stale tab is refused, not written over the answers saved from another", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("three-appreciations"),
      assigneeIds: [w.son.id],
    });
    const id = assignmentIds[0];
    // Both tabs loaded the exercise with no draft yet; tab A saves first.
    const a = await saveDraft({ actor: w.son, assignmentId: id, answers: { appreciations: ["tab A"] }, basedOn: null });
    await expect(
      saveDraft({ actor: w.son, assignmentId: id, answers: { appreciations: ["tab B"] }, basedOn: null }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "STALE", message: STALE_DRAFT });
    expect((await getAssignment({ actor: w.son, assignmentId: id })).draft).toEqual({ appreciations: ["tab A"] });
    // Tab A goes on from its own save.
    const later = new Date(a.savedAt.getTime() + 5_000);
    await saveDraft({
      actor: w.son,
      assignmentId: id,
      answers: { appreciations: ["tab A, more"] },
      basedOn: a.savedAt.toISOString(),
      now: later,
    });
    expect((await getAssignment({ actor: w.son, assignmentId: id })).draft).toEqual({ appreciations: ["tab A, more"] });
    await expect(
      saveDraft({ actor: w.son, assignmentId: id, answers: {}, basedOn: "yesterday" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    // Once sent in, a stale tab hears that it is closed, not that it is stale.
    await submitAnswers({ actor: w.son, assignmentId: id, answers: APPRECIATIONS });
    await expect(
      saveDraft({ actor: w.son, assignmentId: id, answers: {}, basedOn: later.toISOString() }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: CLOSED_MESSAGE });
  });

  it("a member removed from the family loses their assignments", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, { exerciseId: await builtIn("good-memory"), assigneeIds: [w.son.id] });
    await prisma.familyMember.deleteMany({ where: { familyId: w.family.id, userId: w.son.id } });
    await expect(getAssignment({ actor: w.son, assignmentId: assignmentIds[0] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("submitting and reviewing", () => {
  it("validates on the server with errors by prompt", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("weekly-hope-check"),
      assigneeIds: [w.son.id],
    });
    await expect(
      submitAnswers({ actor: w.son, assignmentId: assignmentIds[0], answers: { hope: 11 } }),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { hope: ["Pick a number from 1 to 10."], why: ["Please answer this one."] },
    });
    expect(await prisma.exerciseSubmission.count({ where: { assignmentId: assignmentIds[0] } })).toBe(0);
  });

  it("a revision keeps every earlier submission, with its comment, for the counselor", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("three-appreciations"),
      assigneeIds: [w.son.id],
    });
    const id = assignmentIds[0];
    await submitAnswers({
      actor: w.son,
      assignmentId: id,
      answers: { appreciations: ["ok", "fine", "whatever"] },
      now: NOW,
    });
    await expect(saveDraft({ actor: w.son, assignmentId: id, answers: {} })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      reviewSubmission({ actor: w.counselor, assignmentId: id, input: { outcome: "RETURNED" } }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { comment: ["Tell them what to look at again."] } });
    await reviewSubmission({
      actor: w.counselor,
      assignmentId: id,
      input: { outcome: "RETURNED", comment: "Could you say a bit more about each?" },
    });
    // The email says there is a comment; the words stay in Mend.
    const told = await lastEmailTo(w.son.email, "exercise-returned");
    expect(told?.text).toContain("left a comment for you there");
    expect(told?.text).not.toContain("say a bit more");
    const returned = await getAssignment({ actor: w.son, assignmentId: id });
    expect(returned.status).toBe("RETURNED");
    expect(returned.draft).toEqual({ appreciations: ["ok", "fine", "whatever"] });
    expect(returned.submissions[0].reviewComment).toBe("Could you say a bit more about each?");
    await submitAnswers({ actor: w.son, assignmentId: id, answers: APPRECIATIONS });
    await expect(
      reviewSubmission({ actor: w.mom, assignmentId: id, input: { outcome: "REVIEWED" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await reviewSubmission({
      actor: w.counselor,
      assignmentId: id,
      input: { outcome: "REVIEWED", comment: "Thank you." },
    });
    await expect(
      reviewSubmission({ actor: w.counselor, assignmentId: id, input: { outcome: "REVIEWED" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const history = await getAssignment({ actor: w.counselor, assignmentId: id });
    expect(history.status).toBe("REVIEWED");
    expect(history.submissions.map((s) => [s.number, s.outcome, s.answers])).toEqual([
      [1, "RETURNED", { appreciations: ["ok", "fine", "whatever"] }],
      [2, "REVIEWED", APPRECIATIONS],
    ]);
    expect(
      await prisma.email.count({
        where: { to: w.son.email, kind: { in: ["exercise-returned", "exercise-reviewed"] } },
      }),
    ).toBe(2);
  });

  it("two submissions at once make one", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("three-appreciations"),
      assigneeIds: [w.son.id],
    });
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => submitAnswers({ actor: w.son, assignmentId: assignmentIds[0], answers: APPRECIATIONS })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.exerciseSubmission.count({ where: { assignmentId: assignmentIds[0] } })).toBe(1);
  });
});

describe("versions", () => {
  it("an assignment keeps the version it was given when the exercise is edited; archived ones cannot be assigned", async () => {
    const w = await world();
    const content = {
      title: "Breathing",
      strategy: "CALM",
      instructions: "Breathe.",
      minutes: 5,
      prompts: [{ type: "SCALE", id: "calm", label: "How calm?", required: true, min: 1, max: 10 }],
    };
    const { id } = await createExercise({ actor: w.counselor, input: content });
    const first = await assign(w, { exerciseId: id, assigneeIds: [w.son.id] });
    expect(
      await updateExercise({
        actor: w.counselor,
        exerciseId: id,
        input: {
          ...content,
          title: "Box breathing",
          prompts: [{ type: "SHORT_TEXT", id: "note", label: "Note", required: true, maxLength: 50 }],
        },
      }),
    ).toEqual({ version: 2 });
    const given = await getAssignment({ actor: w.son, assignmentId: first.assignmentIds[0] });
    expect(given.version).toMatchObject({ version: 1, title: "Breathing" });
    await submitAnswers({ actor: w.son, assignmentId: first.assignmentIds[0], answers: { calm: 6 } });
    const second = await assign(w, { exerciseId: id, assigneeIds: [w.son.id] });
    expect((await getAssignment({ actor: w.son, assignmentId: second.assignmentIds[0] })).version).toMatchObject({
      version: 2,
      title: "Box breathing",
    });
    await expect(updateExercise({ actor: w.otherCounselor, exerciseId: id, input: content })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await archiveExercise({ actor: w.counselor, exerciseId: id });
    await expect(assign(w, { exerciseId: id, assigneeIds: [w.son.id] })).rejects.toMatchObject({ code: "INVALID" });
    expect((await listLibrary({ actor: w.counselor })).some((e) => e.id === id)).toBe(false);
  });

  it("a built-in exercise can be copied to adapt but not edited in place", async () => {
    const w = await world();
    const source = await builtIn("calm-down-plan");
    await expect(updateExercise({ actor: w.counselor, exerciseId: source, input: {} })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const { id } = await copyExercise({ actor: w.counselor, exerciseId: source });
    const library = await listLibrary({ actor: w.counselor });
    expect(library.find((e) => e.id === id)).toMatchObject({
      builtIn: false,
      latest: { title: "My calm-down plan (my copy)", strategy: "CALM" },
    });
    expect((await listLibrary({ actor: w.otherCounselor })).some((e) => e.id === id)).toBe(false);
    await expect(listLibrary({ actor: w.mom })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("exercise reminders", () => {
  it("sends the due-soon and overdue reminders exactly once each, however often the job runs", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, { exerciseId: await builtIn("good-memory"), assigneeIds: [w.son.id] });
    const dayBefore = new Date("2031-03-06T10:00:00Z");
    await Promise.all([
      sendExerciseReminders({ now: dayBefore }),
      sendExerciseReminders({ now: dayBefore }),
      sendExerciseReminders({ now: dayBefore }),
    ]);
    await sendExerciseReminders({ now: new Date("2031-03-07T20:00:00Z") });
    const overdue = new Date("2031-03-08T09:00:00Z");
    await Promise.all([sendExerciseReminders({ now: overdue }), sendExerciseReminders({ now: overdue })]);
    await sendExerciseReminders({ now: new Date("2031-03-10T09:00:00Z") });
    const deliveries = await prisma.exerciseReminderDelivery.findMany({
      where: { assignmentId: assignmentIds[0] },
      orderBy: { kind: "asc" },
    });
    expect(deliveries.map((d) => d.kind)).toEqual(["DUE_SOON", "OVERDUE"]);
    const emails = await prisma.email.findMany({
      where: { to: w.son.email, kind: { in: ["exercise-due-soon", "exercise-overdue"] } },
      orderBy: { kind: "asc" },
    });
    expect(emails.map((e) => e.kind)).toEqual(["exercise-due-soon", "exercise-overdue"]);
    expect(emails[0].text).toContain(`/exercises/${assignmentIds[0]}`);
  });

  it("sends none after submission, and none for a withdrawn assignment", async () => {
    const w = await world();
    const exerciseId = await builtIn("weekly-hope-check");
    const submitted = await assign(w, { exerciseId, assigneeIds: [w.son.id] });
    const withdrawn = await assign(w, { exerciseId, assigneeIds: [w.mom.id] });
    await submitAnswers({
      actor: w.son,
      assignmentId: submitted.assignmentIds[0],
      answers: { hope: 6, why: "We talked on Sunday." },
    });
    await withdrawAssignment({ actor: w.counselor, assignmentId: withdrawn.assignmentIds[0] });
    for (const now of ["2031-03-06T18:00:00Z", "2031-03-09T12:00:00Z"])
      await sendExerciseReminders({ now: new Date(now) });
    expect(
      await prisma.exerciseReminderDelivery.count({
        where: { assignmentId: { in: [...submitted.assignmentIds, ...withdrawn.assignmentIds] } },
      }),
    ).toBe(0);
    await expect(
      submitAnswers({ actor: w.mom, assignmentId: withdrawn.assignmentIds[0], answers: { hope: 5, why: "x" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listMyAssignments({ actor: w.mom })).mine).toEqual([]);
  });
});

describe("exercise reminders through the pg-boss queue", () => {
  let jobs: Jobs;
  beforeAll(async () => {
    jobs = await startJobs(process.env.DATABASE_URL!);
  });
  afterAll(async () => {
    await jobs.stop();
  });

  it("a queued run sends the reminder for an exercise due today, and not to a member who left the family", async () => {
    const w = await world();
    const exerciseId = await builtIn("good-memory");
    const today = DateTime.utc().toISODate()!;
    const { assignmentIds } = await assignExercise({
      actor: w.counselor,
      familyId: w.family.id,
      input: { exerciseId, assigneeIds: [w.son.id, w.mom.id], dueDate: today },
    });
    const rows = await prisma.exerciseAssignment.findMany({
      where: { id: { in: assignmentIds } },
      select: { id: true, assigneeId: true },
    });
    await prisma.familyMember.deleteMany({ where: { familyId: w.family.id, userId: w.mom.id } });
    await jobs.boss.send(EXERCISE_REMINDER_QUEUE, {});
    const sons = rows.find((r) => r.assigneeId === w.son.id)!.id;
    await expect
      .poll(() => prisma.exerciseReminderDelivery.count({ where: { assignmentId: sons } }), {
        timeout: 20_000,
        interval: 250,
      })
      .toBe(1);
    expect(
      await prisma.exerciseReminderDelivery.count({
        where: { assignmentId: rows.find((r) => r.assigneeId === w.mom.id)!.id },
      }),
    ).toBe(0);
  });
});

describe("progress", () => {
  it("shows every weekly hope check as a point, to the counselor and to the member themselves", async () => {
    const w = await world();
    const { assignmentIds } = await assign(w, {
      exerciseId: await builtIn("weekly-hope-check"),
      assigneeIds: [w.son.id],
      repeatUntil: "2031-03-21",
    });
    // Answered out of order: the third week's check first. Points follow the day each was answered.
    for (const [i, hope] of [
      [2, 7],
      [0, 4],
      [1, 6],
    ])
      await submitAnswers({ actor: w.son, assignmentId: assignmentIds[i], answers: { hope, why: "Because." } });
    const family = await getFamilyProgress({ actor: w.counselor, familyId: w.family.id });
    const sam = family.members.find((m) => m.userId === w.son.id)!;
    expect(sam.series).toHaveLength(1);
    expect(sam.series[0].points.map((p) => [p.dueDate, p.value])).toEqual([
      ["2031-03-21", 7],
      ["2031-03-07", 4],
      ["2031-03-14", 6],
    ]);
    // Dated today (in the assignment's zone, so within a day of today in UTC), not on the due dates in 2031.
    const aroundToday = [-1, 0, 1].map((d) => DateTime.utc().plus({ days: d }).toISODate());
    for (const p of sam.series[0].points) expect(aroundToday).toContain(p.answeredOn);
    expect((await getMyProgress({ actor: w.son }))[0].points.map((p) => p.value)).toEqual([7, 4, 6]);
    expect(await getMyProgress({ actor: w.mom })).toEqual([]);
    await expect(getFamilyProgress({ actor: w.mom, familyId: w.family.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listFamilyAssignments({ actor: w.counselor, familyId: w.family.id })).map((a) => a.shown)).toEqual([
      "SUBMITTED",
      "SUBMITTED",
      "SUBMITTED",
    ]);
  });

  it("puts each ended session's kind-to-harsh figures beside the charts, oldest first", async () => {
    const w = await world();
    const session = (title: string, day: string, status: "ENDED" | "SCHEDULED") =>
      prisma.session.create({
        data: {
          familyId: w.family.id,
          counselorId: w.counselor.id,
          title,
          startsAt: new Date(`${day}T17:00:00Z`),
          endsAt: new Date(`${day}T17:50:00Z`),
          timeZone: "UTC",
          status,
        },
      });
    const second = await session("Second", "2031-02-08", "ENDED");
    await session("First", "2031-02-01", "ENDED");
    await session("Next", "2031-03-08", "SCHEDULED");
    await prisma.moderationLog.create({
      data: { sessionId: second.id, userId: w.son.id, outcome: "NUDGED", categories: ["blame"] },
    });
    const { sessions } = await getFamilyProgress({ actor: w.counselor, familyId: w.family.id });
    expect(sessions.map((s) => s.title)).toEqual(["First", "Second"]);
    expect(sessions[1].members.find((m) => m.userId === w.son.id)).toMatchObject({
      negatives: 1,
      kindMessages: 0,
      ratio: 0,
    });
  });
});
