// What the calm-communication rules look for, in words a counselor recognises
// (Gottman's four horsemen and their antidotes), and the actions a rule can take.
export const CATEGORIES = [
  "PROFANITY",
  "SLUR",
  "INSULT",
  "CONTEMPT",
  "BLAME_ABSOLUTE",
  "BLAME",
  "SHOUTING",
  "THREAT",
  "SELF_HARM",
  "STONEWALLING",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const POSITIVE_CATEGORIES = ["APPRECIATION", "VALIDATION", "REPAIR", "I_STATEMENT"] as const;
export type PositiveCategory = (typeof POSITIVE_CATEGORIES)[number];

export const ACTIONS = ["ALLOW", "NUDGE", "HOLD", "BLOCK"] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_RANK: Record<Action, number> = { ALLOW: 0, NUDGE: 1, HOLD: 2, BLOCK: 3 };

export const CATEGORY_LABEL: Record<Category, string> = {
  PROFANITY: "Swearing",
  SLUR: "Slur",
  INSULT: "Name-calling",
  CONTEMPT: "Contempt",
  BLAME_ABSOLUTE: "“Always / never” blame",
  BLAME: "Blame or defensiveness",
  SHOUTING: "Shouting",
  THREAT: "Threat",
  SELF_HARM: "Talk of self-harm",
  STONEWALLING: "Shutting down",
};

/** For the counselor: the antidote each pattern calls for. */
export const ANTIDOTE: Record<Category, string> = {
  PROFANITY: "Invite a rephrase in plain words; name the feeling behind the swearing.",
  SLUR: "Stop and address it directly; slurs are never part of a calm conversation.",
  INSULT: "Contempt → build appreciation: ask for the behaviour that hurt, not a label for the person.",
  CONTEMPT: "Contempt → culture of appreciation: invite one thing they value in the other.",
  BLAME_ABSOLUTE: "Criticism → gentle start-up: “I feel … about … and I need …”.",
  BLAME: "Defensiveness → take responsibility for even a small part.",
  SHOUTING: "Flooding → lower the volume; consider a short pause.",
  THREAT: "Safety first: pause, check in privately, name what they need instead.",
  SELF_HARM: "Safety first: check in privately now and follow your risk protocol.",
  STONEWALLING: "Stonewalling → a self-soothing break of 20 minutes, then come back.",
};
