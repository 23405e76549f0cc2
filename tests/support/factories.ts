// Test data through the same tables the app uses. Every factory makes unique
// emails, so tests never depend on each other's data.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role, FamilyRole } from "@/lib/db/generated/enums";

export const TEST_PASSWORD = "quiet-orchard-window-42";
let cachedHash: Promise<string> | undefined;

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

/** A person as they are once signed up: email confirmed unless `verified: false`. */
export async function createUser(
  overrides: { role?: Role; name?: string; email?: string; timeZone?: string; verified?: boolean } = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return prisma.user.create({
    data: {
      email: overrides.email ?? uniqueEmail((overrides.role ?? "COUNSELOR").toLowerCase()),
      name: overrides.name ?? "Test Person",
      role: overrides.role ?? "COUNSELOR",
      timeZone: overrides.timeZone ?? "UTC",
      passwordHash: await cachedHash,
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
    },
  });
}

export async function createFamily(options: {
  counselorId: string;
  name?: string;
  description?: string;
  members?: { userId: string; role: FamilyRole }[];
}) {
  return prisma.family.create({
    data: {
      name: options.name ?? "Test family",
      description: options.description,
      counselorId: options.counselorId,
      members: { create: options.members ?? [] },
    },
  });
}
