// Demo data for a fresh development database: one counselor and the Bennett
// family (a mother and her teenage son). Runs once: if the counselor exists,
// nothing is touched.
import "server-only";
import type { PrismaClient } from "./generated/client";
import { hashPassword } from "@/lib/auth/password";
import { addDays, utcToZoned } from "@/lib/scheduling/local-time";
import { endOfLocalDay } from "@/lib/exercises/repeat";

export const DEMO_PASSWORD = "calm-harbor-lantern";

export const DEMO_USERS = {
  counselor: { email: "counselor@mend.demo", name: "Dr. Maya Reyes", role: "COUNSELOR", timeZone: "America/New_York" },
  parent: { email: "laura@mend.demo", name: "Laura Bennett", role: "PARENT", timeZone: "America/New_York" },
  teen: { email: "sam@mend.demo", name: "Sam Bennett", role: "TEEN", timeZone: "America/New_York" },
} as const;

export const DEMO_FAMILY_NAME = "Bennett family";

export async function seedDemo(db: PrismaClient): Promise<boolean> {
  const existing = await db.user.findUnique({ where: { email: DEMO_USERS.counselor.email }, select: { id: true } });
  if (existing) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const emailVerifiedAt = new Date();
  await db.$transaction(async (tx) => {
    const counselor = await tx.user.create({ data: { ...DEMO_USERS.counselor, passwordHash, emailVerifiedAt } });
    const parent = await tx.user.create({ data: { ...DEMO_USERS.parent, passwordHash, emailVerifiedAt } });
    const teen = await tx.user.create({ data: { ...DEMO_USERS.teen, passwordHash, emailVerifiedAt } });
    const family = await tx.family.create({
      data: {
        name: DEMO_FAMILY_NAME,
        description:
          "Laura and her son Sam (15). Frequent arguments about school and screen time; both want to talk without shouting.",
        counselorId: counselor.id,
        members: {
          create: [
            { userId: parent.id, role: "PARENT" },
            { userId: teen.id, role: "TEEN" },
          ],
        },
      },
    });

    // Exercises, so the demo shows them: Sam's weekly hope check (three weeks
    // answered, one due), and the appreciation list for both, shared.
    const latestVersion = async (key: string) =>
      tx.exerciseVersion.findFirst({
        where: { exercise: { builtInKey: key } },
        orderBy: { version: "desc" },
        select: { id: true },
      });
    const hope = await latestVersion("weekly-hope-check");
    const thanks = await latestVersion("three-appreciations");
    if (!hope || !thanks) return; // The built-in library is seeded first at start-up; without it, no demo exercises.
    const zone = DEMO_USERS.teen.timeZone;
    const today = utcToZoned(new Date(), zone).date;
    const common = { familyId: family.id, assignedById: counselor.id, timeZone: zone };
    const hopeAnswers = [
      { hope: 3, why: "We argued about my phone again." },
      { hope: 5, why: "Mom listened when I explained about the test." },
      { hope: 6, why: "We had dinner without fighting twice." },
    ];
    for (const [week, answers] of hopeAnswers.entries()) {
      const dueDate = addDays(today, (week - 3) * 7);
      await tx.exerciseAssignment.create({
        data: {
          ...common,
          assigneeId: teen.id,
          versionId: hope.id,
          batchId: "demo-hope",
          dueDate,
          dueAt: endOfLocalDay(dueDate, zone),
          status: "REVIEWED",
          submissions: {
            create: {
              number: 1,
              answers,
              submittedAt: endOfLocalDay(addDays(dueDate, -1), zone),
              outcome: "REVIEWED",
              reviewedAt: endOfLocalDay(dueDate, zone),
            },
          },
        },
      });
    }
    const nextWeek = addDays(today, 4);
    await tx.exerciseAssignment.create({
      data: {
        ...common,
        assigneeId: teen.id,
        versionId: hope.id,
        batchId: "demo-hope",
        dueDate: nextWeek,
        dueAt: endOfLocalDay(nextWeek, zone),
      },
    });
    for (const member of [parent, teen]) {
      await tx.exerciseAssignment.create({
        data: {
          ...common,
          assigneeId: member.id,
          versionId: thanks.id,
          batchId: "demo-thanks",
          dueDate: nextWeek,
          dueAt: endOfLocalDay(nextWeek, zone),
          sharedWithFamily: true,
          note: "Each of you, for the other. I will share them at our next session.",
        },
      });
    }
  });
  return true;
}
