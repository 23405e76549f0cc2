"use server";

// Server actions for the session record: thin, they authenticate and delegate.
import { requireSessionActor } from "@/lib/auth/session-actor";
import { formValues, runAction, type ActionResult } from "@/lib/http/action-result";
import { clientIp } from "@/lib/http/client-ip";
import { toErrorPayload } from "@/lib/errors";
import { saveNoteDraft } from "@/lib/notes/save-note-draft";
import { signNote } from "@/lib/notes/sign-note";
import { addAddendum } from "@/lib/notes/add-addendum";
import { shareSummary } from "@/lib/summaries/share-summary";
import type { NoteContent } from "@/lib/notes/note-content";
import { archiveSession } from "@/lib/scheduling/archive-session";
import { archiveFamily } from "@/lib/families/archive-family";

export type SaveNoteResult =
  | { ok: true; version: number; savedAt: string; content: NoteContent }
  | { ok: false; message: string; reason?: string };

/** Autosave: never throws, so the editor can tell "conflict" from "network down, retry". */
export async function saveNoteAction(sessionId: string, input: unknown): Promise<SaveNoteResult> {
  try {
    return { ok: true, ...(await saveNoteDraft({ actor: await requireSessionActor(), sessionId, input })) };
  } catch (error) {
    const payload = toErrorPayload(error);
    if (payload.code === "INTERNAL") console.error("Saving a note failed", error);
    return { ok: false, message: payload.message, reason: payload.reason ?? payload.code };
  }
}

export async function signNoteAction(sessionId: string, version: number): Promise<ActionResult> {
  return runAction(async () => {
    await signNote({ actor: await requireSessionActor(), sessionId, input: { version }, ip: await clientIp() });
    return { message: "Signed. The note is locked; corrections go in an addendum." };
  });
}

export async function addAddendumAction(sessionId: string, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await addAddendum({ actor: await requireSessionActor(), sessionId, input: formValues(form), ip: await clientIp() });
    return { message: "Addendum signed and added." };
  });
}

export async function shareSummaryAction(sessionId: string, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await shareSummary({
      actor: await requireSessionActor(),
      sessionId,
      input: formValues(form),
      ip: await clientIp(),
    });
    return { message: "Shared with the family." };
  });
}

export async function archiveSessionAction(sessionId: string, familyId: string): Promise<ActionResult> {
  return runAction(async () => {
    await archiveSession({ actor: await requireSessionActor(), sessionId, ip: await clientIp() });
    return { redirectTo: `/families/${familyId}` };
  });
}

export async function archiveFamilyAction(familyId: string): Promise<ActionResult> {
  return runAction(async () => {
    await archiveFamily({ actor: await requireSessionActor(), familyId, ip: await clientIp() });
    return { redirectTo: "/" };
  });
}
