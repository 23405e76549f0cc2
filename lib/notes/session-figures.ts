// The session's own figures, as lines the counselor inserts into Objective /
// Data with one click: duration, floor modes used, then the same plain words the
// console's Figures tab shows (lib/room/describe-figures.ts): kind against harsh
// messages per member, how nudges and holds went, what came up. Counselor only
// (moderationStats checks).
import { prisma } from "@/lib/db/client";
import { describeFigures } from "@/lib/room/describe-figures";
import { moderationStats } from "@/lib/room/moderation-stats";
import { requireNoteCounselor } from "./note-access";

const MODE_NAME: Record<string, string> = {
  OPEN: "open conversation",
  ROUND_ROBIN: "round-robin",
  HAND_RAISE: "hand-raising",
  SPEAKER_LISTENER: "speaker–listener",
};

export async function sessionFigures(options: { actor: unknown; sessionId: unknown }): Promise<string> {
  const access = await requireNoteCounselor(options.actor, options.sessionId);
  const sessionId = access.session.id;
  const [room, events, delivered, stats] = await Promise.all([
    prisma.roomState.findUnique({ where: { sessionId }, select: { openedAt: true, endedAt: true } }),
    prisma.roomMessage.findMany({ where: { sessionId, kind: "EVENT" }, select: { data: true } }),
    prisma.roomMessage.count({ where: { sessionId, kind: { in: ["MESSAGE", "PARAPHRASE"] } } }),
    moderationStats({ actor: options.actor, sessionId }),
  ]);
  const lines: string[] = [];
  if (room) {
    const end = room.endedAt ?? new Date();
    lines.push(
      `Duration: ${Math.max(1, Math.round((end.getTime() - room.openedAt.getTime()) / 60_000))} min${room.endedAt ? "" : " (still live)"}; ${delivered} messages.`,
    );
  } else {
    lines.push("The room was not opened for this session.");
  }
  const modes = new Set<string>(["OPEN"]);
  for (const e of events) {
    const data = e.data as { type?: string; mode?: string } | null;
    if (data?.type === "SET_MODE" && data.mode) modes.add(data.mode);
  }
  lines.push(`Floor modes used: ${[...modes].map((m) => MODE_NAME[m] ?? m).join(", ")}.`);
  const figures = describeFigures(stats, { ended: !!room?.endedAt });
  for (const line of [...figures.members, ...figures.moderation]) lines.push(`${line}.`);
  return lines.join("\n");
}
