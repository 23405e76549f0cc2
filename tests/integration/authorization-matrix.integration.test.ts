// Every family, invitation and session use case, tried by everyone who must not
// get through. Each outsider must get exactly the answer a made-up id gets, so
// nobody can learn that another family exists, and nothing may change.
import { beforeAll, describe, expect, it } from "vitest";
import { roomWrapUp } from "@/lib/room/room-wrap-up";
import { prisma } from "@/lib/db/client";
import { getFamily } from "@/lib/families/get-family";
import { removeMember } from "@/lib/families/remove-member";
import { createFamily as createFamilyCase } from "@/lib/families/create-family";
import { inviteMember } from "@/lib/invitations/invite-member";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { scheduleSession } from "@/lib/scheduling/schedule-session";
import { rescheduleSession } from "@/lib/scheduling/reschedule-session";
import { cancelSession } from "@/lib/scheduling/cancel-session";
import { listFamilySessions } from "@/lib/scheduling/list-sessions";
import { requireSessionAccess } from "@/lib/scheduling/session-access";
import { getSessionNote } from "@/lib/notes/get-session-note";
import { saveNoteDraft } from "@/lib/notes/save-note-draft";
import { signNote } from "@/lib/notes/sign-note";
import { addAddendum } from "@/lib/notes/add-addendum";
import { listFamilyNotes } from "@/lib/notes/list-family-notes";
import { sessionFigures } from "@/lib/notes/session-figures";
import { getTranscript } from "@/lib/transcript/get-transcript";
import { shareSummary } from "@/lib/summaries/share-summary";
import { getSessionSummary } from "@/lib/summaries/get-session-summary";
import { exportSessionRecord } from "@/lib/exports/export-session-record";
import { exportAuditTrailCsv, listAuditTrail } from "@/lib/audit/list-audit-trail";
import { archiveFamily } from "@/lib/families/archive-family";
import { archiveSession } from "@/lib/scheduling/archive-session";
import { assignExercise } from "@/lib/exercises/assign-exercise";
import { getAssignment } from "@/lib/exercises/get-assignment";
import { saveDraft } from "@/lib/exercises/save-draft";
import { submitAnswers } from "@/lib/exercises/submit-answers";
import { reviewSubmission } from "@/lib/exercises/review-submission";
import { withdrawAssignment } from "@/lib/exercises/withdraw-assignment";
import { setAssignmentSharing } from "@/lib/exercises/set-assignment-sharing";
import { listAwaitingReview } from "@/lib/exercises/list-awaiting-review";
import { listFamilyAssignments, listMyAssignments } from "@/lib/exercises/list-assignments";
import { createExercise } from "@/lib/exercises/create-exercise";
import { updateExercise } from "@/lib/exercises/update-exercise";
import { copyExercise } from "@/lib/exercises/copy-exercise";
import { archiveExercise } from "@/lib/exercises/archive-exercise";
import { getLibraryExercise, listLibrary } from "@/lib/exercises/list-library";
import { getFamilyProgress } from "@/lib/exercises/get-progress";
import { ensureBuiltInExercises } from "@/lib/exercises/ensure-built-in-exercises";
import { changePassword } from "@/lib/accounts/change-password";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import {
  confirmTwoFactorEnrolment,
  regenerateRecoveryCodes,
  disableTwoFactor,
  startTwoFactorEnrolment,
  twoFactorStatus,
} from "@/lib/accounts/two-factor";
import { createFamily, createUser, TEST_PASSWORD } from "../support/factories";
import { setCrisisResources } from "@/lib/accounts/set-crisis-resources";
import { getPreferences } from "@/lib/accounts/get-preferences";

type World = Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const counselor = await createUser({ role: "COUNSELOR" });
  const mom = await createUser({ role: "PARENT" });
  const son = await createUser({ role: "TEEN" });
  const family = await createFamily({
    counselorId: counselor.id,
    members: [
      { userId: mom.id, role: "PARENT" },
      { userId: son.id, role: "TEEN" },
    ],
  });
  const { invitationId } = await inviteMember({
    actor: counselor,
    familyId: family.id,
    input: { name: "Aunt", email: `aunt-${family.id}@example.test`, role: "PARENT" },
  });
  const { sessionIds } = await scheduleSession({
    actor: counselor,
    familyId: family.id,
    input: {
      title: "Weekly",
      date: "2030-01-07",
      time: "17:00",
      durationMinutes: 50,
      timeZone: "UTC",
      repeat: "WEEKLY",
      endsAfter: 2,
    },
  });
  await saveNoteDraft({
    actor: counselor,
    sessionId: sessionIds[0],
    input: { template: "FREE", version: null, sections: { note: { text: "Private words.", quoteSeqs: [] } } },
  });
  await shareSummary({
    actor: counselor,
    sessionId: sessionIds[0],
    input: { workedOn: "Listening", wentWell: "", practice: "" },
  });
  const otherCounselor = await createUser({ role: "COUNSELOR" });
  const otherParent = await createUser({ role: "PARENT" });
  await createFamily({ counselorId: otherCounselor.id, members: [{ userId: otherParent.id, role: "PARENT" }] });
  // The son's own exercise, not shared: his mother is as much an outsider to it as a stranger.
  await ensureBuiltInExercises(prisma);
  const { id: exerciseId } = await createExercise({
    actor: counselor,
    input: {
      title: "Mine",
      strategy: "CALM",
      instructions: "Do it.",
      minutes: 5,
      prompts: [{ type: "SCALE", id: "calm", label: "Calm?", required: true, min: 1, max: 10 }],
    },
  });
  const { assignmentIds } = await assignExercise({
    actor: counselor,
    familyId: family.id,
    input: { exerciseId, assigneeIds: [son.id], dueDate: "2030-01-10" },
    now: new Date("2030-01-01T00:00:00Z"),
  });
  await submitAnswers({ actor: son, assignmentId: assignmentIds[0], answers: { calm: 4 } });
  return {
    counselor,
    mom,
    son,
    family,
    invitationId,
    sessionId: sessionIds[0],
    otherCounselor,
    otherParent,
    exerciseId,
    assignmentId: assignmentIds[0],
  };
}

const MADE_UP = "cl000000000000000000000000";

// Each use case, given the ids to aim at (the real ones, or made-up ones).
type Ids = {
  familyId: string;
  invitationId: string;
  sessionId: string;
  userId: string;
  exerciseId: string;
  assignmentId: string;
};
// counselorOnly: the family's other member (the mother) is refused too. For
// exercises this is the son's unshared assignment, which she must not see.
const USE_CASES: Record<string, { counselorOnly: boolean; run: (actor: unknown, ids: Ids) => Promise<unknown> }> = {
  getFamily: { counselorOnly: false, run: (actor, ids) => getFamily({ actor, familyId: ids.familyId }) },
  listFamilySessions: {
    counselorOnly: false,
    run: (actor, ids) => listFamilySessions({ actor, familyId: ids.familyId }),
  },
  readSession: { counselorOnly: false, run: (actor, ids) => requireSessionAccess(actor, ids.sessionId) },
  inviteMember: {
    counselorOnly: true,
    run: (actor, ids) =>
      inviteMember({ actor, familyId: ids.familyId, input: { name: "X", email: "x@example.test", role: "TEEN" } }),
  },
  resendInvitation: {
    counselorOnly: true,
    run: (actor, ids) => resendInvitation({ actor, invitationId: ids.invitationId }),
  },
  revokeInvitation: {
    counselorOnly: true,
    run: (actor, ids) => revokeInvitation({ actor, invitationId: ids.invitationId }),
  },
  removeMember: {
    counselorOnly: true,
    run: (actor, ids) => removeMember({ actor, familyId: ids.familyId, userId: ids.userId }),
  },
  scheduleSession: {
    counselorOnly: true,
    run: (actor, ids) =>
      scheduleSession({
        actor,
        familyId: ids.familyId,
        input: { title: "Sneaky", date: "2030-02-01", time: "09:00", durationMinutes: 50, timeZone: "UTC" },
      }),
  },
  rescheduleSession: {
    counselorOnly: true,
    run: (actor, ids) =>
      rescheduleSession({
        actor,
        sessionId: ids.sessionId,
        input: { date: "2030-01-08", time: "09:00", durationMinutes: 50 },
      }),
  },
  cancelSession: {
    counselorOnly: true,
    run: (actor, ids) => cancelSession({ actor, sessionId: ids.sessionId, input: { reason: "Because I can" } }),
  },
  getSessionNote: { counselorOnly: true, run: (actor, ids) => getSessionNote({ actor, sessionId: ids.sessionId }) },
  saveNoteDraft: {
    counselorOnly: true,
    run: (actor, ids) =>
      saveNoteDraft({
        actor,
        sessionId: ids.sessionId,
        input: { template: "FREE", version: 1, sections: { note: { text: "Forged.", quoteSeqs: [] } } },
      }),
  },
  signNote: {
    counselorOnly: true,
    run: (actor, ids) => signNote({ actor, sessionId: ids.sessionId, input: { version: 1 } }),
  },
  addAddendum: {
    counselorOnly: true,
    run: (actor, ids) => addAddendum({ actor, sessionId: ids.sessionId, input: { text: "Forged." } }),
  },
  listFamilyNotes: { counselorOnly: true, run: (actor, ids) => listFamilyNotes({ actor, familyId: ids.familyId }) },
  sessionFigures: { counselorOnly: true, run: (actor, ids) => sessionFigures({ actor, sessionId: ids.sessionId }) },
  getTranscript: { counselorOnly: false, run: (actor, ids) => getTranscript({ actor, sessionId: ids.sessionId }) },
  shareSummary: {
    counselorOnly: true,
    run: (actor, ids) =>
      shareSummary({ actor, sessionId: ids.sessionId, input: { workedOn: "Forged", wentWell: "", practice: "" } }),
  },
  exportTranscript: {
    counselorOnly: true,
    run: (actor, ids) =>
      exportSessionRecord({
        actor,
        sessionId: ids.sessionId,
        input: { what: "transcript", format: "pdf" },
        zone: "UTC",
      }),
  },
  exportNote: {
    counselorOnly: true,
    run: (actor, ids) =>
      exportSessionRecord({ actor, sessionId: ids.sessionId, input: { what: "note", format: "md" }, zone: "UTC" }),
  },
  listAuditTrail: { counselorOnly: true, run: (actor, ids) => listAuditTrail({ actor, familyId: ids.familyId }) },
  exportAuditTrailCsv: {
    counselorOnly: true,
    run: (actor, ids) => exportAuditTrailCsv({ actor, familyId: ids.familyId, zone: "UTC" }),
  },
  archiveFamily: { counselorOnly: true, run: (actor, ids) => archiveFamily({ actor, familyId: ids.familyId }) },
  archiveSession: { counselorOnly: true, run: (actor, ids) => archiveSession({ actor, sessionId: ids.sessionId }) },
  roomWrapUp: { counselorOnly: false, run: (actor, ids) => roomWrapUp({ actor, sessionId: ids.sessionId }) },
  getSessionSummary: {
    counselorOnly: false,
    run: (actor, ids) => getSessionSummary({ actor, sessionId: ids.sessionId }),
  },
  assignExercise: {
    counselorOnly: true,
    run: (actor, ids) =>
      assignExercise({
        actor,
        familyId: ids.familyId,
        input: { exerciseId: ids.exerciseId, assigneeIds: [ids.userId], dueDate: "2030-02-01" },
        now: new Date("2030-01-01T00:00:00Z"),
      }),
  },
  listFamilyAssignments: {
    counselorOnly: true,
    run: (actor, ids) => listFamilyAssignments({ actor, familyId: ids.familyId }),
  },
  getFamilyProgress: { counselorOnly: true, run: (actor, ids) => getFamilyProgress({ actor, familyId: ids.familyId }) },
  getAssignment: { counselorOnly: true, run: (actor, ids) => getAssignment({ actor, assignmentId: ids.assignmentId }) },
  saveDraft: {
    counselorOnly: true,
    run: (actor, ids) => saveDraft({ actor, assignmentId: ids.assignmentId, answers: { calm: 1 } }),
  },
  submitAnswers: {
    counselorOnly: true,
    run: (actor, ids) => submitAnswers({ actor, assignmentId: ids.assignmentId, answers: { calm: 1 } }),
  },
  reviewSubmission: {
    counselorOnly: true,
    run: (actor, ids) => reviewSubmission({ actor, assignmentId: ids.assignmentId, input: { outcome: "REVIEWED" } }),
  },
  withdrawAssignment: {
    counselorOnly: true,
    run: (actor, ids) => withdrawAssignment({ actor, assignmentId: ids.assignmentId }),
  },
  setAssignmentSharing: {
    counselorOnly: true,
    run: (actor, ids) => setAssignmentSharing({ actor, assignmentId: ids.assignmentId, shared: true }),
  },
  getLibraryExercise: {
    counselorOnly: true,
    run: (actor, ids) => getLibraryExercise({ actor, exerciseId: ids.exerciseId }),
  },
  updateExercise: {
    counselorOnly: true,
    run: (actor, ids) =>
      updateExercise({
        actor,
        exerciseId: ids.exerciseId,
        input: {
          title: "Taken",
          strategy: "CALM",
          instructions: "x",
          minutes: 5,
          prompts: [{ type: "SCALE", id: "calm", label: "Calm?", required: true, min: 1, max: 10 }],
        },
      }),
  },
  copyExercise: { counselorOnly: true, run: (actor, ids) => copyExercise({ actor, exerciseId: ids.exerciseId }) },
  archiveExercise: { counselorOnly: true, run: (actor, ids) => archiveExercise({ actor, exerciseId: ids.exerciseId }) },
};

async function snapshot() {
  const [
    families,
    members,
    invitations,
    sessions,
    notes,
    summaries,
    summaryReads,
    auditRows,
    exercises,
    versions,
    assignments,
    submissions,
  ] = await Promise.all([
    prisma.family.findMany({ orderBy: { id: "asc" } }),
    prisma.familyMember.findMany({ orderBy: { id: "asc" } }),
    prisma.invitation.findMany({ orderBy: { id: "asc" } }),
    prisma.session.findMany({ orderBy: { id: "asc" } }),
    prisma.sessionNote.findMany({ orderBy: { id: "asc" } }),
    prisma.sessionSummary.findMany({ orderBy: { id: "asc" } }),
    prisma.summaryRead.findMany({ orderBy: { summaryId: "asc" } }),
    // A refused request must not even leave an audit row that names the target.
    prisma.auditEvent.count(),
    prisma.exercise.findMany({ orderBy: { id: "asc" } }),
    prisma.exerciseVersion.findMany({ orderBy: { id: "asc" } }),
    prisma.exerciseAssignment.findMany({ orderBy: { id: "asc" } }),
    prisma.exerciseSubmission.findMany({ orderBy: { id: "asc" } }),
  ]);
  return {
    families,
    members,
    invitations,
    sessions,
    notes,
    summaries,
    summaryReads,
    auditRows,
    exercises,
    versions,
    assignments,
    submissions,
  };
}

async function errorOf(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { code?: string; message?: string } | null;
  return error && { code: error.code, message: error.message };
}

describe("authorization matrix", () => {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld();
  });

  const outsiders = ["another counselor", "a member of another family", "an anonymous visitor"] as const;
  const actorOf = (who: (typeof outsiders)[number] | "a member of this family") =>
    ({
      "another counselor": world.otherCounselor,
      "a member of another family": world.otherParent,
      "an anonymous visitor": undefined,
      "a member of this family": world.mom,
    })[who];

  for (const [name, useCase] of Object.entries(USE_CASES)) {
    const deniedTo = useCase.counselorOnly ? [...outsiders, "a member of this family" as const] : outsiders;
    for (const who of deniedTo) {
      it(`${name}: ${who} gets the same refusal as for a made-up id, and nothing changes`, async () => {
        const actor = actorOf(who);
        const before = await snapshot();
        const real = await errorOf(
          useCase.run(actor, {
            familyId: world.family.id,
            invitationId: world.invitationId,
            sessionId: world.sessionId,
            userId: world.son.id,
            exerciseId: world.exerciseId,
            assignmentId: world.assignmentId,
          }),
        );
        const fake = await errorOf(
          useCase.run(actor, {
            familyId: MADE_UP,
            invitationId: MADE_UP,
            sessionId: MADE_UP,
            userId: MADE_UP,
            exerciseId: MADE_UP,
            assignmentId: MADE_UP,
          }),
        );
        expect(real).not.toBeNull();
        expect(real?.code).toBe(actor === undefined ? "UNAUTHENTICATED" : "NOT_FOUND");
        expect(real).toEqual(fake);
        expect(await snapshot()).toEqual(before);
      });
    }
  }

  it("lets the family's own members read the family and its sessions", async () => {
    for (const member of [world.mom, world.son]) {
      await expect(getFamily({ actor: member, familyId: world.family.id })).resolves.toMatchObject({
        id: world.family.id,
        isCounselor: false,
        description: null,
        invitations: [],
      });
      await expect(requireSessionAccess(member, world.sessionId)).resolves.toMatchObject({ isCounselor: false });
    }
  });

  it("hides members' email addresses and time zones from other members", async () => {
    const family = await getFamily({ actor: world.son, familyId: world.family.id });
    expect(family.members.every((m) => m.email === null && m.timeZone === null)).toBe(true);
  });

  it("keeps the son's exercise from his own counselor's pen and his mother's eyes: only he answers, only the counselor reviews", async () => {
    await expect(
      saveDraft({ actor: world.counselor, assignmentId: world.assignmentId, answers: {} }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      submitAnswers({ actor: world.counselor, assignmentId: world.assignmentId, answers: { calm: 2 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      reviewSubmission({ actor: world.son, assignmentId: world.assignmentId, input: { outcome: "REVIEWED" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawAssignment({ actor: world.son, assignmentId: world.assignmentId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listMyAssignments({ actor: world.mom })).shared).toEqual([]);
    await expect(
      setAssignmentSharing({ actor: world.son, assignmentId: world.assignmentId, shared: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The son's submission waits for his counselor only.
    expect((await listAwaitingReview({ actor: world.counselor })).map((a) => a.id)).toEqual([world.assignmentId]);
    expect(await listAwaitingReview({ actor: world.otherCounselor })).toEqual([]);
    await expect(listAwaitingReview({ actor: world.mom })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listMyAssignments({ actor: undefined })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listLibrary({ actor: world.son })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createExercise({ actor: world.mom, input: {} })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAssignment({ actor: world.son, assignmentId: world.assignmentId })).resolves.toMatchObject({
      viewer: "ASSIGNEE",
    });
  });

  it("reads settings only of the signed-in person", async () => {
    await expect(getPreferences({ actor: undefined })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await setCrisisResources({ actor: world.counselor, input: { crisisResources: "Our on-call line: 555-0100" } });
    expect(await getPreferences({ actor: world.counselor })).toMatchObject({
      crisisResources: "Our on-call line: 555-0100",
    });
    expect(await getPreferences({ actor: world.otherCounselor })).toMatchObject({ crisisResources: null });
    await setCrisisResources({ actor: world.counselor, input: { crisisResources: "" } });
  });

  it("lets only counselors set the crisis lines their families see, and only their own", async () => {
    await expect(setCrisisResources({ actor: world.mom, input: { crisisResources: "Call me" } })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expect(setCrisisResources({ actor: undefined, input: { crisisResources: "Call me" } })).rejects.toMatchObject(
      { code: "UNAUTHENTICATED" },
    );
    await setCrisisResources({ actor: world.otherCounselor, input: { crisisResources: "Other clinic line" } });
    expect(
      await prisma.user.findUniqueOrThrow({ where: { id: world.counselor.id }, select: { crisisResources: true } }),
    ).toEqual({ crisisResources: null });
  });

  it("lets only counselors create a family case", async () => {
    await expect(createFamilyCase({ actor: world.mom, input: { name: "Mine" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createFamilyCase({ actor: undefined, input: { name: "Mine" } })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(createFamilyCase({ actor: world.counselor, input: { name: "  " } })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { name: ["Give the family case a name."] },
    });
  });
});

// Account use cases take no target id: they act on the actor's own account only,
// so the question is who may call them at all.
const ACCOUNT_USE_CASES: Record<string, { counselorOnly: boolean; run: (actor: unknown) => Promise<unknown> }> = {
  changePassword: {
    counselorOnly: false,
    run: (actor) =>
      changePassword({ actor, input: { currentPassword: "wrong", newPassword: "pelican-ember-stairway-19" } }),
  },
  signOutEverywhere: { counselorOnly: false, run: (actor) => signOutEverywhere({ actor }) },
  twoFactorStatus: { counselorOnly: false, run: (actor) => twoFactorStatus({ actor }) },
  startTwoFactorEnrolment: { counselorOnly: true, run: (actor) => startTwoFactorEnrolment({ actor }) },
  confirmTwoFactorEnrolment: {
    counselorOnly: true,
    run: (actor) => confirmTwoFactorEnrolment({ actor, input: { code: "123456", password: TEST_PASSWORD } }),
  },
  regenerateRecoveryCodes: {
    counselorOnly: true,
    run: (actor) => regenerateRecoveryCodes({ actor, input: { password: TEST_PASSWORD } }),
  },
  disableTwoFactor: {
    counselorOnly: true,
    run: (actor) => disableTwoFactor({ actor, input: { password: TEST_PASSWORD } }),
  },
};

describe("authorization matrix: one's own account", () => {
  for (const [name, useCase] of Object.entries(ACCOUNT_USE_CASES)) {
    it(`${name}: an anonymous visitor is refused as unauthenticated`, async () => {
      await expect(useCase.run(undefined)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    });
    if (useCase.counselorOnly) {
      it(`${name}: a parent or teen is refused, and their account is unchanged`, async () => {
        for (const role of ["PARENT", "TEEN"] as const) {
          const member = await createUser({ role });
          const before = await prisma.user.findUniqueOrThrow({ where: { id: member.id } });
          await expect(useCase.run(member)).rejects.toMatchObject({ code: "FORBIDDEN" });
          expect(await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).toEqual(before);
        }
      });
    }
  }

  it("changePassword: a wrong current password changes nothing and ends no session", async () => {
    const user = await createUser();
    const before = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    await expect(ACCOUNT_USE_CASES.changePassword.run(user)).rejects.toMatchObject({ code: "INVALID" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
  });
});
