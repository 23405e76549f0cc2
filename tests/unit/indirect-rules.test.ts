import { describe, expect, it } from "vitest";
import { evaluateMessage, findByRules } from "@/lib/moderation/evaluate-message";
import type { Category } from "@/lib/moderation/categories";

// The fifth round's shapes (lib/moderation/indirect-rules.ts, lib/moderation/safety-shapes.ts):
// each with messages only it catches (the rules before it let every one of them go) and calm
// look-alikes written to break it. The rules alone are checked, so removing a shape fails here
// whatever the learned model does.
describe.each<[string, Category, string[], string[]]>([
  [
    "self-harm: a future without the sender",
    "SELF_HARM",
    [
      "i dont think ill be around for the chem final anyway",
      "doubt i'll still be here by graduation",
      "not sure i'll be around much longer tbh",
      "i don't think i'll be here for christmas. whatever",
    ],
    [
      "I don't think I'll be around when the plumber comes, can you let him in?",
      "I don't think I'll be here for dinner, practice runs late",
      "not sure i'll be around saturday, i might be at dad's",
    ],
  ],
  [
    "self-harm: being the problem, things no longer needed, a final goodbye, a death put as a question",
    "SELF_HARM",
    [
      "im so tired of being the problem",
      "sick of being everyone's burden",
      "u can have my fishing stuff. i wont be needing it",
      "you can keep my headphones. i won't need them anymore.",
      "sorry for everything. bye mom",
      "gave jake my guitar. tell mom im sorry for everything",
      "tell dana sorry for everything. and sam too",
      "thanks for trying grandpa. u did ur best. bye",
      "ok bye. love u. for real this time",
      "if i od'd would anyone even be surprised",
      "if i disappeared would anyone even notice",
      "i just want to disappear for a while. like permanently",
    ],
    [
      "You can have my old phone, I won't need it since I got a new one",
      "love you, bye! see you tonight",
      "thanks for trying to fix the wifi. bye!",
      "You did your best, I'm proud of you. Love you.",
      "sorry for everything today, love you. bye",
      "tell dad i'm sorry for everything i said last night",
      "I gave Mia my old jacket. Sorry for everything being so messy today",
      "I won't need the car this weekend",
      "I want to disappear for a weekend and go camping",
    ],
  ],
  [
    "blame asked as a question, or said of things that did not act by themselves",
    "BLAME",
    [
      "Why am I the only person in this house who ever takes out the trash?",
      "Your brother's bike didn't get back in the garage by itself.",
      "The laundry doesn't fold itself, you know.",
      "So the money on my card just disappeared out of nowhere?",
      "Do you have any idea what that ticket cost me?",
      "Who ate the whole cake? I wonder.",
      "I didn't start this. You did.",
    ],
    [
      "Why am I the only one who likes olives lol",
      "Do you have any idea what time the game starts?",
      "Who left the cake out? It's delicious lol",
      "The dishes don't wash themselves, lol can you help",
    ],
  ],
  [
    "threats: power over the other person's things, tit for tat",
    "THREAT",
    [
      "Careful. I can shut off your wifi in like 10 seconds.",
      "Keep it up. I could sell your xbox tomorrow.",
      "tell mom about the party and ill tell her what you did at the lake",
      "show dad that text and i'll never talk to you again",
      "If you bring her to my graduation I'm walking out.",
    ],
    [
      "I can take your shift on Saturday if you want",
      "I can cancel your dentist appointment if you want",
      "call me when you land and I'll tell grandma you're safe",
      "tell grandma hi and i'll see you at 5",
      "If you want to come, I'm leaving at 5",
    ],
  ],
  [
    "sarcasm carried by praise",
    "CONTEMPT",
    [
      "Great job on the history test. A 38. So proud.",
      "ya because ur SO patient with me",
      "sure dad ur totally the best listener",
      "thanks for the lecture.",
      "Tell me again how you're the reasonable one.",
      "Is cooking beneath you now?",
    ],
    [
      "Great job on the test, you brought the D up to a C!",
      "Great job! You scored the 45 points we needed",
      "yeah you're so good at this, thank you!",
      "Thanks for the lecture notes, they helped a lot",
      "tell me again how you made this sauce, it's so good",
    ],
  ],
  [
    "dismissal: a feeling denied or waved off",
    "STONEWALLING",
    [
      "you're not depressed, you just need more sleep",
      "Being stressed isn't a real problem.",
      "Girls your age don't get anxiety.",
      "You'll grow out of it.",
      "Sulking about it won't change anything.",
      "Life isn't about feelings.",
      "i know you're sad about grandma. that's not an excuse for skipping school",
      "theres nothing to talk about",
      "leaving u on read from now on",
      "fine. whatever u want",
      "cool. anyway",
    ],
    [
      "You're not alone, you have us",
      "You're not lazy, you're just tired",
      "That's not an excuse to skip dinner",
      "There's nothing to talk about, we're good!",
      "ok whatever you want, I'm easy",
    ],
  ],
  [
    "always/never without the words",
    "BLAME_ABSOLUTE",
    [
      "same excuse different day",
      "Late again. Like clockwork.",
      "it's the same fight every weekend with you",
      "typical. you pick his side every time",
    ],
    ["you make me laugh every time", "I take the bus every day with you, it's nice"],
  ],
  [
    "wounding: another parent, home or family preferred",
    "CONTEMPT",
    [
      "I don't want to look at you right now.",
      "jaydens dad is so cool. wish he was my dad",
      "I only kept you because nobody else would.",
      "better off in foster care honestly",
      "Your grandpa would've been ashamed of how you talk to me.",
      "She raised you to hate me.",
    ],
    [
      "I don't want to see you hurt.",
      "I wish she was my teacher again",
      "I took the shift because nobody else would",
      "Grandma would be so proud of you",
    ],
  ],
])("%s", (_name, category, hostile, calm) => {
  it.each(hostile)("finds %j", (text) => {
    expect([...findByRules(text).found.keys()]).toContain(category);
  });
  it.each(calm)("leaves %j alone", (text) => {
    expect(findByRules(text).found.has(category)).toBe(false);
  });
});

describe("capitals that command, every word pounded out", () => {
  it.each(["You WILL be at church on Sunday.", "Sam!!!! The car!!!! Is!!!! Mine!!!!"])("finds %j", (text) => {
    expect(findByRules(text).found.has("SHOUTING")).toBe(true);
  });
  it.each(["We won!!! So proud!!! Love you!!!", "you ARE coming tonight right?? yay"])("leaves %j alone", (text) => {
    expect(findByRules(text).found.has("SHOUTING")).toBe(false);
  });
});

describe("words of danger or swearing not in the sender's own mouth", () => {
  // A parent's support and a teen's reassurance: the rule's shape matches, and is let go on purpose.
  it.each([
    "are you having any thoughts of suicide? You can say yes",
    "If you ever feel like you want to die, you come to me or call 988.",
    "i dont want to die or anything i promise. i just feel really flat lately",
  ])("lets %j go, and the model may not overrule it", (text) => {
    const rules = findByRules(text);
    expect(rules.found.has("SELF_HARM")).toBe(false);
    expect(rules.excused).toBe(true);
    expect(evaluateMessage(text).findings.map((f) => f.category)).not.toContain("SELF_HARM");
  });
  it.each([
    "i want to die",
    "you'd all be better off without me. are you happy?",
    "dont worry u wont have to deal with me much longer",
    "I don't want to die but I keep thinking about it",
  ])("still puts %j on the safety path", (text) => {
    expect(evaluateMessage(text).findings.map((f) => f.category)).toContain("SELF_HARM");
  });
  it("a threat's shape with an offer for a consequence is an offer", () => {
    expect(
      findByRules("If you ever feel like hurting yourself, you can tell me and I won't freak out.").found.has("THREAT"),
    ).toBe(false);
    expect(findByRules("If you lie to me again, I'm taking your phone.").found.has("THREAT")).toBe(true);
  });
  it.each(["i was an ass to u this morning. sorry", "I'm sorry, I fucked up the dishes"])(
    "lets a swear word go when the sender owns a mistake with it: %j",
    (text) => {
      const rules = findByRules(text);
      expect(rules.found.has("PROFANITY")).toBe(false);
      expect(rules.excused).toBe(true);
    },
  );
  it.each(["i fucking hate you. sorry not sorry", "sorry but you're being an ass", "screw it. do what you want"])(
    "still finds swearing in %j",
    (text) => {
      expect(findByRules(text).found.has("PROFANITY")).toBe(true);
    },
  );
});
