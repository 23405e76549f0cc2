import type { PrismaClient } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";

export type Health = { status: "ok" | "error"; db: "ok" | "error" };

/** Whether the database answers a trivial query within `timeoutMs`. */
export async function checkHealth(options: { db?: PrismaClient; timeoutMs?: number } = {}): Promise<Health> {
  const db = options.db ?? prisma;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("database timed out")), options.timeoutMs ?? 3_000);
      }),
    ]);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "error", db: "error" };
  } finally {
    clearTimeout(timer);
  }
}
