// Demo data for a fresh development database: one counselor and the Bennett
// family (a mother and her teenage son). Runs once: if the counselor exists,
// nothing is touched.
import type { PrismaClient } from "./generated/client";
import { hashPassword } from "@/lib/auth/password";

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
    await tx.family.create({
      data: {
        name: DEMO_FAMILY_NAME,
        description: "Laura and her son Sam (15). Frequent arguments about school and screen time; both want to talk without shouting.",
        counselorId: counselor.id,
        members: { create: [{ userId: parent.id, role: "PARENT" }, { userId: teen.id, role: "TEEN" }] },
      },
    });
  });
  return true;
}
