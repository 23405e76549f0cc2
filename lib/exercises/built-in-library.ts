// Mend's own exercise library: two or more for each of the seven strategies,
// written for a parent and a teenager. Seeded into every database at start-up
// (lib/exercises/ensure-built-in-exercises.ts); changing one here adds a new
// version there, and assignments keep the version they were given.
import type { ExerciseContent, Prompt } from "./definition";

export type BuiltInExercise = ExerciseContent & { key: string };

const shortText = (
  id: string,
  label: string,
  extra: Partial<Extract<Prompt, { type: "SHORT_TEXT" }>> = {},
): Prompt => ({ type: "SHORT_TEXT", id, label, required: true, maxLength: 200, ...extra });
const longText = (id: string, label: string, extra: Partial<Extract<Prompt, { type: "LONG_TEXT" }>> = {}): Prompt => ({
  type: "LONG_TEXT",
  id,
  label,
  required: true,
  minLength: 0,
  maxLength: 2000,
  ...extra,
});
const scale = (id: string, label: string, extra: Partial<Extract<Prompt, { type: "SCALE" }>> = {}): Prompt => ({
  type: "SCALE",
  id,
  label,
  required: true,
  min: 1,
  max: 10,
  ...extra,
});
const list = (
  id: string,
  label: string,
  count: number,
  extra: Partial<Extract<Prompt, { type: "LIST" }>> = {},
): Prompt => ({
  type: "LIST",
  id,
  label,
  required: true,
  minItems: count,
  maxItems: count,
  itemMaxLength: 200,
  ...extra,
});
const checklist = (
  id: string,
  label: string,
  options: string[],
  extra: Partial<Extract<Prompt, { type: "CHECKLIST" }>> = {},
): Prompt => ({ type: "CHECKLIST", id, label, required: true, options, minChecked: 1, ...extra });

export const BUILT_IN_EXERCISES: BuiltInExercise[] = [
  // 1. Acknowledge the problem
  {
    key: "what-is-wrong",
    title: "What feels wrong between us",
    strategy: "ACKNOWLEDGE",
    minutes: 15,
    instructions:
      "Each of you, on your own: write honestly what feels wrong between you right now, and whether you want it to change. No one is to blame here — you are only naming it.",
    prompts: [
      longText("what_feels_wrong", "What feels wrong between us at the moment?", { minLength: 20 }),
      scale("want_to_fix", "How much do I want things to get better between us?", {
        minLabel: "Not sure",
        maxLabel: "Very much",
      }),
      shortText("first_step", "One small thing I could do differently this week", { required: false }),
    ],
  },
  {
    key: "my-part",
    title: "My part in it",
    strategy: "ACKNOWLEDGE",
    minutes: 10,
    instructions:
      "Think of one recent argument. Leave out what the other person did: write only about your own part, the way you would want them to write about theirs.",
    prompts: [
      shortText("situation", "The argument, in one line"),
      longText("my_part", "What I said or did that made it worse", { minLength: 10 }),
      shortText("next_time", "What I would like to try next time"),
    ],
  },
  // 2. Active listening
  {
    key: "listening-log",
    title: "Listening log",
    strategy: "LISTEN",
    minutes: 10,
    instructions:
      "Once this week, really listen to the other person about something that matters to them. Then write down what they said and what you think it meant to them — not whether you agree.",
    prompts: [
      shortText("what_they_said", "One thing they told me this week"),
      longText("what_it_meant", "What I think it meant to them", { minLength: 10 }),
      checklist(
        "how_i_listened",
        "While they talked, I…",
        [
          "Put my phone away",
          "Looked at them",
          "Didn't interrupt",
          "Asked a question to understand",
          "Said back what I heard",
        ],
        { minChecked: 1 },
      ),
    ],
  },
  {
    key: "their-side",
    title: "Their side of the story",
    strategy: "LISTEN",
    minutes: 15,
    instructions:
      "Pick something you disagree about. Write the other person's side as fairly as you can, as if you had to explain it to a friend. Their perspective is not yours — that's the point.",
    prompts: [
      shortText("topic", "What we disagree about"),
      longText("their_view", "How they see it, in their words as best I can", { minLength: 20 }),
      shortText("makes_sense", "One part of their view that makes sense to me"),
    ],
  },
  // 3. Calm communication
  {
    key: "i-statement-rewrite",
    title: "I-statement rewrite",
    strategy: "CALM",
    minutes: 10,
    instructions:
      'Think of something you said in a recent argument that came out as blame ("you always…", "you never…"). Rewrite it as an I-statement: I feel … when … I need …',
    prompts: [
      shortText("what_i_said", "What I actually said"),
      shortText("i_feel", "I feel…"),
      shortText("when", "when…"),
      shortText("i_need", "and I need…"),
    ],
  },
  {
    key: "calm-down-plan",
    title: "My calm-down plan",
    strategy: "CALM",
    minutes: 10,
    instructions:
      "Make a plan for the next time a talk gets heated. Knowing what you will do makes it easier to do it.",
    prompts: [
      checklist(
        "warning_signs",
        "I can tell I'm getting too heated when…",
        [
          "My voice gets louder",
          "My heart races",
          "I want to walk out",
          "I stop listening",
          "I say things I don't mean",
        ],
        { minChecked: 1 },
      ),
      list("calming_steps", "Three things I can do to calm down", 3, { itemMaxLength: 150 }),
      shortText("words_for_break", "What I'll say to ask for a break"),
    ],
  },
  // 4. Seek help
  {
    key: "before-next-session",
    title: "Before our next session",
    strategy: "SEEK_HELP",
    minutes: 5,
    instructions:
      "Tell your counselor what you would like to talk about next time, and what would help you feel heard.",
    prompts: [
      longText("topic", "What I'd like us to talk about", { minLength: 10 }),
      shortText("help_me", "What would help me feel heard", { required: false }),
      scale("hard_to_say", "How hard is this to say out loud?", { minLabel: "Easy", maxLabel: "Very hard" }),
    ],
  },
  {
    key: "my-support",
    title: "People who help me",
    strategy: "SEEK_HELP",
    minutes: 5,
    instructions:
      "List the people you can turn to when things at home are hard — a friend, a relative, a teacher, a coach. Knowing who they are is a strength.",
    prompts: [
      list("people", "People I can talk to", 3, { minItems: 1, itemMaxLength: 100 }),
      shortText("when_to_ask", "When I'd reach out to one of them"),
    ],
  },
  // 5. Focus on the positive
  {
    key: "good-memory",
    title: "A good memory together",
    strategy: "POSITIVE",
    minutes: 10,
    instructions:
      "Write about one good moment the two of you shared — recent or long ago. What happened, and what made it good?",
    prompts: [
      shortText("when_where", "When and where it was"),
      longText("memory", "What happened", { minLength: 20 }),
      shortText("why_good", "What made it good"),
    ],
  },
  {
    key: "three-good-things",
    title: "Three good things this week",
    strategy: "POSITIVE",
    minutes: 5,
    instructions: "Notice three things that went well between you this week, however small.",
    prompts: [list("good_things", "Three things that went well", 3, { itemMaxLength: 150 })],
  },
  // 6. Patience and hope
  {
    key: "weekly-hope-check",
    title: "Weekly hope check",
    strategy: "PATIENCE",
    minutes: 3,
    instructions:
      "Once a week: how hopeful do you feel about things between you? There are no wrong numbers; setbacks are part of it.",
    prompts: [
      scale("hope", "How hopeful do I feel this week?", { minLabel: "Not at all", maxLabel: "Very hopeful" }),
      shortText("why", "One sentence on why", { maxLength: 200 }),
    ],
  },
  {
    key: "small-progress",
    title: "Small steps so far",
    strategy: "PATIENCE",
    minutes: 10,
    instructions: "Look back over the last weeks. What is a little better than before, even if much is still hard?",
    prompts: [
      longText("better", "Something that is a little better now", { minLength: 10 }),
      shortText("still_hard", "Something that is still hard", { required: false }),
      scale("patience", "How patient do I feel with how long this takes?", {
        minLabel: "Not at all",
        maxLabel: "Very",
      }),
    ],
  },
  // 7. Love and appreciation
  {
    key: "three-appreciations",
    title: "Three things I appreciate about you",
    strategy: "LOVE",
    minutes: 10,
    instructions:
      "Write three things you appreciate about the other person — things they do, or who they are. Your counselor may share these with them.",
    prompts: [
      list("appreciations", "Three things I appreciate about you", 3, { itemMaxLength: 200 }),
      shortText("favourite", "The one I most want you to hear", { required: false }),
    ],
  },
  {
    key: "say-it-out-loud",
    title: "Say it out loud",
    strategy: "LOVE",
    minutes: 5,
    instructions:
      "This week, tell the other person one thing you love or appreciate about them — out loud, face to face. Then write down how it went.",
    prompts: [
      shortText("what_i_said", "What I told them"),
      checklist("how_it_felt", "Saying it felt…", ["Awkward", "Easy", "Good", "Scary", "Worth it"], { minChecked: 1 }),
      shortText("their_reaction", "How they reacted", { required: false }),
    ],
  },
];
