import { describe, expect, it } from "vitest";
import { evaluateMessage, findByRules } from "@/lib/moderation/evaluate-message";
import type { Category } from "@/lib/moderation/categories";

// The sixth round's shapes (lib/moderation/tone-rules.ts): messages only they catch (the rules
// before them let every one go; written from batches 22-25) and calm look-alikes written to break
// them. The rules alone are checked, so removing a shape fails here whatever the learned model does.
describe.each<[string, Category, string[], string[]]>([
  [
    "self-harm: hurting oneself told, things handed over for good, a death that would be a relief",
    "SELF_HARM",
    [
      "ive been hurting myself again. dont be mad",
      "did the thing with the razor again last night. i know ur gonna be mad",
      "gave kezia all my good brushes n the copic markers. she'll use them more than me",
      "giving my pc parts to daniel. i dont need them anymore",
      "I am so tired, Sofia. If I went to sleep tonight and didn't wake up, I think I'd be relieved.",
      "it would be kinder to everyone if I stopped taking the medication altogether",
      "im not gonna be ur problem much longer mom",
      "You won't have me around to nag you forever, then you'll see.",
      "goodbye mom. im sorry",
      "i keep thinking about stepping into the road on the way back from the chippy",
      "i drove past the bridge tonight and for a second i thought about not stopping",
      "I keep counting the tablets in the cupboard. I don't know why I'm telling you this.",
      "pls dont wait up 4 me. or ever tbh",
      "i just want to disappear for a while. like for real this time",
      "night mum. sorry for everything. you were a good mum",
    ],
    [
      "I keep hurting myself on that coffee table, can we move it?",
      "ive been hurting myself on the trampoline all week, my knees are purple",
      "gave jake my old bike since i got a new one",
      "you can have my charger, i'll borrow yours tonight",
      "If I crashed the car I'd be grounded forever lol",
      "It'd be easier for everyone if I drove us, I know the way",
      "I'm not going to be a problem at the sleepover, I promise",
      "bye mom! sorry I was grumpy this morning, see you tonight",
      "you were a good sport about the camping trip, thanks dad",
      "I'm thinking about walking to school tomorrow, it's nice out",
      "thinking about driving up to see grandma this weekend",
      "dont wait up, the movie ends at 11",
      "I counted the tablets, you have enough until Friday",
    ],
  ],
  [
    "blame: whose fault, not me, found for others but not for me",
    "BLAME",
    [
      "i only lied bc you lose it over a B. so whose fault is that",
      "u lost the charger not me",
      "who told nan about town? that was you wasnt it",
      "so u can find money for pastor's building fund but not for my art camp??",
      "so you're allowed to be on your phone at dinner but i'm not?",
      "Please don't let my falling over interfere with your plans. I'd hate to be an inconvenience.",
      "No, go to Jake's. I'll sit here on my own. It's fine. I'm used to it.",
      "dont worry about me i will just come home from the night shift and cook for myself like always",
      "i will iron your church dress myself at 1am after my shift dont trouble yourself",
    ],
    [
      "It's nobody's fault, the roads were icy",
      "You picked the movie, not me, and it was great",
      "you won the game not me lol",
      "you should ask your dad, not me.",
      "If you can find time this week, but not Thursday, could we get coffee?",
      "you're allowed to be tired, I'm not mad",
      "Don't worry about me, I'll walk home by myself, have fun!",
      "It's fine, I'll do the dishes myself tonight, you rest",
      "Don't let the rain spoil your trip, take an umbrella",
      "don't worry, it's fine, I'm used to the night shift by now",
    ],
  ],
  [
    "threat: a consequence that takes or breaks the other person's things",
    "THREAT",
    [
      "Next detention and I'm selling your boots on Facebook.",
      "Put the controller down or I snap it in half.",
      "you go to that party i will take the phone and the paints and throw them in the bin",
      "Fix your face before I fix it for you.",
      "You want to throw punches at school? Come throw one at me and see how that works out.",
      "Don't. Test. Me.",
    ],
    [
      "Next week and I'm taking you to the dentist, ok?",
      "Grab the charger or I'll take mine, either works",
      "you go ahead, i'll take the bus",
      "Let's take the new route and see how that works out for the commute",
    ],
  ],
  [
    "sarcasm: a mock honour, praise next to a failure",
    "CONTEMPT",
    [
      "wow a whole thank you, shud i frame it",
      "Wow, home before midnight, shall I ring the Evening News",
      "Wah, detention. So proud. Should I frame the slip?",
      "Another phone lost. What's that, the third? Impressive really.",
      "Well done Jamie, 3 out of 60 in maths. Proud moment.",
      "Lovely. Really lovely way to talk to your mother.",
    ],
    [
      "Your drawing is so good, should I get it framed for the hallway? ❤",
      "Should I frame the certificate or put it in your folder?",
      "Lost my keys again. Brilliant. Can you let me in?",
      "We lost the game but you played great. Proud of you.",
      "Amazing! Sorry I missed the start though.",
      "Well done on the 58, up from 41 last time. Proud moment.",
      "What a lovely way to spend a Sunday.",
    ],
  ],
  [
    "dismissal: feelings waved off by knowledge, age, 'nobody cares', 'no time', 'all you like'",
    "STONEWALLING",
    [
      "You're sixteen. You don't know what real loss is.",
      "Tired? You are sixteen. You don't know tired.",
      "Nobody cares about TikTok drama, bud.",
      "dad nobody cares about ur army stories",
      "I haven't got time for your moods today",
      "Resent me all you like, it doesn't change anything. Now, the 6pm tablets, please.",
      "Stop turning the adoption into some big tragedy. You have a good life.",
      "it is just one panic abena dont make it a big thing",
      "you miss nana so what i miss her too",
      "i worked two jobs at your age and i did not complain",
      "Sore? Suck it up.",
      "You're fine. Walk it off.",
      "ur not actually hurt that i dont wanna come, ur just being extra",
      "You don't miss your mom, you saw her Thursday.",
      "When I was your age I had nothing and I was first in class. You have everything and you give me 92.",
    ],
    [
      "You don't know what time it is? It's 6.",
      "Nobody cares about the dent, we're just glad you're safe.",
      "I don't have time for the store today, can you go?",
      "Cry all you want, I'm right here.",
      "Let's not make it a big deal at dinner, ok? I'll talk to grandma myself.",
      "When I was your age I was scared of driving too.",
      "You're sixteen! Happy birthday!",
      "I had to suck it up and say sorry to coach",
      "you're not upset with me? you're just tired? ok, get some sleep ❤",
      "You don't mean it, you were just tired. I know.",
    ],
  ],
  [
    "shutting the conversation",
    "STONEWALLING",
    ["whatever dad", "this conversation is finished", "im done talkin about this", "cba with this convo"],
    [
      "whatever you want dad, you pick",
      "the discussion is over at 8, can you pick me up then?",
      "whatever works for you dad",
      "cba with homework tonight lol",
    ],
  ],
  [
    "wounding: another family preferred, disowning, regret, sacrifice and grudges",
    "CONTEMPT",
    [
      "kezia's dad actually knows her favourite colour 🙂 just saying",
      "daniel's mom came to his hackathon. just saying",
      "You know, Kristen's kids actually want to spend time with their parents.",
      "i like it better at moms, she actually gets me",
      "not your son.",
      "not your kid. never was.",
      "tasha's my mom. you're the backup.",
      "Some days I honestly wonder if we made a mistake.",
      "I don't know what I did wrong to get a son like this.",
      "Sometimes I see why your mom wanted out.",
      "I'm embarrassed to tell people at work how you're getting on.",
      "After everything we went through to bring you home, this is the thanks we get.",
      "I carried you for nine months and now you can't carry a laundry basket up the stairs.",
      "i did not leave ghana and work two jobs for you to draw cartoons",
      "I'll remember this the next time you need something from me.",
    ],
    [
      "Jake's mom actually offered to drive us, so you don't have to.",
      "Sam's mom actually knows a great mechanic, want her number?",
      "I like it better at grandma's, it's quieter for studying",
      "Maya's dad came to the game too, he says hi",
      "I'm not your kid's teacher, but I think she did great",
      "I wonder if we made a mistake with the paint color lol",
      "I'm embarrassed to tell you I forgot your recital, I'm so sorry",
      "I have no time for the drama at school, I just stick with my friends",
      "I'll remember this day forever, thank you",
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

describe("shouting", () => {
  it.each(["You told Jake about my INCONTINENCE?! In front of his MOTHER?!"])(
    "finds a capitalized word with ?! in %j",
    (text) => {
      expect(findByRules(text).found.has("SHOUTING")).toBe(true);
    },
  );
  it.each(["Wait, you got an A?! AMAZING", "no way?! that's so cool"])("leaves joy alone: %j", (text) => {
    expect(findByRules(text).found.has("SHOUTING")).toBe(false);
  });
  // The model vetoes soft findings it is nearly sure are calm; volume with a refusal, an order to
  // turn something down or an angry face is not its to veto (out of fold it dropped these).
  it.each(["I SAID IM ON MY WAY", "NO I WILL NOT APOLOGIZE TO HIM", "TURN THAT MUSIC DOWN I'M TRYING TO SLEEP"])(
    "keeps angry volume whatever the model says: %j",
    (text) => {
      const rules = findByRules(text);
      expect(rules.found.has("SHOUTING")).toBe(true);
      expect(rules.firm).toBe(true);
      expect(evaluateMessage(text).action).not.toBe("ALLOW");
    },
  );
  it.each([
    "SHUT THE FRONT DOOR, you got an A in chemistry?!",
    "KAI I MADE THE CHICKEN YOU LIKE, ITS IN THE OVEN WHEN YOU GET UP",
  ])("leaves joyful or practical volume to the model: %j", (text) => {
    expect(findByRules(text).firm).toBe(false);
  });
});

describe("the model may not veto a tone shape", () => {
  it.each(["wow a whole thank you, shud i frame it", "daniel's mom came to his hackathon. just saying"])(
    "%j",
    (text) => {
      expect(findByRules(text).firm).toBe(true);
      expect(evaluateMessage(text).action).not.toBe("ALLOW");
    },
  );
});
