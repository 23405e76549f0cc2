// One line of the counselor's moderation log in plain words: whose message,
// and what became of it ("Sam's message was held for you", not "Sam is
// waiting for you"). Pure and client-safe.
const OUTCOME: Record<string, (name: string) => string> = {
  NUDGED: (name) => `${name} was nudged to rephrase`,
  SENT_ANYWAY: (name) => `${name} sent a nudged message anyway`,
  HELD: (name) => `${name}'s message was held for you`,
  BLOCKED: (name) => `${name}'s message was blocked`,
  WITHDRAWN: (name) => `${name} took back a held message`,
  // The counselor's own decisions, as read back from the log after a reload.
  APPROVED: (name) => `You approved ${name}'s held message`,
  REJECTED: (name) => `You kept ${name}'s held message back`,
  RETURNED: (name) => `You returned ${name}'s message to rephrase`,
};

export function moderationLine(name: string, outcome: string): string {
  return OUTCOME[outcome]?.(name) ?? `${name}: ${outcome.toLowerCase()}`;
}
