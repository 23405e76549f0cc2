// `npm run bench:transcript -- [--messages 2000]`
// Seeds one ended session with N messages (a mix of both members, private
// coaching, room events and findings) on a throwaway embedded PostgreSQL, then
// times opening its transcript (counselor and member) and exporting it as PDF
// and Markdown, and prints the files' sizes.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { freePort } from "../../lib/db/free-port";
import { createDatabaseIfMissing, databaseUrl } from "../../lib/db/provision";
import { applyMigrations } from "../../lib/db/schema-engine";

const i = process.argv.indexOf("--messages");
const MESSAGES = i > 0 ? Number(process.argv[i + 1]) : 2000;
const RUNS = 7;

const dataDir = mkdtempSync(path.join(os.tmpdir(), "mend-bench-transcript-"));
const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
try {
  await createDatabaseIfMissing(server.adminUrl, "bench");
  const url = databaseUrl(server.adminUrl, "bench");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  const { prisma, disconnectDatabase } = await import("../../lib/db/client");
  const { openRoom } = await import("../../lib/room/open-room");
  const { getTranscript } = await import("../../lib/transcript/get-transcript");
  const { exportSessionRecord } = await import("../../lib/exports/export-session-record");

  const user = (role: "COUNSELOR" | "PARENT" | "TEEN", name: string) =>
    prisma.user.create({ data: { email: `${randomUUID()}@bench.test`, name, role, passwordHash: "x" } });
  const counselor = await user("COUNSELOR", "Maya Reyes");
  const mom = await user("PARENT", "Laura Bennett");
  const son = await user("TEEN", "Sam Bennett");
  const family = await prisma.family.create({
    data: {
      name: "Bench family",
      counselorId: counselor.id,
      members: {
        create: [
          { userId: mom.id, role: "PARENT" },
          { userId: son.id, role: "TEEN" },
        ],
      },
    },
  });
  const start = new Date(Date.now() - 3 * 3600_000);
  const session = await prisma.session.create({
    data: {
      familyId: family.id,
      counselorId: counselor.id,
      title: "Long session",
      startsAt: start,
      endsAt: new Date(start.getTime() + 3600_000),
      timeZone: "UTC",
    },
  });
  await openRoom({ actor: counselor, sessionId: session.id });
  const first = (await prisma.roomState.findUniqueOrThrow({ where: { sessionId: session.id } })).lastSeq;
  const rows = Array.from({ length: MESSAGES }, (_, n) => {
    const seq = first + n + 1;
    const createdAt = new Date(start.getTime() + n * 1500);
    if (n % 50 === 49)
      return {
        sessionId: session.id,
        seq,
        kind: "EVENT" as const,
        senderId: counselor.id,
        text: "Maya paused the conversation.",
        data: { type: "PAUSE" },
        createdAt,
      };
    if (n % 20 === 19)
      return {
        sessionId: session.id,
        seq,
        kind: "COACHING" as const,
        senderId: counselor.id,
        recipientId: son.id,
        text: `Try an I-statement here (${n}).`,
        createdAt,
      };
    const sender = n % 2 ? son : mom;
    const moderation =
      n % 10 === 3 ? { findings: [{ category: "BLAME_ABSOLUTE" }], positives: [], sentAnyway: true } : undefined;
    return {
      sessionId: session.id,
      seq,
      kind: "MESSAGE" as const,
      senderId: sender.id,
      clientId: randomUUID(),
      text: `Message ${n}: I feel it matters that we keep talking about evenings and phones, calmly.`,
      moderation,
      createdAt,
    };
  });
  for (let at = 0; at < rows.length; at += 500) await prisma.roomMessage.createMany({ data: rows.slice(at, at + 500) });
  await prisma.roomState.update({
    where: { sessionId: session.id },
    data: { lastSeq: first + MESSAGES, endedAt: new Date() },
  });
  await prisma.session.update({ where: { id: session.id }, data: { status: "ENDED" } });

  async function time(label: string, run: () => Promise<unknown>) {
    const samples: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      await run();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    console.log(
      `${label}: median ${samples[RUNS >> 1].toFixed(1)} ms (min ${samples[0].toFixed(1)}, max ${samples[RUNS - 1].toFixed(1)}) over ${RUNS} runs`,
    );
  }
  console.log(`Transcript of ${MESSAGES} messages (+ ${first} opening event)`);
  await time("open transcript as counselor (getTranscript)", () =>
    getTranscript({ actor: counselor, sessionId: session.id }),
  );
  await time("open transcript as member (getTranscript)", () => getTranscript({ actor: mom, sessionId: session.id }));
  let pdfSize = 0;
  let mdSize = 0;
  await time(
    "export transcript PDF",
    async () =>
      (pdfSize = (
        await exportSessionRecord({
          actor: counselor,
          sessionId: session.id,
          input: { what: "transcript", format: "pdf" },
          zone: "Europe/Paris",
        })
      ).body.length),
  );
  await time(
    "export transcript Markdown",
    async () =>
      (mdSize = (
        await exportSessionRecord({
          actor: counselor,
          sessionId: session.id,
          input: { what: "transcript", format: "md" },
          zone: "Europe/Paris",
        })
      ).body.length),
  );
  console.log(`transcript PDF: ${(pdfSize / 1024).toFixed(0)} KiB; Markdown: ${(mdSize / 1024).toFixed(0)} KiB`);
  await disconnectDatabase();
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
