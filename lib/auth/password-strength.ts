// What a new password must be. zxcvbn estimates how guessable it is from
// dictionaries, keyboard patterns and the person's own name and email.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
const MIN_SCORE = 3; // zxcvbn's "safely unguessable" band
// Words an attacker tries first against this app: "mend-mend-mend" must not pass.
const SITE_WORDS = [
  "mend",
  "mendapp",
  "counselor",
  "counsellor",
  "counseling",
  "counselling",
  "therapy",
  "therapist",
  "family",
  "parent",
  "teen",
  "session",
  "calm",
  "harbor",
  "lantern",
];

let zxcvbn: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return zxcvbn;
}

/** The words of a person's own name and email address, which their password must not lean on. */
function personalWords(person: { name?: string | null; email?: string | null }): string[] {
  const name = person.name?.trim() ?? "";
  const email = person.email?.trim().toLowerCase() ?? "";
  return [name, ...name.split(/\s+/), email, ...email.split("@")].filter(Boolean);
}

/**
 * A sentence telling the person what to change, or null when the password is acceptable. Every form that sets a
 * password passes the same person (name and email): one form left the email out and accepted it as a password.
 */
export function passwordProblem(
  password: string,
  person: { name?: string | null; email?: string | null },
): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const result = estimator().check(password, [...SITE_WORDS, ...personalWords(person)]);
  if (result.score >= MIN_SCORE) return null;
  const hint = result.feedback.warning || result.feedback.suggestions[0];
  return `This password is too easy to guess${hint ? `: ${hint.replace(/\.$/, "")}` : ""}. Try a few unrelated words together.`;
}
