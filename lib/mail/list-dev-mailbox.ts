// The development mailbox: every stored email, newest first. Never available
// in production, whoever asks.
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { AppError } from "@/lib/errors";

export function devMailboxEnabled(): boolean {
  return env().NODE_ENV !== "production";
}

export async function listDevMailbox(options: { to?: string; take?: number } = {}) {
  if (!devMailboxEnabled()) throw new AppError("NOT_FOUND", "This page does not exist.");
  return prisma.email.findMany({
    where: options.to ? { to: options.to.trim().toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: options.take ?? 100,
  });
}
