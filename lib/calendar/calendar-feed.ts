// A person's private calendar feed: a secret URL that calendar apps poll.
import { prisma } from "@/lib/db/client";
import { requireActor } from "@/lib/auth/actor";
import { hashToken, newToken } from "@/lib/auth/secret-token";
import { publicUrl } from "@/lib/config/env";
import { TokenSchema } from "@/lib/invitations/find-invitation";
import { buildCalendar } from "./build-calendar";

export function calendarFeedUrl(token: string): string {
  return `${publicUrl()}/api/calendar/${token}`;
}

/** A new feed URL for the actor; any earlier one stops working. The URL is only ever shown now. */
export async function regenerateCalendarFeed(options: { actor: unknown }): Promise<{ url: string }> {
  const actor = requireActor(options.actor);
  const { token, hash } = newToken();
  await prisma.user.update({ where: { id: actor.id }, data: { calendarTokenHash: hash } });
  return { url: calendarFeedUrl(token) };
}

export async function hasCalendarFeed(options: { actor: unknown }): Promise<boolean> {
  const actor = requireActor(options.actor);
  const user = await prisma.user.findUnique({ where: { id: actor.id }, select: { calendarTokenHash: true } });
  return Boolean(user?.calendarTokenHash);
}

const PAST_DAYS = 60;

/** The feed's iCalendar text, or null for a token that matches nobody. */
export async function calendarFeed(options: { token: unknown; now?: Date }): Promise<string | null> {
  const token = TokenSchema.safeParse(options.token);
  if (!token.success) return null;
  const user = await prisma.user.findUnique({
    where: { calendarTokenHash: hashToken(token.data) },
    select: { id: true, role: true },
  });
  if (!user) return null;
  const since = new Date((options.now ?? new Date()).getTime() - PAST_DAYS * 24 * 3600_000);
  const visible =
    user.role === "COUNSELOR" ? { counselorId: user.id } : { family: { members: { some: { userId: user.id } } } };
  const sessions = await prisma.session.findMany({
    where: { AND: [visible, { endsAt: { gte: since } }] },
    orderBy: { startsAt: "asc" },
    take: 1000,
    include: { family: { select: { name: true, counselor: { select: { name: true } } } } },
  });
  return buildCalendar("Mend sessions", sessions);
}
