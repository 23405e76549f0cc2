// What the sender reads for a finding. The structure and concept rules share the
// first few, so a category explains itself the same way whichever rule found it;
// EXPLAIN_FROM_MODEL is for when the learned model, not a rule, found the message
// likely to hurt: the category it most resembles, said in plain words.
import type { Category } from "./categories";

export const THREAT_EXPLAIN =
  "This sounds like an ultimatum or a threat. It makes the other person afraid or defiant instead of able to listen. Say what worries you and what you need.";
export const WOUND_EXPLAIN =
  "This hurts the relationship itself, not just the problem. Words like these are remembered long after the argument. Say what you feel right now instead.";
export const BLAME_EXPLAIN =
  "This puts the whole problem on the other person. Blame keeps score instead of solving it; try owning even a small part.";
export const SARCASM_EXPLAIN =
  "This reads as sarcasm or mockery. Sarcasm stings more than plain words; say directly what bothers you.";

export const EXPLAIN_FROM_MODEL: Record<Category, string> = {
  PROFANITY: "This reads as swearing. The other person will react to the words instead of what you mean.",
  SLUR: "That word is a slur. It hurts people beyond this conversation and is not allowed here.",
  INSULT:
    "This reads as a put-down of the person rather than a description of what happened. Labels make people defend themselves instead of listening.",
  CONTEMPT:
    "This reads as mocking or hurtful towards the other person — the kind of message that is hard to come back from. Say what you feel and what you need instead.",
  BLAME_ABSOLUTE:
    "This reads as a verdict on the whole person rather than one problem. Name the one thing that happened.",
  BLAME: BLAME_EXPLAIN,
  SHOUTING: "This reads as shouting. The other person will hear the volume, not the point.",
  THREAT:
    "This reads as a threat or an ultimatum. Threats make the other person afraid or defiant instead of able to listen.",
  SELF_HARM:
    "It sounds like you might be going through something really heavy. Your counselor will see this and check in with you — you don't have to carry it alone.",
  STONEWALLING: "This reads as shutting the other person out. If you need a break, ask for one — that is allowed.",
};
