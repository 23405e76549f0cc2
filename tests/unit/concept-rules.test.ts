import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";
import { evaluateMessage, findByRules, mayHoldProfanity } from "@/lib/moderation/evaluate-message";
import type { Category } from "@/lib/moderation/categories";

const categories = (text: string) => evaluateMessage(text).findings.map((f) => f.category);

// Each rule shape with messages it must catch and calm look-alikes it must leave alone.
describe.each<[string, Category, string[], string[]]>([
  [
    "self-harm: first person + wish or plan + not being there",
    "SELF_HARM",
    [
      "I just think about disappearing a lot, like permanently",
      "sometimes i wish i wasnt here anymore",
      "i deserve to hurt",
      "I've been thinking about ending it",
      "I'm tired of being a burden. Soon it won't be your problem.",
      "You keep planning for next summer. I don't really see myself being around by then.",
      "Don't bother fixing my room up. I won't be using it for long.",
      "I've been giving my stuff away to friends. I don't think I'm going to need it.",
      "If I didn't wake up tomorrow, honestly, I think it'd be a relief.",
      "I just don't see the point of anything anymore",
    ],
    [
      "this homework is killing me",
      "I could sleep for a week",
      "If I fail this chem final I'm going to die lol. Can you help me study?",
      "I'm dying to see that movie",
      "I want to disappear under a blanket and watch movies all day",
      "I think about death a lot since grandpa died, can we visit his grave?",
      "I'm going to sleep forever this weekend after finals 😂",
      "I won't be around for dinner, practice runs late",
    ],
  ],
  [
    "dismissal of the other person's feelings or problem",
    "STONEWALLING",
    [
      "That's your problem, not mine.",
      "so? not my issue",
      "okay and? why is that supposed to matter to me",
      "Stop crying about it, it's just a phone. Nobody died.",
      "Cool. I'm putting my headphones in. Message me when this is over.",
      "not talking about this",
    ],
    [
      "Is that a problem for you? I can switch days",
      "stop by the store on the way home?",
      "Don't worry, it's not your problem to fix",
      "I'm not talking about this at dinner, can we do it after?",
      "Are you done with the laundry room? I need the dryer.",
    ],
  ],
  [
    "contempt: rhetorical questions at you, praise with a sting, scare quotes",
    "CONTEMPT",
    [
      "Do you actually think anyone cares what you did in 1998?",
      "Is that what you call an apology?",
      "What are you, stupid?",
      "oh so now u care?",
      "Congrats, you played yourself.",
      "I'm glad you finally passed something. Should we throw you a parade?",
      "Sure, you're 'exhausted.' From what, exactly?",
      "Grandma was more of a mom to me than you ever were.",
      "You know what, I get why Dad left. I'd leave too if I could.",
    ],
    [
      "Do you actually think it'll rain tomorrow?",
      "Can you let me know when you get to campus?",
      "I'm so glad you finally got the job, I'm proud of you ❤️",
      "Grandma was a great mom to both of us",
      // "wow thanks, that was really sweet of you" is a known error of the model (below).
    ],
  ],
  [
    "threats: a destructive I'll aimed at the other person or their things",
    "THREAT",
    [
      "I'll smash that Xbox.",
      "touch my stuff and i'll break yours",
      "Keep testing me. You won't like what happens.",
      "tell dad and ur dead to me",
    ],
    ["I'll break it to you gently, the trip is off"],
  ],
  [
    "always/never in other shapes",
    "BLAME_ABSOLUTE",
    [
      "Always an excuse with you.",
      "you've lied to me every single time I've trusted you",
      "You have literally never once said you were proud of me.",
    ],
    [
      "You never need to earn my love.",
      "You always make me laugh when I'm having a bad day, even now. I miss that.",
      "You always pick me up from practice even when you're tired. I don't say thank you enough.",
    ],
  ],
  [
    "self-harm: acts and plans",
    "SELF_HARM",
    [
      "i started cutting again. dont freak out",
      "i took a bunch of my pills last night to see if id wake up",
      "ill be gone soon enough so it wont matter",
      "maybe if i disappeared u guys would finally stop fighting",
    ],
    [
      "I started cutting my hair shorter, do you like it?",
      "I took my allergy pills this morning",
      "I'll be gone for the weekend at Sam's",
      "If I disappeared into my room all day would you mind? I need to study.",
    ],
  ],
  [
    "blame: counterfactuals and causes put on the other person",
    "BLAME",
    [
      "i wouldnt have lied if u didnt freak out",
      "If you had just answered your phone, I wouldn't have called the police.",
      "my grades dropped bc of ur divorce drama",
      "You embarrassed me in front of the whole family.",
    ],
    // "I wouldn't have found the keys if you didn't look under the couch, thank you" is a known error of the model (below).
    ["I wouldn't have known about the scholarship if you didn't tell me, I'm grateful"],
  ],
  [
    "contempt: mock celebration and expertise",
    "CONTEMPT",
    [
      "oh wow mom discovered instagram, alert the media",
      "Oh, so now you're an expert on finances?",
      "cute that u think ur in charge",
      "👏 congrats 👏 on 👏 being 👏 right 👏",
      "Your cousin is at Stanford and you can't even pass chemistry.",
    ],
    // "congrats on the promotion mom!!" is a known error of the model (below).
    ["you're an expert at pancakes, thank you ❤️", "poor baby, feel better soon ❤️"],
  ],
  [
    "an order with 'or' and a consequence",
    "THREAT",
    ["unfreeze my card or i swear ill drop out"],
    [
      "text me when you land or I'll worry",
      "Do you want pizza or I'll make pasta, tell me",
      "Pick a movie or I'm choosing the scary one lol",
    ],
  ],
  [
    "a label as a sentence of its own",
    "INSULT",
    ["Ungrateful. That's the only word for you.", "Selfish. Just selfish."],
    [
      "Exhausted. Can you pick me up?",
      "Sorry. I was wrong about you.",
      "Ugh. The bus is late again.",
      "Damn. You actually got in!",
      "Yikes. Did you see the score?",
      "Brutal. That exam was long, how did you do?",
    ],
  ],
])("%s", (_name, category, hostile, calm) => {
  it.each(hostile)("flags %j", (text) => {
    expect(categories(text)).toContain(category);
  });
  it.each(calm)("does not flag %j", (text) => {
    expect(categories(text)).not.toContain(category);
  });
});

describe("calm look-alikes of the concept shapes", () => {
  // Written to break the concept rules: the trigger words of each shape in calm messages.
  it.each([
    "I think about moving to Denver after college",
    "I want to disappear for a weekend and go camping",
    "I'm going to die of boredom in this lecture lol",
    "I could sleep forever after that hike",
    "I won't be around Saturday, I have a tournament",
    "I'm not going to need the car tomorrow",
    "Do you actually think we should leave at 6?",
    "Is that what you call the blue one? I thought it was teal",
    'Sure, "later" works for me',
    "That's hilarious, send it to grandma",
    "Congrats, you finally passed your driving test!!",
    "Nice try on the cake, it still tasted great",
    "Act your age is what grandpa used to say to me, it's funny now",
    "Stop crying about it is what I said last year and I'm sorry",
    "not my problem to solve alone, can we do it together?",
    "next topic: dinner plans",
    "I'm logging off in 5, talk tomorrow",
    "You have never once missed my games and I love you for it",
    "every time with you is fun",
    "I only left because you said it was ok, right?",
    "because of your advice I got the job",
    "You embarrassed me a little at the party but it was funny honestly",
    "It's always my fault when the printer jams lol",
    "I'll break the news to grandma gently",
    "I'll throw out the old milk",
    "Grandma raised me to be kind, and so did you",
    "I regret taking that class, it was so hard",
    "Ungrateful people annoy me, but not you",
    "Finally. The wifi works.",
    "Done. Dishes are clean.",
    "Nope, not tonight, I have homework",
    "i took a bunch of photos at the game",
    // Known errors of the model until the fourth round's retraining, which lets them through.
    "bring a jacket or you'll be cold",
    "So now you're a vegetarian? That's cool, I'll make the lentil soup",
    "I'll sell my old bike to pay for the trip",
    "Please ask before you take my phone.",
    // Known errors of the model until the sixth round's retraining (batches 17, 18, 22–25, 28, 29 added).
    "I'll throw you a party for your birthday",
    "wow thanks, that was really sweet of you",
  ])("leaves %j alone", (text) => {
    expect(evaluateMessage(text).action).toBe("ALLOW");
  });
});

// Calm look-alikes the learned model (not a rule) still flags, kept in view rather than dropped:
// the rules leave them alone, and the day the model stops flagging one, `it.fails` fails and it
// moves back to the look-alikes above.
describe("known errors of the learned model", () => {
  const KNOWN = [
    "Maybe you should go live with your dad for the summer like you wanted, I support it",
    "If you hadn't driven me I wouldn't have made it, thank you so much",
    "Your father would be proud of you",
    "i started cutting carbs again",
    // Found by a new user trying the room: a worried parent the model put on the self-harm path. Since the
    // fourth round the model alone cannot (the sender speaks of "him", tests/unit/word-scores.test.ts): a nudge.
    "I don't know how to reach him anymore. I keep trying and I get one-word answers.",
    // The engine's own calmer versions of shouted lines, which the model then flags (found at the merge).
    "Stop taking my phone without asking.",
    "Stop taking my stuff without asking.",
    "Give me my phone back.",
    // Calm look-alikes the fourth round's retraining (batches 11–14 added) started to flag.
    "Every time your sister visits the house gets loud, it's nice",
    // Calm look-alikes the fifth round's retraining (batches 15, 16, 19–21 added; its flag threshold,
    // the median of the folds' choices, fell from 0.96 to 0.93) started to flag.
    "I wouldn't have found the keys if you didn't look under the couch, thank you",
    "congrats on the promotion mom!!",
    "Are you five minutes away?",
    // Calm look-alikes the sixth round's retraining (batches 17, 18, 22–25, 28, 29 added; its flag
    // threshold, the median of the folds' choices, fell from 0.93 to 0.9) started to flag.
    "I'll send you the link tonight",
    "I'll send you the pics tonight",
    "If you hadn't called me I would have missed the bus, thanks",
    "get out of here, you got an A?!",
    "My real mom would have loved this recipe",
  ];
  // Three-word fragments of words the hostile lines use ("go to your room", "left on read"), found by
  // running the engine over the strings of the integration tests, and short calm questions: since the
  // sixth round the model alone judges only messages of four words or more (MODEL_MIN_WORDS).
  it.each(["the room clock", "Read a transcript", "where are you", "from Laura 0", "from Sam 3"])(
    "the model alone does not flag the three-word %j",
    (text) => {
      expect(evaluateMessage(text, undefined, { role: "TEEN" }).action).toBe("ALLOW");
    },
  );
  it.each(KNOWN)("the rules leave %j alone", (text) => {
    expect(findByRules(text).found.size).toBe(0);
  });
  it.fails.each(KNOWN)("the model still flags %j", (text) => {
    expect(evaluateMessage(text).action).toBe("ALLOW");
  });
  // A hostile line a rule catches and the model's veto dropped until the fifth round's retraining.
  const VETOED = "I hear you, I just don't care.";
  it("a rule catches the once-vetoed line", () => {
    expect(findByRules(VETOED).found.has("STONEWALLING")).toBe(true);
  });
  it("the model's veto no longer drops it", () => {
    expect(evaluateMessage(VETOED).action).not.toBe("ALLOW");
  });
});

describe("general fixes", () => {
  it.each([
    "Yesterday I told you to go to hell. I'm really sorry. I was angry about the game.",
    "I told you to shut up on Tuesday and I've felt sick about it since. You deserve better from me.",
    "I'm sorry I dropped the f-word at dinner.",
    "Shiitake or button mushrooms?",
    "Dick's Sporting Goods at 5?",
    "YESSS",
    "GOOD LUCK TODAY",
    "You're gonna destroy them today!",
    "Mom, I think you blame yourself for Dad leaving. It's not on you.",
    "I just need to calm down before I say something I'd regret.",
  ])("leaves %j alone", (text) => {
    expect(evaluateMessage(text).action).toBe("ALLOW");
  });

  it.each([
    ["DO NOT walk away from me!!", "SHOUTING"],
    ["I'm trying to stay calm. But WHERE WERE YOU on Saturday night", "SHOUTING"],
    ["this is a s h i t show", "PROFANITY"],
    ["f off", "PROFANITY"],
    ["I told you to clean your room, go to hell", "PROFANITY"],
  ] as const)("flags %j as %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe("the profanity pre-check", () => {
  // Skipping the matcher must never lose a match: checked against the matcher itself on every
  // labelled message and on obfuscated spellings.
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const dir = "tests/moderation";
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) =>
      readFileSync(`${dir}/${f}`, "utf8")
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase()),
    );
  const obfuscated = [
    "fuuuuck",
    "f4ck",
    "sh1t",
    "$hit",
    "a55",
    "b!tch",
    "d1ck",
    "c0ck",
    "shiiiit",
    "ƒuck",
    "ｆｕｃｋ",
    "bullsh1t",
    "dumbass",
    "motherfucker",
    "wh0re",
    "phuck",
    "fcuk",
  ];

  it("lets through every message the matcher would flag", () => {
    const lost = [...texts, ...obfuscated].filter(
      (t) => matcher.getAllMatches(t, true).length > 0 && !mayHoldProfanity(t),
    );
    expect(lost).toEqual([]);
  });

  it("skips most plain messages", () => {
    expect(mayHoldProfanity("can you pick me up at six")).toBe(false);
    expect(texts.filter((t) => !mayHoldProfanity(t)).length).toBeGreaterThan(texts.length / 2);
  });
});
