import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import postgres from "postgres";
import { prisma } from "@/lib/db/client";
import { sendMessage } from "@/lib/room/send-message";
import { coachMember } from "@/lib/room/private-messages";
import { endRoom } from "@/lib/room/end-room";
import { getSessionNote } from "@/lib/notes/get-session-note";
import { saveNoteDraft } from "@/lib/notes/save-note-draft";
import { signNote } from "@/lib/notes/sign-note";
import { addAddendum } from "@/lib/notes/add-addendum";
import { listFamilyNotes } from "@/lib/notes/list-family-notes";
import { searchNotes } from "@/lib/notes/search-notes";
import { sessionFigures } from "@/lib/notes/session-figures";
import { getTranscript } from "@/lib/transcript/get-transcript";
import { shareSummary } from "@/lib/summaries/share-summary";
import { getSessionSummary } from "@/lib/summaries/get-session-summary";
import { listMySummaries } from "@/lib/summaries/list-my-summaries";
import { exportSessionRecord } from "@/lib/exports/export-session-record";
import { exportAuditTrailCsv } from "@/lib/audit/list-audit-trail";
import { archiveFamily } from "@/lib/families/archive-family";
import { archiveSession } from "@/lib/scheduling/archive-session";
import { listMyFamilies } from "@/lib/families/list-my-families";
import { listFamilySessions } from "@/lib/scheduling/list-sessions";
import { scheduleSession } from "@/lib/scheduling/schedule-session";
import { setRoomRules } from "@/lib/room/set-room-rules";
import { CATEGORIES } from "@/lib/moderation/categories";
import { openRoom } from "@/lib/room/open-room";
import { inviteMember } from "@/lib/invitations/invite-member";
import { liveFamily } from "../support/room";
import { pdfText } from "../support/pdf-text";

async function say(actor: { id: string; role: string }, sessionId: string, text: string) {
  const result = await sendMessage({ actor, input: { sessionId, clientId: randomUUID(), text } });
  if (result.outcome !== "DELIVERED") throw new Error(`not delivered: ${result.outcome}`);
  return result.message.seq;
}

async function afterSession() {
  const world = await liveFamily();
  const first = await say(
    world.mom,
    world.sessionId,
    "I worry when you come home late and I don't know where you are.",
  );
  const second = await say(world.son, world.sessionId, "I get that. I will text you when I'm leaving.");
  await coachMember({
    actor: world.counselor,
    input: { sessionId: world.sessionId, userId: world.son.id, clientId: randomUUID(), text: "Nice repair, Sam." },
  });
  await endRoom({ actor: world.counselor, sessionId: world.sessionId });
  return { ...world, first, second };
}

const soap = (
  over: Partial<Record<"subjective" | "objective" | "assessment" | "plan", { text: string; quoteSeqs: number[] }>> = {},
) => ({
  subjective: { text: "Mother worried about curfew.", quoteSeqs: [] },
  objective: { text: "", quoteSeqs: [] },
  assessment: { text: "Repair attempts present.", quoteSeqs: [] },
  plan: { text: "Practise check-ins.", quoteSeqs: [] },
  ...over,
});

function rawSql() {
  return postgres(process.env.DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
}

describe("session notes", () => {
  it("saves a SOAP draft whose quotes copy the transcript line at exactly the seq asked for", async () => {
    const { counselor, sessionId, first, second } = await afterSession();
    const saved = await saveNoteDraft({
      actor: counselor,
      sessionId,
      input: {
        template: "SOAP",
        version: null,
        sections: soap({ subjective: { text: "Said:", quoteSeqs: [second, first] } }),
      },
    });
    expect(saved.version).toBe(1);
    const { note } = await getSessionNote({ actor: counselor, sessionId });
    expect(note?.content.sections.subjective.quotes).toEqual([
      expect.objectContaining({
        seq: second,
        sender: "Sam Bennett",
        text: "I get that. I will text you when I'm leaving.",
      }),
      expect.objectContaining({
        seq: first,
        sender: "Laura Bennett",
        text: "I worry when you come home late and I don't know where you are.",
      }),
    ]);
  });

  it("refuses a quote of a seq that is not in this session's transcript", async () => {
    const { counselor, sessionId } = await afterSession();
    await expect(
      saveNoteDraft({
        actor: counselor,
        sessionId,
        input: { template: "SOAP", version: null, sections: soap({ plan: { text: "", quoteSeqs: [999] } }) },
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses a save from a stale tab instead of overwriting the newer one", async () => {
    const { counselor, sessionId } = await afterSession();
    const a = await saveNoteDraft({
      actor: counselor,
      sessionId,
      input: { template: "DAP", version: null, sections: { data: { text: "tab A", quoteSeqs: [] } } },
    });
    await saveNoteDraft({
      actor: counselor,
      sessionId,
      input: { template: "DAP", version: a.version, sections: { data: { text: "tab A again", quoteSeqs: [] } } },
    });
    await expect(
      saveNoteDraft({
        actor: counselor,
        sessionId,
        input: { template: "DAP", version: a.version, sections: { data: { text: "tab B", quoteSeqs: [] } } },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "STALE" });
    const { note } = await getSessionNote({ actor: counselor, sessionId });
    expect(note?.content.sections.data.text).toBe("tab A again");
  });

  it("signs the note with signer and time, after which the app refuses edits and addenda carry corrections", async () => {
    const { counselor, sessionId, first } = await afterSession();
    const { version } = await saveNoteDraft({
      actor: counselor,
      sessionId,
      input: { template: "SOAP", version: null, sections: soap({ objective: { text: "", quoteSeqs: [first] } }) },
    });
    await signNote({ actor: counselor, sessionId, input: { version } });
    await expect(
      saveNoteDraft({ actor: counselor, sessionId, input: { template: "SOAP", version, sections: soap() } }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "SIGNED" });
    await addAddendum({ actor: counselor, sessionId, input: { text: "Correction: curfew is 22:00, not 23:00." } });
    const { note } = await getSessionNote({ actor: counselor, sessionId });
    expect(note).toMatchObject({
      status: "SIGNED",
      signedByName: "Maya Reyes",
      addenda: [{ text: "Correction: curfew is 22:00, not 23:00.", authorName: "Maya Reyes" }],
    });
    expect(note?.content.sections.objective.quotes[0].text).toBe(
      "I worry when you come home late and I don't know where you are.",
    );
    expect(note?.signedAt).not.toBeNull();
  });

  it("refuses an addendum to an unsigned note", async () => {
    const { counselor, sessionId } = await afterSession();
    await saveNoteDraft({
      actor: counselor,
      sessionId,
      input: { template: "FREE", version: null, sections: { note: { text: "draft", quoteSeqs: [] } } },
    });
    await expect(addAddendum({ actor: counselor, sessionId, input: { text: "too early" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("has PostgreSQL itself refuse an UPDATE or DELETE of a signed note and of an addendum (raw SQL)", async () => {
    const { counselor, sessionId } = await afterSession();
    const { version } = await saveNoteDraft({
      actor: counselor,
      sessionId,
      input: { template: "FREE", version: null, sections: { note: { text: "Original words.", quoteSeqs: [] } } },
    });
    await signNote({ actor: counselor, sessionId, input: { version } });
    await addAddendum({ actor: counselor, sessionId, input: { text: "Addendum." } });
    const sql = rawSql();
    try {
      await expect(
        sql`update "SessionNote" set "searchText" = 'forged' where "sessionId" = ${sessionId}`,
      ).rejects.toThrow(/signed note cannot be changed/);
      await expect(sql`update "SessionNote" set "status" = 'DRAFT' where "sessionId" = ${sessionId}`).rejects.toThrow(
        /signed note cannot be changed/,
      );
      await expect(sql`delete from "SessionNote" where "sessionId" = ${sessionId}`).rejects.toThrow(
        /signed note cannot be changed/,
      );
      await expect(sql`update "NoteAddendum" set "text" = 'forged'`).rejects.toThrow(/cannot be changed/);
      await expect(sql`delete from "NoteAddendum"`).rejects.toThrow(/cannot be changed/);
      await expect(sql`truncate "SessionNote" cascade`).rejects.toThrow(/cannot be truncated/);
    } finally {
      await sql.end();
    }
    const row = await prisma.sessionNote.findUniqueOrThrow({ where: { sessionId } });
    expect(row.searchText).toBe("Original words.");
  });

  it("lists a family's notes by status and finds the counselor's own notes by their words", async () => {
    const { counselor, family, sessionId, mom, son } = await afterSession();
    await saveNoteDraft({
      actor: counselor,
      sessionId,
      input: {
        template: "FREE",
        version: null,
        sections: { note: { text: "Talked about the zebra crossing.", quoteSeqs: [] } },
      },
    });
    expect(await listFamilyNotes({ actor: counselor, familyId: family.id })).toEqual([
      expect.objectContaining({ sessionId, note: expect.objectContaining({ status: "DRAFT", addenda: 0 }) }),
    ]);
    expect((await searchNotes({ actor: counselor, input: { query: "ZEBRA" } })).map((h) => h.sessionId)).toEqual([
      sessionId,
    ]);
    const stranger = (await liveFamily()).counselor;
    expect(await searchNotes({ actor: stranger, input: { query: "zebra" } })).toEqual([]);
    for (const member of [mom, son]) {
      await expect(searchNotes({ actor: member, input: { query: "zebra" } })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("gives the counselor the session's figures to insert, in the same plain words as the console", async () => {
    const { counselor, sessionId } = await afterSession();
    const figures = await sessionFigures({ actor: counselor, sessionId });
    expect(figures).toMatch(/Duration: \d+ min; 2 messages\./);
    expect(figures).toContain("Floor modes used: open conversation.");
    // The console's plain words (lib/room/describe-figures.ts), not a ratio.
    expect(figures.split("\n").slice(2)).toEqual([
      "Laura: 0 kind or appreciative messages, 0 harsh.",
      "Sam: 1 kind or appreciative message, 0 harsh.",
      "No nudges.",
    ]);
    expect(figures).not.toMatch(/positive-to-negative| : 1 \(/);
  });
});

describe("the transcript", () => {
  it("gives the counselor everything and each member what was delivered to them, in seq order", async () => {
    const { counselor, mom, son, sessionId } = await afterSession();
    const forCounselor = await getTranscript({ actor: counselor, sessionId });
    const forMom = await getTranscript({ actor: mom, sessionId });
    const forSon = await getTranscript({ actor: son, sessionId });
    const texts = (t: typeof forMom) => t.items.map((i) => ("text" in i ? i.text : ""));
    expect(texts(forCounselor)).toContain("Nice repair, Sam.");
    expect(texts(forSon)).toContain("Nice repair, Sam.");
    expect(texts(forMom)).not.toContain("Nice repair, Sam.");
    const seqs = forCounselor.items.flatMap((i) => ("seq" in i ? [i.seq] : []));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(forMom.header).toMatchObject({ title: "Family session", counselorName: "Maya Reyes" });
  });

  it("shows the counselor a held message whatever became of it, and members never", async () => {
    const { counselor, mom, son, sessionId } = await liveFamily();
    const held = await sendMessage({
      actor: son,
      input: { sessionId, clientId: randomUUID(), text: "You are pathetic and disgusting.", sendAnyway: true },
    });
    expect(held.outcome).toBe("HELD");
    const counselorView = await getTranscript({ actor: counselor, sessionId });
    expect(counselorView.items).toContainEqual(
      expect.objectContaining({ type: "held", status: "PENDING", text: "You are pathetic and disgusting." }),
    );
    const momView = await getTranscript({ actor: mom, sessionId });
    expect(momView.items.map((i) => ("text" in i ? i.text : ""))).not.toContain("You are pathetic and disgusting.");
  });

  it("shows the counselor each nudge (who, when, what was found) but never the draft's words; members never see it", async () => {
    const { counselor, mom, son, sessionId } = await liveFamily();
    const nudged = await sendMessage({
      actor: son,
      input: { sessionId, clientId: randomUUID(), text: "YOU NEVER LISTEN TO ME!!!" },
    });
    expect(nudged.outcome).toBe("NUDGE");
    const counselorView = await getTranscript({ actor: counselor, sessionId });
    const nudges = counselorView.items.filter((i) => i.type === "nudged");
    expect(nudges).toEqual([
      expect.objectContaining({ type: "nudged", senderName: son.name, findings: expect.arrayContaining(["Shouting"]) }),
    ]);
    expect(JSON.stringify(counselorView.items)).not.toContain("NEVER LISTEN");
    for (const member of [mom, son]) {
      const view = await getTranscript({ actor: member, sessionId });
      expect(view.items.filter((i) => i.type === "nudged")).toEqual([]);
    }
    const md = await exportSessionRecord({
      actor: counselor,
      sessionId,
      input: { what: "transcript", format: "md" },
      zone: "UTC",
    });
    expect(md.body.toString()).toContain(`${son.name} was nudged to rephrase a draft (`);
  });

  it("keeps a self-harm message in the counselor's record, even when the rules would block it, and out of members' view", async () => {
    const { counselor, mom, son, sessionId } = await liveFamily();
    const rules = Object.fromEntries(CATEGORIES.map((c) => [c, c === "SELF_HARM" ? "BLOCK" : "ALLOW"]));
    await setRoomRules({ actor: counselor, input: { sessionId, rules: { preset: "custom", rules } } });
    const sent = await sendMessage({
      actor: son,
      input: { sessionId, clientId: randomUUID(), text: "Sometimes I want to die." },
    });
    // The safety path, not a moderation outcome: kept as a held message whatever the rules say.
    expect(sent.outcome).toBe("SAFETY");
    const counselorView = await getTranscript({ actor: counselor, sessionId });
    expect(counselorView.items).toContainEqual(
      expect.objectContaining({ type: "held", status: "PENDING", text: "Sometimes I want to die." }),
    );
    const momView = await getTranscript({ actor: mom, sessionId });
    expect(momView.items.map((i) => ("text" in i ? i.text : ""))).not.toContain("Sometimes I want to die.");
  });

  it("audits every read", async () => {
    const { counselor, mom, sessionId } = await afterSession();
    await getTranscript({ actor: mom, sessionId, ip: "198.51.100.4" });
    await getTranscript({ actor: counselor, sessionId });
    const rows = await prisma.auditEvent.findMany({
      where: { targetId: sessionId, action: "transcript.read" },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.actorId, r.ip])).toEqual([
      [mom.id, "198.51.100.4"],
      [counselor.id, null],
    ]);
  });
});

describe("the family summary", () => {
  it("is shared by the counselor, read by a member, and the counselor sees who read it", async () => {
    const { counselor, mom, sessionId } = await afterSession();
    await shareSummary({
      actor: counselor,
      sessionId,
      input: { workedOn: "Curfew check-ins", wentWell: "Sam offered to text", practice: "One text when leaving" },
    });
    expect(await listMySummaries({ actor: mom })).toEqual([expect.objectContaining({ sessionId, read: false })]);
    expect(await getSessionSummary({ actor: mom, sessionId })).toMatchObject({ practice: "One text when leaving" });
    expect((await getSessionSummary({ actor: mom, sessionId }))?.readers).toBeUndefined();
    const counselorView = await getSessionSummary({ actor: counselor, sessionId });
    expect(counselorView?.readers).toEqual([
      { name: "Laura Bennett", readAt: expect.any(String) },
      { name: "Sam Bennett", readAt: null },
    ]);
    expect(await listMySummaries({ actor: mom })).toEqual([expect.objectContaining({ sessionId, read: true })]);
  });
});

describe("audited actions", () => {
  it("writes a row for each note read, sign, addendum and summary share, with the family", async () => {
    const { counselor, sessionId, family } = await afterSession();
    const { version } = await saveNoteDraft({
      actor: counselor,
      sessionId,
      input: { template: "FREE", version: null, sections: { note: { text: "Words.", quoteSeqs: [] } } },
    });
    await getSessionNote({ actor: counselor, sessionId, ip: "192.0.2.1" });
    await signNote({ actor: counselor, sessionId, input: { version } });
    await addAddendum({ actor: counselor, sessionId, input: { text: "More." } });
    await shareSummary({ actor: counselor, sessionId, input: { workedOn: "x", wentWell: "", practice: "" } });
    const rows = await prisma.auditEvent.findMany({
      where: { familyId: family.id, actorId: counselor.id },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(["note.read", "note.sign", "note.addendum", "summary.share"]),
    );
  });
});

describe("the record is never destroyed by accident", () => {
  it("refuses to hard-delete a family with sessions, and a user with messages", async () => {
    const { family, mom } = await afterSession();
    await expect(prisma.family.delete({ where: { id: family.id } })).rejects.toThrow();
    await expect(prisma.user.delete({ where: { id: mom.id } })).rejects.toThrow();
    const sql = rawSql();
    try {
      await expect(sql`delete from "Family" where id = ${family.id}`).rejects.toThrow(/foreign key/);
    } finally {
      await sql.end();
    }
    expect(await prisma.family.count({ where: { id: family.id } })).toBe(1);
  });
});

describe("exports", () => {
  it("are the counselor's alone: a member and a stranger get the same 'not found', worded for a record", async () => {
    const { mom, son, sessionId } = await afterSession();
    const stranger = await liveFamily();
    for (const actor of [mom, son, stranger.counselor, stranger.mom])
      for (const what of ["transcript", "note"])
        await expect(
          exportSessionRecord({ actor, sessionId, input: { what, format: "pdf" }, zone: "UTC" }),
        ).rejects.toMatchObject({ code: "NOT_FOUND", message: "We could not find that session record to download." });
  });

  it("gives the counselor the signed note as a PDF with real text and as Markdown with the quotes", async () => {
    const { counselor, sessionId, first } = await afterSession();
    const { version } = await saveNoteDraft({
      actor: counselor,
      sessionId,
      input: { template: "SOAP", version: null, sections: soap({ subjective: { text: "Said:", quoteSeqs: [first] } }) },
    });
    await expect(
      exportSessionRecord({ actor: counselor, sessionId, input: { what: "note", format: "pdf" }, zone: "UTC" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await signNote({ actor: counselor, sessionId, input: { version } });
    const pdf = await exportSessionRecord({
      actor: counselor,
      sessionId,
      input: { what: "note", format: "pdf" },
      zone: "Europe/Paris",
    });
    expect(pdf.contentType).toBe("application/pdf");
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf.body);
    expect(text).toContain("I worry when you come home late and I don't know where you are.");
    expect(text).toContain("Signed by Maya Reyes");
    const md = await exportSessionRecord({
      actor: counselor,
      sessionId,
      input: { what: "note", format: "md" },
      zone: "Europe/Paris",
    });
    expect(md.body.toString()).toContain("> I worry when you come home late and I don't know where you are.");
    expect(md.body.toString()).toContain("## Subjective");
    const transcript = await exportSessionRecord({
      actor: counselor,
      sessionId,
      input: { what: "transcript", format: "md" },
      zone: "UTC",
    });
    expect(transcript.body.toString()).toContain("Nice repair, Sam.");
    // In the PDF too, with who coached whom in words (an arrow printed as "?" in the standard font).
    const transcriptPdf = await pdfText(
      (
        await exportSessionRecord({
          actor: counselor,
          sessionId,
          input: { what: "transcript", format: "pdf" },
          zone: "UTC",
        })
      ).body,
    );
    expect(transcriptPdf).toContain("Maya Reyes to Sam Bennett (private coaching)");
    expect(transcriptPdf).toContain("Nice repair, Sam.");
    const actions = (
      await prisma.auditEvent.findMany({ where: { targetId: { in: [sessionId] }, actorId: counselor.id } })
    ).map((r) => r.action);
    expect(actions).toContain("transcript.export");
    expect(await prisma.auditEvent.count({ where: { action: "note.export", actorId: counselor.id } })).toBe(2);
  });

  it("exports the audit trail as CSV for the family's counselor only", async () => {
    const { counselor, mom, family, sessionId } = await afterSession();
    await getTranscript({ actor: mom, sessionId, ip: "198.51.100.23" });
    const csv = await exportAuditTrailCsv({ actor: counselor, familyId: family.id, zone: "UTC" });
    expect(csv.split("\r\n")[0]).toBe('"time","actor","action","description","target type","target id","ip","detail"');
    expect(csv).toContain('"Laura Bennett","transcript.read","Read a transcript","Session"');
    expect(csv).toContain("198.51.100.23");
    await expect(exportAuditTrailCsv({ actor: mom, familyId: family.id, zone: "UTC" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("archiving", () => {
  it("hides an archived family from lists, makes it read-only, and keeps its record readable", async () => {
    const { counselor, mom, family, sessionId } = await afterSession();
    const { version } = await saveNoteDraft({
      actor: counselor,
      sessionId,
      input: { template: "FREE", version: null, sections: { note: { text: "Kept.", quoteSeqs: [] } } },
    });
    await archiveFamily({ actor: counselor, familyId: family.id });
    expect((await listMyFamilies({ actor: counselor })).map((f) => f.id)).not.toContain(family.id);
    expect((await listMyFamilies({ actor: mom })).map((f) => f.id)).not.toContain(family.id);
    await expect(
      scheduleSession({
        actor: counselor,
        familyId: family.id,
        input: { title: "More", date: "2030-03-01", time: "10:00", durationMinutes: 50, timeZone: "UTC" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "ARCHIVED" });
    await expect(
      saveNoteDraft({
        actor: counselor,
        sessionId,
        input: { template: "FREE", version, sections: { note: { text: "Changed.", quoteSeqs: [] } } },
      }),
    ).rejects.toMatchObject({ reason: "ARCHIVED" });
    expect((await getSessionNote({ actor: counselor, sessionId })).note?.content.sections.note.text).toBe("Kept.");
    expect((await getTranscript({ actor: counselor, sessionId })).items.length).toBeGreaterThan(0);
    expect(await prisma.auditEvent.count({ where: { familyId: family.id, action: "family.archive" } })).toBe(1);
  });

  it("opens a session's room from an hour before its start, not a week early", async () => {
    const { counselor, sessionId } = await liveFamily({ open: false });
    const session = await prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
    const weekEarly = new Date(session.startsAt.getTime() - 7 * 86_400_000);
    await expect(openRoom({ actor: counselor, sessionId, now: weekEarly })).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "TOO_EARLY",
    });
    expect((await prisma.session.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("SCHEDULED");
    expect(await prisma.roomState.count({ where: { sessionId } })).toBe(0);
    const hourEarly = new Date(session.startsAt.getTime() - 60 * 60_000);
    await openRoom({ actor: counselor, sessionId, now: hourEarly });
    expect((await prisma.session.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("LIVE");
  });

  it("never opens the room of an archived session, nor lets anyone new into an archived family", async () => {
    const { counselor, family, sessionId } = await liveFamily({ open: false });
    await archiveSession({ actor: counselor, sessionId });
    await expect(openRoom({ actor: counselor, sessionId })).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "ARCHIVED",
    });
    expect(await prisma.roomState.count({ where: { sessionId } })).toBe(0);
    await archiveFamily({ actor: counselor, familyId: family.id });
    await expect(
      inviteMember({
        actor: counselor,
        familyId: family.id,
        input: { name: "Aunt May", email: `aunt-${family.id}@example.test`, role: "PARENT" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "ARCHIVED" });
    expect(await prisma.invitation.count({ where: { familyId: family.id } })).toBe(0);
  });

  it("hides an archived session from the family's lists", async () => {
    const { counselor, family, sessionId } = await afterSession();
    await archiveSession({ actor: counselor, sessionId });
    const sessions = await listFamilySessions({ actor: counselor, familyId: family.id });
    expect([...sessions.upcoming, ...sessions.past].map((s) => s.id)).not.toContain(sessionId);
    expect(await listFamilyNotes({ actor: counselor, familyId: family.id })).toEqual([]);
  });
});
