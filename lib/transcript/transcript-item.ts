// One line of a session transcript as a viewer is shown it. Client-safe: the
// transcript page, the note editor and the exports all render these.
export type TranscriptItem =
  | {
      type: "message";
      seq: number;
      kind: "MESSAGE" | "PARAPHRASE" | "COACHING" | "PRIVATE";
      senderName: string;
      /** COACHING: the one member it was for; PRIVATE: the counselor. */
      recipientName: string | null;
      text: string;
      at: string;
      /** Counselor only: what the rules found (category labels), and whether it was held first. */
      findings?: string[];
      held?: boolean;
    }
  | { type: "event"; seq: number; text: string; at: string }
  /** Counselor only: a message the rules sent to the queue, whatever became of it (no seq unless approved). */
  | {
      type: "held";
      id: string;
      senderName: string;
      text: string;
      at: string;
      status: "PENDING" | "APPROVED" | "REJECTED" | "RETURNED" | "WITHDRAWN";
      findings: string[];
      note: string | null;
    }
  /** Counselor only: a message the rules blocked. The room keeps what was found, not the words. */
  | { type: "blocked"; id: string; senderName: string; at: string; findings: string[] }
  /**
   * Counselor only: the sender was shown why and a calmer version before sending. The draft's words are not
   * kept (a member's unsent words are theirs); what they then sent, if anything, is its own line.
   */
  | { type: "nudged"; id: string; senderName: string; at: string; findings: string[] };

export type TranscriptHeader = {
  sessionId: string;
  title: string;
  familyName: string;
  counselorName: string;
  people: { name: string; role: "COUNSELOR" | "PARENT" | "TEEN" }[];
  startsAt: string;
  endsAt: string;
  status: string;
  openedAt: string | null;
  endedAt: string | null;
};

export const HELD_STATUS_LABEL = {
  PENDING: "held, never answered",
  APPROVED: "held, then approved",
  REJECTED: "held, rejected",
  RETURNED: "held, returned to rephrase",
  WITHDRAWN: "held, withdrawn by the sender",
} as const;
