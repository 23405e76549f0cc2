// Fifth round: hostility and danger said without their usual words, as shapes rather than
// phrases, from the classes the blind batches 15 and 16 showed the engine missing (docs/moderation.md):
// self-harm as a future without the sender ("I don't think I'll be around for…") or a goodbye
// with something final in it; blame asked as a question ("why am I the only one who…", things
// that "didn't walk off by themselves"); a threat as power over the other person's things or as
// tit for tat ("tell dad and I'll tell him…"); sarcasm as praise next to a failing mark or after
// "because"; dismissal as a feeling denied ("you're not lonely, you have church"); wounding as
// another home, parent or family preferred. Each shape has calm look-alikes in
// tests/unit/indirect-rules.test.ts.
import { negatedBefore, type Rule } from "./lexicon";
import { netValence } from "./message-features";
import { BLAME_EXPLAIN, SARCASM_EXPLAIN, THREAT_EXPLAIN, WOUND_EXPLAIN } from "./explanations";

const SELF_HARM_EXPLAIN =
  "It sounds like you might be going through something really heavy. Your counselor will see this and check in with you — you don't have to carry it alone.";
const DISMISS_EXPLAIN =
  "This brushes the other person's feelings aside and shuts the conversation down. If you need a break, ask for one — that is allowed.";
const ABSOLUTE_EXPLAIN =
  "“Always” and “never” turn one problem into a verdict on the whole person, so they argue with the word instead of hearing the problem.";
const SHUTDOWN_EXPLAIN =
  "Shutting down leaves the other person alone with the problem. If you need a break, ask for one — that is allowed.";

/** Laughter or a heart: teasing, not a verdict. */
const LAUGH = /[😂🤣❤🥰😘]|\b(?:lol|lmao|haha\w*|jk|kidding)\b/u;

// --- Self-harm: a future without the sender, a goodbye with something final ----
/** A goodbye until later: "bye, see you tonight", "love you, talk tomorrow lol". */
const FAREWELL_FOR_NOW =
  /[😂🤣]|\b(?:lol|lmao|haha|see you|see u|cya|talk later|ttyl|tomorrow|tonight|at \d|when i get|until|till|after (?:school|practice|work)|this weekend)\b/u;
export const INDIRECT_SELF_HARM: Rule[] = [
  // "i dont think ill be around for the chem final anyway", "doubt i'll still be here by then":
  // a belief that the sender will not be there. A plan ("I don't think I'll be around when the
  // plumber comes") has no despair in it, so the shape needs "alive", a far or final horizon
  // ("anyway", "by then", "much longer", "next year") or despair elsewhere in the message.
  {
    category: "SELF_HARM",
    re: /\b(?:(?:i )?(?:don't|do not) (?:think|know if|see) (?:that )?i(?:'ll| will)?|(?:i )?doubt (?:that )?i(?:'ll| will)|not sure i(?:'ll| will)|i probably won't|i might not) (?:even |still )?be (?:around|here|alive)\b(?: (?:to|for|until|till|by|at|when|much|long|another|next|after)\b[^.?!,]{0,40})?/g,
    needs: ["be around", "be here", "be alive"],
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    keep: (m, text) =>
      /\b(?:alive|anyway|anyways|by then|much longer|for long|long enough|next (?:year|month|summer|semester)|graduation|my birthday|christmas|forever|to see)\b/.test(
        m[0],
      ) ||
      /\b(?:tired|the point|burden|sorry for everything|better off|nobody|no one|whatever|bye|goodbye|doesn't matter|won't matter)\b/.test(
        text,
      ),
  },
  // "im so tired of being the problem", "I'm sick of being in everyone's way".
  {
    category: "SELF_HARM",
    re: /\b(?:tired|sick|done) of being (?:the|a|everyone's|everybody's|your) (?:problem|burden|mistake|disappointment|mess|screw ?up|failure|waste of space)\b|\bdone being (?:a|the) (?:problem|burden)\b|\b(?:sick|tired) of being in (?:everyone's|everybody's|your|the) way\b/g,
    needs: ["of being", "done being"],
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
  },
  // "u can have my fishing stuff. i wont be needing it": one's things handed over, no longer needed.
  {
    category: "SELF_HARM",
    re: /\b(?:won't|will not|wont|not going to|not gonna|don't|do not) (?:be )?need(?:ing)? (?:it|them|those|that|this|any of (?:it|them|this)|my \w+)(?: anymore| again| after| where i'm going| much longer)?\s*(?:[.!]|$)/g,
    needs: ["need"],
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    keep: (m, text) =>
      /\b(?:you can (?:have|keep)|(?:can|could) you (?:give|take)|give (?:my|away)|keep my|it's yours|they're yours|is yours|are yours|take my|have my)\b/.test(
        text,
      ) &&
      !/\b(?:since|because|cause|bc|new one|got a new|bought|outgrew|too small|too big|upgrade|for (?:the|a) (?:trip|week|weekend|summer))\b/.test(
        text,
      ),
  },
  // A goodbye with something final in it: "thanks for trying grandpa. u did ur best. bye",
  // "sorry for everything. bye dad", "ok bye nana. love u. for real this time". The weaker
  // finalities ("thanks for trying", "you did your best", "don't blame yourself") are also
  // comfort, so they need a plain "bye"; a "love you" with them is a parent's comfort.
  {
    category: "SELF_HARM",
    re: /\b(?:sorry for everything|for real this time|this is (?:goodbye|the last (?:time|text|message))|(?:you|u) won't (?:hear|see) from me(?: again)?)\b(?![^.?!]{0,20}\b(?:today|tonight|earlier|this morning|last night|at dinner|i said|in the car|yesterday)\b)/g,
    needs: [
      "sorry for everything",
      "for real this time",
      "this is goodbye",
      "this is the last",
      "won't hear from me",
      "won't see from me",
    ],
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    // With a goodbye, with things given away ("gave tyler my xbox. tell kayla im sorry for
    // everything"), or sent on through someone else ("tell maya sorry for everything").
    keep: (_m, text) =>
      (/\b(?:bye|goodbye|good bye|love (?:you|u|ya)|farewell)\b/.test(text) ||
        /\b(?:gave|giving|given) (?:\w+ )?(?:my|away my|all my)\b|\b(?:you|u) can (?:have|keep) my\b/.test(text) ||
        /\btell \w+(?: that)? (?:i'm |i am )?sorry for everything\b/.test(text)) &&
      !FAREWELL_FOR_NOW.test(text),
  },
  {
    category: "SELF_HARM",
    re: /\b(?:thanks?(?: you)? for trying(?! to\b| with\b)|(?:you|u) did (?:your|ur) best|(?:don't|do not) blame yourself)\b/g,
    needs: ["for trying", "did your best", "did ur best", "blame yourself"],
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    keep: (_m, text) => /\b(?:bye|goodbye|good bye|farewell)\b/.test(text) && !FAREWELL_FOR_NOW.test(text),
  },
  // "if i od'd would anyone even be surprised": the sender's death as a hypothesis put to others.
  {
    category: "SELF_HARM",
    re: /\bif i (?:od'?d|overdosed|died|was gone|were gone|wasn't here|weren't here|disappeared|didn't come home|didn't wake up)\b[^.?!]{0,30}\b(?:would|will|does|do) (?:anyone|anybody|you|u|people|they|everyone)\b[^.?!]{0,20}\b(?:care|notice|miss|surprised|cry|come|even)\b/g,
    needs: ["if i "],
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
  },
];

// --- Blame asked as a question, or said of things that did not act by themselves ---
export const INDIRECT_BLAME: Rule[] = [
  {
    category: "BLAME",
    // "Why am I the only person in this house who cleans up after dinner?"
    re: /\bwhy (?:am|is|was) (?:i|it) (?:always )?(?:the only (?:one|person)|the one|always me)\b[^.?!]{0,60}\?|\b(?:your|the|my) [a-z']+(?: [a-z']+)? (?:didn't|did not|doesn't|does not|won't|don't|do not) (?:walk|get|clean|wash|put|empty|fill|feed|fix|pay|disappear|break|open|close|move|leave|vanish)\b[^.?!]{0,40}\b(?:by (?:itself|themselves|magic)|on (?:its|their) own)\b|\b(?:don't|do not|doesn't|does not|didn't|won't) (?:clean|wash|fold|feed|walk|empty|fix|pay for|put away|pick up) (?:itself|themselves)\b|\bjust (?:appeared|vanished|disappeared|showed up|happened|walked off|grew legs)\b[^.?!]{0,30}\b(?:out of (?:nowhere|thin air)|by (?:itself|magic)|on (?:its|their) own|magically)\b[^.?!]*\?|\bdo (?:you|u) (?:have )?(?:any|even have an?) idea (?:what|how much|how)\b[^.?!]{0,50}\b(?:cost|costs|did|done|put|made|caused|put) (?:me|us|this family|everyone)\b|\bwho (?:left|broke|took|lost|forgot|ate|used|spent|dented|scratched|ruined)\b[^.?!]{0,60}\?\s*(?:i (?:think|wonder|guess)|we both know|hmm|gee|hint)|\bi didn't (?:start|do|cause|begin|break) (?:this|that|it)[.!,]?\s*(?:you|u) did\b/g,
    needs: [
      "why ",
      "itself",
      "themselves",
      "by magic",
      "on its own",
      "on their own",
      "out of",
      "magically",
      "idea",
      "who ",
      "u did",
    ],
    severity: 1,
    explain: BLAME_EXPLAIN,
    keep: (m, text) => !LAUGH.test(text) && !negatedBefore(text, m.index),
  },
];

// --- Threats: power over the other person's things, tit for tat ----------------
const THINGS =
  "(?:phone|plan|car|keys|card|account|allowance|wifi|internet|laptop|xbox|switch|playstation|games?|room|door|license|insurance|money|credit card|subscription|trip|party|ride|lessons|tuition|college)";
export const INDIRECT_THREAT: Rule[] = [
  // "Watch it. I can cancel your phone plan in about 30 seconds."
  {
    category: "THREAT",
    re: new RegExp(
      `\\bi (?:can|could) (?:just |easily |always |also )?(?:cancel|shut off|turn off|cut off|take (?:away )?|sell|lock|freeze|stop paying for|pull|report) (?:your|ur) (?:\\w+ )?${THINGS}\\b[^.?!]{0,30}`,
      "g",
    ),
    needs: ["i can ", "i could "],
    severity: 2,
    explain: THREAT_EXPLAIN,
    keep: (m, text) =>
      !negatedBefore(text, m.index) &&
      /\b(?:watch it|careful|keep (?:it up|pushing|talking)|don't (?:push|test)|remember who|who pays|in (?:about |like )?\d+ (?:seconds|minutes)|like that|one (?:call|click)|so (?:watch|think)|try me|or else|if (?:you|u) (?:keep|ever|do that|say|talk|lie|don't))\b/.test(
        text,
      ),
  },
  // Tit for tat: "tell dad about the vape and ill tell him greg's been staying over",
  // "tell dr patel about the fight and ill never say another word in that room".
  {
    category: "THREAT",
    re: /(?:^|[.!?]\s*)(?:you )?(?:tell|show|bring|invite|call|text|post|send|report|snitch|take|read|touch|bring up)\b[^.?!]{1,60}?\band (?:i'll|i will|i'm (?:going to|gonna)|i swear i'll)\s+(?:tell (?:\w+ )?(?:him|her|them|everyone|dad|mom|your)|never (?:say|speak|talk|come|go|tell)|walk (?:off|out)|leave|move out|run away|quit|stop (?:talking|coming|going)|post|show (?:everyone|them|him|her|dad|mom))/g,
    needs: ["and i'll", "and i will", "and i'm", "and i swear"],
    severity: 2,
    explain: THREAT_EXPLAIN,
  },
  // "If you show up to my game with her I'm walking off the field in front of everyone."
  {
    category: "THREAT",
    re: /\bif (?:you|u) (?:\w+ ){1,8}?(?:i'm|i am|i'll|i will) (?:walking (?:off|out)|walk (?:off|out)|never (?:speaking|talking|coming|going)|not (?:coming|speaking|talking)(?: to (?:you|u))?)\b/g,
    needs: ["if you ", "if u "],
    severity: 2,
    explain: THREAT_EXPLAIN,
    keep: (m, text) =>
      !negatedBefore(text, m.index) && !/\b(?:late|running late|tired|hungry|asleep|sick)\b/.test(m[0]),
  },
];

// --- Sarcasm carried by praise ---------------------------------------------------
export const PRAISE_SARCASM: Rule[] = [
  // Praise next to a failing mark: "Great job on the chem test. Really proud of that 41. 👍".
  {
    category: "CONTEMPT",
    re: /\b(?:great job|good job|nice job|nice work|well done|so proud|really proud|proud of (?:that|this|you)|congrat\w*|impressive|amazing|bravo|way to go|stellar|outstanding)\b[^]{0,60}?\b(?:(?:a|an|that|this|the|your) (?:[1-5]\d(?:%| percent)?|[df][+-]?)(?=[\s.!,👍]|$)(?!\s*(?:points?|goals?|minutes?|min|seconds?|yards?|laps?|pounds?|lbs|miles?|km|reps?|mph|dollars?|bucks|hours?|days?|pages?|people|kids)\b))/gu,
    needs: [
      "great job",
      "good job",
      "nice job",
      "nice work",
      "well done",
      "so proud",
      "really proud",
      "proud of",
      "congrat",
      "impressive",
      "amazing",
      "bravo",
      "way to go",
      "stellar",
      "outstanding",
    ],
    severity: 2,
    explain: SARCASM_EXPLAIN,
    keep: (_m, text) =>
      !/\b(?:up (?:to|from)|from (?:a|an)|improv\w*|better than|raised|brought|last time|pulled|progress|curve|hardest|out of (?:\d+|ten|five))\b/.test(
        text,
      ),
  },
  // "ya bc ur SO good at listening", "sure mom ur totally an expert on relationships lol":
  // praise of the other person said "because" or "sure" is the opposite of praise.
  {
    category: "CONTEMPT",
    re: /\b(?:(?:ya|yeah|yea|sure|right|oh|riiight)[.,]?\s+(?:(?:because|cause|cuz|since)\s+)?(?:\w+[,.]?\s+)?|(?:because|cause|cuz|since)\s+)(?:you're|you are) (?:so|such|totally|really|clearly|obviously|definitely|the) (?:good|great|amazing|expert|an expert|a great|the best|perfect|fun|patient|understanding|reasonable|calm|mature|helpful|brilliant|smart|supportive)\b/g,
    needs: ["you're ", "you are "],
    severity: 2,
    explain: SARCASM_EXPLAIN,
    // A real compliment has warmth around it ("yeah you're so good at this, thank you!").
    keep: (m, text) =>
      !negatedBefore(text, m.index) && !/[❤🥰😍]|\b(?:thank you|thanks|love you|proud of you|appreciate)\b/u.test(text),
  },
  // Mock thanks and mock news: "k thanks for the ted talk", "I'll alert the Gazette",
  // "Tell me again how you're the fun house", "are dishes beneath you now?".
  {
    category: "CONTEMPT",
    re: /\btell me again (?:how|why|about how) (?:you're|you are|you were)\b|\bthanks? (?:you )?for the (?:lecture|ted talk|speech|sermon|life lesson|pep talk)\b(?! (?:notes|slides|recording|link|tickets|series|hall))|\balert the (?:\w+ )?(?:gazette|times|paper|papers|newspaper)\b|\b(?:are|is) (?:\w+ ){0,2}beneath (?:you|u)\b/g,
    needs: ["tell me again", "for the ", "alert the", "beneath"],
    severity: 2,
    explain: SARCASM_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index),
  },
];

// --- Dismissal: a feeling denied or waved off --------------------------------------
const FELT =
  "(?:lonely|sad|depressed|anxious|stressed|scared|hurt|upset|bored|overwhelmed|burned out|burnt out|traumati[sz]ed|heartbroken|grieving|angry|tired|exhausted)";
export const FEELING_DENIED: Rule[] = [
  {
    category: "STONEWALLING",
    re: new RegExp(
      // "ur not lonely grandpa u have church", "You're not depressed, you're just on your phone too much".
      `\\b(?:you're|you are) not ${FELT}\\b[^.?!]{0,20}?\\b(?:you|you're|you've)\\s+(?:just |only |simply )?(?:have|are|need|got|spend|sit|want)\\b` +
        // "Being bored isn't a real problem", "that's not a real reason".
        `|\\b(?:being \\w+|that|this|it|boredom|sadness|stress|anxiety|a breakup|a crush|\\w+) (?:isn't|is not|aren't|are not) (?:a )?real (?:problem|problems|thing|illness|issue|reason|struggle)s?\\b` +
        // "Boys your age don't get depressed", "kids don't have stress".
        `|\\b(?:boys|girls|kids|teenagers|teens|children|people) (?:your age |like you |at your age )?(?:don't|do not) (?:get|have|need|feel) (?:depressed|depression|anxiety|anxious|stress|stressed|therapy|burnout|burned out|lonely)\\b` +
        // "You'll grow out of it", "you'll be over him in a week".
        `|\\byou(?:'ll| will) (?:grow out of it|get over it|be over (?:it|him|her|them))\\b` +
        // "Crying over it won't bring her back", "Life isn't about feelings".
        `|\\b(?:crying|whining|sulking|moping|complaining|being sad) (?:about|over) (?:it|this|that|her|him) (?:won't|will not|isn't going to|doesn't|does not) (?:bring|change|fix|help|solve)\\b` +
        `|\\b(?:life|the world|the real world|this house) (?:isn't|is not|doesn't run on) (?:about )?(?:feelings|your feelings|emotions)\\b|\\bfeelings (?:don't|do not) (?:pay|matter|count|fix)\\b` +
        // "Everyone's sad about the divorce sometimes. That's not an excuse for a 48 in chem."
        `|\\b(?:that's|that is|it's|it is)\\b[^.?!]{0,15}\\bnot an excuse (?:for|to)\\b`,
      "g",
    ),
    needs: ["not", "n't", "you'll", "you will"],
    severity: 1,
    explain: DISMISS_EXPLAIN,
    // "You're not alone, you have us" is comfort; reassurance is warm. "Not an excuse" dismisses
    // only a hardship ("that's not an excuse to skip dinner" is a rule).
    keep: (m, text) =>
      !negatedBefore(text, m.index) &&
      !LAUGH.test(text) &&
      // Warmth excuses a denial only where reassurance takes the same shape ("a B+ isn't a real problem, you did great").
      (!/^(?:you're|you are)|\breal\b/.test(m[0]) || netValence(text) <= 1) &&
      (!/not an excuse/.test(m[0]) ||
        /\b(?:sad|depress\w*|anxious|anxiety|lonely|grief|grieving|divorce|died|death|stress\w*|upset)\b/.test(text)),
  },
  // Shutting the conversation: "theres nothing to talk about", "leaving u on read from now on",
  // "sure. whatever u want", "cool. anyway", "Take it up with your mother. I'm out of it."
  {
    category: "STONEWALLING",
    re: /^\s*(?:there's|there is) nothing (?:to talk about|to discuss|to say|left to say)\s*[.!]*\s*$|\bleaving (?:you|u) on read\b|\b(?:i'm not|i am not|not) (?:answering|replying|responding) (?:to (?:you|u) )?(?:anymore|from now on|ever again)\b|^\s*(?:sure|fine|ok|okay|k|yeah)[.,!]*\s+whatever (?:you|u) (?:want|say|think)(?:,?\s+\w+)?\s*[.!]*\s*$|^\s*(?:cool|ok|okay|k|sure|great)[.,!]*\s+anyway[s]?\s*[.!]*\s*$|\btake it up with (?:your|the) \w+[.!]?\s+i'm (?:out|done)\b/g,
    needs: ["nothing", "on read", "answering", "replying", "responding", "whatever", "anyway", "take it up"],
    severity: 1,
    explain: SHUTDOWN_EXPLAIN,
    keep: (_m, text) => !LAUGH.test(text),
  },
];

// --- Always/never without the words ---------------------------------------------------
export const INDIRECT_ABSOLUTE: Rule[] = [
  // "same speech different day", "This is every semester with you, like clockwork", "typical. u believe ms ortiz over me every time".
  {
    category: "BLAME_ABSOLUTE",
    re: /\bsame (?:speech|story|lecture|excuse|excuses|fight|thing|crap|song),? different day\b|\blike clockwork\b|\bevery (?:day|week|month|year|semester|weekend|morning|night|holiday|summer) with (?:you|u)\b|^\s*typical[.!]+(?=\s|$)[^]*\b(?:you|u|your)\b|\b(?:you|u)\b[^.?!]{3,50}\bevery (?:single )?time\s*(?:[.!?]|$)/g,
    needs: ["different day", "clockwork", "every", "typical"],
    severity: 2,
    explain: ABSOLUTE_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index) && netValence(text) <= 0 && !LAUGH.test(text),
  },
];

// --- Wounding: another parent, home or family preferred; love given grudgingly -----------
export const INDIRECT_WOUNDING: Rule[] = [
  {
    category: "CONTEMPT",
    re: /\b(?:i )?(?:don't|do not) (?:even )?want to (?:look at|see|be (?:around|near)|hear) (?:you|u)(?: right now| anymore| ever| again| today)?\s*(?:[.!]|$)|\bwish (?:she|he|they|\w+) (?:was|were) my (?:mom|dad|mother|father|parents?|family|grandpa|grandma)\b|\b(?:took|take|kept|keep|adopted|raised|have|had|put up with|want(?:ed)?) (?:you|u)(?: in)? (?:because|since|cause) (?:nobody|no one) else would\b|\b(?:foster care|an orphanage|a group home|juvie)\b[^.?!]{0,5}[.!,]?\s*(?:it )?(?:would(?:'ve|ve| have)|will|'d) (?:been|be) better than (?:this|you|here|living (?:here|with you))\b|\bbetter (?:off )?(?:in|at) (?:foster care|an orphanage|a group home)\b|\b(?:lucky|glad|good thing) (?:they're|they are|he's|she's|i'm|we're) not (?:actually |really )?(?:yours|your (?:kids?|son|daughter|child))\b|\b(?:\w+) would(?:'ve|ve| have)? (?:been )?(?:ashamed|disappointed|embarrassed|horrified) (?:of|by) (?:how (?:you|u)|what (?:you|u)|you|u)\b|\braised (?:you|u) to (?:hate|resent|disrespect) me\b/g,
    needs: [
      "want to ",
      "wish ",
      "else would",
      "foster care",
      "orphanage",
      "group home",
      "juvie",
      "lucky",
      "glad",
      "good thing",
      "ashamed",
      "disappointed",
      "embarrassed",
      "horrified",
      "raised ",
    ],
    severity: 2,
    explain: WOUND_EXPLAIN,
    keep: (m, text) =>
      !negatedBefore(text, m.index) &&
      !/\b(?:proud|love you|lol|haha)\b|[😂🤣❤]/u.test(text) &&
      !/\b(?:sorry|said|told|when)\b[^.?!]{0,12}$/.test(text.slice(Math.max(0, m.index - 25), m.index)),
  },
];

export const INDIRECT_RULES: Rule[] = [
  ...INDIRECT_SELF_HARM,
  ...INDIRECT_BLAME,
  ...INDIRECT_THREAT,
  ...PRAISE_SARCASM,
  ...FEELING_DENIED,
  ...INDIRECT_ABSOLUTE,
  ...INDIRECT_WOUNDING,
];
