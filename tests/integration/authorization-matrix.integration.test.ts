// Every family, invitation and session use case, tried by everyone who must not
// get through. Each outsider must get exactly the answer a made-up id gets, so
// nobody can learn that another family exists, and nothing may change.
import { beforeAll, describe, expect, it } from "vitest";
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
import { setCrisisResources } from "@/lib/accounts/set-crisis-resources";
import { createFamily, createUser } from "../support/factories";

type World = Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const counselor = await createUser({ role: "COUNSELOR" });
  const mom = await createUser({ role: "PARENT" });
  const son = await createUser({ role: "TEEN" });
  const family = await createFamily({ counselorId: counselor.id, members: [{ userId: mom.id, role: "PARENT" }, { userId: son.id, role: "TEEN" }] });
  const { invitationId } = await inviteMember({ actor: counselor, familyId: family.id, input: { name: "Aunt", email: `aunt-${family.id}@example.test`, role: "PARENT" } });
  const { sessionIds } = await scheduleSession({
    actor: counselor,
    familyId: family.id,
    input: { title: "Weekly", date: "2030-01-07", time: "17:00", durationMinutes: 50, timeZone: "UTC", repeat: "WEEKLY", endsAfter: 2 },
  });
  const otherCounselor = await createUser({ role: "COUNSELOR" });
  const otherParent = await createUser({ role: "PARENT" });
  await createFamily({ counselorId: otherCounselor.id, members: [{ userId: otherParent.id, role: "PARENT" }] });
  return { counselor, mom, son, family, invitationId, sessionId: sessionIds[0], otherCounselor, otherParent };
}

const MADE_UP = "cl000000000000000000000000";

// Each use case, given the ids to aim at (the real ones, or made-up ones).
const USE_CASES: Record<string, { counselorOnly: boolean; run: (actor: unknown, ids: { familyId: string; invitationId: string; sessionId: string; userId: string }) => Promise<unknown> }> = {
  getFamily: { counselorOnly: false, run: (actor, ids) => getFamily({ actor, familyId: ids.familyId }) },
  listFamilySessions: { counselorOnly: false, run: (actor, ids) => listFamilySessions({ actor, familyId: ids.familyId }) },
  readSession: { counselorOnly: false, run: (actor, ids) => requireSessionAccess(actor, ids.sessionId) },
  inviteMember: { counselorOnly: true, run: (actor, ids) => inviteMember({ actor, familyId: ids.familyId, input: { name: "X", email: "x@example.test", role: "TEEN" } }) },
  resendInvitation: { counselorOnly: true, run: (actor, ids) => resendInvitation({ actor, invitationId: ids.invitationId }) },
  revokeInvitation: { counselorOnly: true, run: (actor, ids) => revokeInvitation({ actor, invitationId: ids.invitationId }) },
  removeMember: { counselorOnly: true, run: (actor, ids) => removeMember({ actor, familyId: ids.familyId, userId: ids.userId }) },
  scheduleSession: {
    counselorOnly: true,
    run: (actor, ids) => scheduleSession({ actor, familyId: ids.familyId, input: { title: "Sneaky", date: "2030-02-01", time: "09:00", durationMinutes: 50, timeZone: "UTC" } }),
  },
  rescheduleSession: { counselorOnly: true, run: (actor, ids) => rescheduleSession({ actor, sessionId: ids.sessionId, input: { date: "2030-01-08", time: "09:00", durationMinutes: 50 } }) },
  cancelSession: { counselorOnly: true, run: (actor, ids) => cancelSession({ actor, sessionId: ids.sessionId, input: { reason: "Because I can" } }) },
};

async function snapshot() {
  const [families, members, invitations, sessions] = await Promise.all([
    prisma.family.findMany({ orderBy: { id: "asc" } }),
    prisma.familyMember.findMany({ orderBy: { id: "asc" } }),
    prisma.invitation.findMany({ orderBy: { id: "asc" } }),
    prisma.session.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { families, members, invitations, sessions };
}

async function errorOf(promise: Promise<unknown>) {
  const error = (await promise.then(() => null, (e: unknown) => e)) as { code?: string; message?: string } | null;
  return error && { code: error.code, message: error.message };
}

describe("authorization matrix", () => {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld();
  });

  const outsiders = ["another counselor", "a member of another family", "an anonymous visitor"] as const;
  const actorOf = (who: (typeof outsiders)[number] | "a member of this family") =>
    ({ "another counselor": world.otherCounselor, "a member of another family": world.otherParent, "an anonymous visitor": undefined, "a member of this family": world.mom })[who];

  for (const [name, useCase] of Object.entries(USE_CASES)) {
    const deniedTo = useCase.counselorOnly ? [...outsiders, "a member of this family" as const] : outsiders;
    for (const who of deniedTo) {
      it(`${name}: ${who} gets the same refusal as for a made-up id, and nothing changes`, async () => {
        const actor = actorOf(who);
        const before = await snapshot();
        const real = await errorOf(useCase.run(actor, { familyId: world.family.id, invitationId: world.invitationId, sessionId: world.sessionId, userId: world.son.id }));
        const fake = await errorOf(useCase.run(actor, { familyId: MADE_UP, invitationId: MADE_UP, sessionId: MADE_UP, userId: MADE_UP }));
        expect(real).not.toBeNull();
        expect(real?.code).toBe(actor === undefined ? "UNAUTHENTICATED" : "NOT_FOUND");
        expect(real).toEqual(fake);
        expect(await snapshot()).toEqual(before);
      });
    }
  }

  it("lets the family's own members read the family and its sessions", async () => {
    for (const member of [world.mom, world.son]) {
      await expect(getFamily({ actor: member, familyId: world.family.id })).resolves.toMatchObject({ id: world.family.id, isCounselor: false, description: null, invitations: [] });
      await expect(requireSessionAccess(member, world.sessionId)).resolves.toMatchObject({ isCounselor: false });
    }
  });

  it("hides members' email addresses and time zones from other members", async () => {
    const family = await getFamily({ actor: world.son, familyId: world.family.id });
    expect(family.members.every((m) => m.email === null && m.timeZone === null)).toBe(true);
  });

  it("lets only counselors set the crisis lines their families see, and only their own", async () => {
    await expect(setCrisisResources({ actor: world.mom, input: { crisisResources: "Call me" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setCrisisResources({ actor: undefined, input: { crisisResources: "Call me" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await setCrisisResources({ actor: world.otherCounselor, input: { crisisResources: "Other clinic line" } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: world.counselor.id }, select: { crisisResources: true } })).toEqual({ crisisResources: null });
  });

  it("lets only counselors create a family case", async () => {
    await expect(createFamilyCase({ actor: world.mom, input: { name: "Mine" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createFamilyCase({ actor: undefined, input: { name: "Mine" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(createFamilyCase({ actor: world.counselor, input: { name: "  " } })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { name: ["Give the family case a name."] } });
  });
});
