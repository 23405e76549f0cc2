// The session's figures in the counselor's words ("Sam: 6 kind or appreciative
// messages, 2 harsh"; "2 nudges — Sam reworded both") and the numbers the
// console's small chart draws. Pure, so the words are unit-tested.
import { CATEGORY_LABEL, type Category } from "@/lib/moderation/categories";
import type { MemberStats } from "./moderation-stats";
import { shortName } from "@/lib/people/names";

export type FigureBar = { userId: string; name: string; kind: number; harsh: number };
export type SessionFigures = {
  /** One line per member: kind against harsh. */
  members: string[];
  /** How nudges, holds and blocks went, and what came up. */
  moderation: string[];
  bars: FigureBar[];
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "both", "all 3", "it": how many of a person's own n. */
const allOf = (n: number) => (n === 1 ? "it" : n === 2 ? "both" : `all ${n}`);

function nudgeWords(s: MemberStats): string {
  const { shown, reworded, sentAnyway } = s.nudges;
  const name = shortName(s.name);
  if (reworded === shown) return `${name} reworded ${allOf(shown)}`;
  if (sentAnyway === shown) return `${name} sent ${shown === 1 ? "it" : allOf(shown)} anyway`;
  return `${name} reworded ${reworded} of ${shown} and sent ${sentAnyway} anyway`;
}

function holdWords(s: MemberStats, ended: boolean): string {
  const { held, approved, rejected, returned, withdrawn } = s.holds;
  const parts = [
    approved && `${approved} approved`,
    returned && `${returned} returned to rephrase`,
    rejected && `${rejected} rejected`,
    withdrawn && `${withdrawn} taken back`,
  ].filter(Boolean);
  const waiting = held - approved - returned - rejected - withdrawn;
  // After the end nobody can answer them any more (decision 024): not "still waiting".
  if (waiting > 0) parts.push(ended ? `${waiting} never answered (the session ended)` : `${waiting} still waiting`);
  return `${shortName(s.name)}: ${parts.join(", ") || "none decided"}`;
}

export function describeFigures(stats: MemberStats[], options: { ended: boolean }): SessionFigures {
  const members = stats.map(
    (s) => `${shortName(s.name)}: ${plural(s.kindMessages, "kind or appreciative message")}, ${s.negatives} harsh`,
  );

  const moderation: string[] = [];
  const nudged = stats.filter((s) => s.nudges.shown > 0);
  const nudges = nudged.reduce((sum, s) => sum + s.nudges.shown, 0);
  moderation.push(nudges === 0 ? "No nudges" : `${plural(nudges, "nudge")} — ${nudged.map(nudgeWords).join("; ")}`);

  const held = stats.filter((s) => s.holds.held > 0);
  const holds = held.reduce((sum, s) => sum + s.holds.held, 0);
  if (holds > 0)
    moderation.push(
      `${plural(holds, "message")} held for you — ${held.map((h) => holdWords(h, options.ended)).join("; ")}`,
    );

  const blocked = stats.filter((s) => s.blocked > 0);
  if (blocked.length) moderation.push(`Blocked: ${blocked.map((s) => `${shortName(s.name)} ${s.blocked}`).join(", ")}`);

  const cameUp = stats.flatMap((s) =>
    Object.entries(s.byCategory)
      .filter(([, n]) => (n ?? 0) > 0)
      .map(([c, n]) => `${CATEGORY_LABEL[c as Category] ?? c} (${shortName(s.name)}${(n ?? 0) > 1 ? ` ×${n}` : ""})`),
  );
  if (cameUp.length) moderation.push(`What came up: ${cameUp.join(", ")}`);

  return {
    members,
    moderation,
    bars: stats.map((s) => ({ userId: s.userId, name: shortName(s.name), kind: s.kindMessages, harsh: s.negatives })),
  };
}
