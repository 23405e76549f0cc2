// Sixth round: hurt carried by tone, comparison and guilt rather than by a hostile word, as
// shapes, written from the first-look errors of batches 22–25 (docs/moderation.md): praise that
// mocks (a mock honour, praise as a sentence of its own next to a failure), resources found for
// others "but not" for me; feelings waved off by knowledge or age ("you don't know what tired
// is", "you're sixteen, you don't know…"), by "nobody cares about…", "no time for your moods",
// "…all you like, it doesn't change anything"; wounding by another family's parent or child
// who "actually" cares, by disowning ("not your son."), by regret and shame about the child, by
// sacrifice held against them; blame as "whose fault is that", as "…, not me"; self-harm as a
// disclosure of hurting oneself, things handed over "she'll use them more than me", a death
// that would be a relief, "I won't be your problem much longer", a goodbye with an apology.
// Each shape has calm look-alikes in tests/unit/tone-rules.test.ts.
import { negatedBefore, type Rule } from "./lexicon";
import { BLAME_EXPLAIN, SARCASM_EXPLAIN, THREAT_EXPLAIN, WOUND_EXPLAIN } from "./explanations";

const SELF_HARM_EXPLAIN =
  "It sounds like you might be going through something really heavy. Your counselor will see this and check in with you — you don't have to carry it alone.";
const DISMISS_EXPLAIN =
  "This brushes the other person's feelings aside and shuts the conversation down. If you need a break, ask for one — that is allowed.";

/** Laughter or a heart: teasing, not a verdict. */
const LAUGH = /[😂🤣❤🥰😘😆]|\b(?:lol|lmao|haha\w*|jk|kidding)\b/u;
/** A goodbye until later: "bye, see you tonight". */
const FOR_NOW =
  /[😂🤣]|\b(?:lol|lmao|haha|see you|see u|cya|talk later|ttyl|tomorrow|tonight|at \d|when i get|until|till|after (?:school|practice|work)|this weekend|in the morning)\b/u;

// --- Self-harm -------------------------------------------------------------------
export const TONE_SELF_HARM: Rule[] = [
  // "ive been hurting myself again", "did the thing with the razor again last night".
  {
    category: "SELF_HARM",
    re: /\b(?:i've|i have|i|i'm|i am|been|started|keep|kept)\s+(?:been\s+|started\s+)?(?:hurting|harming|cutting|burning|scratching) myself\b(?! (?:on|at|in|during|playing|when|while|with the (?:knife|scissors)|by accident|accidentally))|\b(?:did|done|doing) (?:the thing|it|that) with the (?:razor|blade|blades|lighter)\b/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index) && !LAUGH.test(text),
  },
  // One's things handed over with a reason that says the sender will not be using them:
  // "gave kezia all my good brushes. she'll use them more than me", "giving my pc parts to daniel. i dont need them anymore".
  {
    category: "SELF_HARM",
    re: /\b(?:gave|given|giving|give|leaving|left)\b[^.?!]{0,40}?\bmy\b[^]{0,80}?(?:\b(?:he|she|they|you|u)(?:'ll| will) (?:use|need|enjoy|love|wear|play with) (?:it|them|those|that)(?: \w+)? more than (?:me|i (?:will|would|ever))|\b(?:won't|wont|don't|dont|do not|will not|not gonna|not going to) (?:be )?need(?:ing)? (?:it|them|those|any of (?:it|them))(?: anymore| again| after)?\s*(?:[.!]|$))/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    keep: (_m, text) =>
      !/\b(?:since|because|cause|bc|new one|got a new|bought|outgrew|too small|too big|upgrade|for (?:the|a) (?:trip|week|weekend|summer)|borrow)\b/.test(
        text,
      ),
  },
  // A death or an absence that would be a relief: "If I went to sleep tonight and didn't wake up,
  // I think I'd be relieved", "it would be kinder to everyone if I stopped taking the medication".
  {
    category: "SELF_HARM",
    re: /\bif i (?:\w+ ){0,6}?(?:died|didn't wake up|did not wake up|never woke up|wasn't here|weren't here|was gone|were gone|crashed|disappeared|stopped taking)\b[^.?!]{0,60}?\b(?:i'd|i would|i think i'd|it would|it'd|everyone would|everybody would|you'd|you would|things would) (?:\w+ )?(?:be )?(?:relieved|a relief|better|easier|fine|kinder|happier|glad|at peace)\b|\b(?:kinder|easier|better|simpler) (?:to|for) (?:everyone|everybody|you all|all of you|the family|you)\b[^.?!]{0,20}\bif i (?:just )?(?:wasn't|weren't|stopped|left|disappeared|was gone|were gone|went away|wasn't around|weren't around|ended|didn't wake)\b/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index) && !LAUGH.test(text),
  },
  // "im not gonna be ur problem much longer", "You won't have me around to nag you forever".
  {
    category: "SELF_HARM",
    re: /\b(?:i'm not|i am not|i won't|i will not|not gonna|not going to|won't) (?:gonna |going to )?be (?:your|a|anyone's|everyone's|the) (?:problem|burden|worry)\b[^.?!]{0,15}?\b(?:much longer|for long|soon|forever|for much longer)\b|\b(?:you|u) won't have me (?:around|here)(?: to \w+(?: \w+)?)? (?:forever|much longer|for long|anymore)\b/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
  },
  // The means in one's thoughts: "i keep thinking about stepping into the road", "i drove past the
  // bridge tonight and for a second i thought about not stopping", "I keep counting the tablets".
  {
    category: "SELF_HARM",
    re: /\b(?:think(?:ing)?|thought) about (?:just )?(?:stepping|walking|jumping|driving|swerving|crashing|not stopping|not braking|letting go)\b[^.?!]{0,40}|\b(?:keep|kept|been|started) counting (?:the |my |all the )?(?:pills|tablets|meds|medication)\b/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    keep: (m, text) =>
      (/counting/.test(m[0]) ||
        /\b(?:road|traffic|into the|in front of|bridge|roof|edge|tracks|train|bus|truck|wall|stopping|braking|letting go|off)\b/.test(
          m[0],
        )) &&
      !negatedBefore(text, m.index) &&
      !LAUGH.test(text),
  },
  // "pls dont wait up 4 me. or ever tbh": not coming back, said as not to wait.
  {
    category: "SELF_HARM",
    re: /\b(?:don't|do not) (?:bother )?(?:wait(?:ing)? up|look(?:ing)? for me)\b[^.?!]{0,12}[.!,]?\s*(?:or ever|ever again)\b/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    keep: (_m, text) => !LAUGH.test(text),
  },
  // A goodbye with an apology or a verdict on the relationship in the past tense, not for now:
  // "goodbye mom. im sorry", "night mum. sorry for everything. you were a good mum".
  {
    category: "SELF_HARM",
    re: /\b(?:goodbye|good bye)\b[^.?!]{0,20}[.!,]?\s*(?:i'm|i am) (?:so )?sorry\b|\b(?:you|u) (?:were|was) (?:a |the )?(?:good|great|best|the best|really good) (?:mum|mom|dad|mother|father|parent|brother|sister|grandma|grandpa|nana)\b/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    keep: (m, text) => (/^good/.test(m[0]) || /\bsorry\b/.test(text)) && !FOR_NOW.test(text),
  },
];

// --- Blame ------------------------------------------------------------------------
export const TONE_BLAME: Rule[] = [
  // "so whose fault is that", "u lost the charger not me", "that was you wasnt it".
  {
    category: "BLAME",
    re: /\bwhose fault is (?:it|that|this)\b|\b(?:you|u) (?:\w+ed|lost|broke|did|started|said|told|forgot|left|made|took|ate|spent|began|wrecked|threw|hid)\b(?: \w+){0,4},? not me\s*(?:[.!?]|$)|\b(?:that|it) was (?:you|u),? (?:wasn't|was not|weren't|didn't) (?:it|you|u)\b/g,
    severity: 1,
    explain: BLAME_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index) && !LAUGH.test(text),
  },
  // Time or money found for others but not for me: "so u can find money for pastor's building fund
  // but not for my art camp??", "How lovely that you have time to get a tattoo but not to collect my prescription".
  {
    category: "BLAME",
    re: /\b(?:you|u)\b[^.?!]{0,20}\b(?:find|found|have|had|make|made|got) (?:the )?(?:time|money|energy|cash)\b[^.?!]{0,60}\bbut not (?:for |to (?:\w+ ){0,2})?(?:me|my|mine|us|our)\b|\b(?:you're|you are) allowed to\b[^.?!]{0,60}\bbut (?:i'm|i am|me) not\b/g,
    severity: 1,
    explain: BLAME_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index) && !LAUGH.test(text),
  },
  // Guilt by sacrifice: "Please don't let my falling over interfere with your plans. I'd hate to be
  // an inconvenience.", "No, go to Jake's. I'll sit here on my own. It's fine. I'm used to it."
  {
    category: "BLAME",
    re: /\b(?:don't|do not) let (?:my|me|that|it) (?:\w+ ){0,2}(?:spoil|ruin|interfere with|get in the way of) (?:your|ur)\b|\bi'd hate to be an? (?:inconvenience|bother|burden)\b|\b(?:but )?(?:don't|do not) (?:you )?(?:worry|trouble yourself)(?: about (?:that|it|me))?\s*(?:[.!]|$)|\b(?:i'll|i will|i'll just|i will just)\b[^.?!]{0,60}\b(?:myself|by myself|on my own|alone)\b[^.?!]{0,30}\b(?:like (?:i )?always(?: have| do)?|again)\b|\bi'm used to it\b/g,
    severity: 1,
    explain: BLAME_EXPLAIN,
    // Guilt needs the sacrifice and the sign-off together: a plain "don't worry" or "I'll walk home
    // by myself" is kindness.
    keep: (_m, text) =>
      /\b(?:i'll|i will|i've|i have|i had to|i'm going to)\b[^.?!]{0,60}\b(?:myself|on my own|alone)\b|\b(?:inconvenience|used to it|spoil|interfere|money i don't have)\b/.test(
        text,
      ) &&
      /\b(?:don't (?:you )?worry|do not worry|don't trouble|don't let|it's fine|it is fine|i'm used to it|like (?:i )?always|i'd hate to be)\b/.test(
        text,
      ) &&
      !LAUGH.test(text) &&
      !/\b(?:have fun|enjoy|love you|thank|proud)\b/.test(text),
  },
];

// --- Threats: a consequence that takes or breaks the other person's things -------------------
const TAKE =
  "(?:sell|selling|snap|snapping|break|breaking|smash|smashing|bin|binning|throw|throwing|toss|tossing|take|taking|cancel|cancelling|canceling|burn|burning|unplug|unplugging|confiscate|confiscating)";
export const TONE_THREAT: Rule[] = [
  {
    category: "THREAT",
    re: new RegExp(
      // "Next detention and I'm selling your boots on Facebook.", "one more lie and I'm taking the car".
      `\\b(?:next|one more|another) \\w+(?: \\w+)?,? and (?:i'm|i am|i'll|i will) (?:just )?${TAKE} (?:your|ur|it|them|that|this|the|away)\\b` +
        // "Put the controller down or I snap it in half."
        `|\\bor (?:else )?(?:i|i'll|i will|i'm) (?:just )?${TAKE} (?:it|them|that|this|your|ur|the)\\b` +
        // "you go to that party i will take the phone and the paints and throw them in the bin".
        `|\\b(?:you|u) (?:go|do|walk out|leave|say) (?:\\w+ ){0,5}?(?:i will|i'll) ${TAKE} (?:your|ur|the|it|them)\\b` +
        // "Fix your face before I fix it for you.", "…come throw one at me and see how that works out", "Don't. Test. Me."
        `|\\bbefore i (?:fix|do|change|wipe) (?:it|that) for (?:you|u)\\b|\\b(?:at|with) me and see how that works out\\b|\\bsee how that works out for (?:you|u)\\b|\\b(?:don't|do not)\\W{1,3}test\\W{1,3}me\\b`,
      "g",
    ),
    severity: 2,
    explain: THREAT_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index) && !LAUGH.test(text),
  },
];

// --- Sarcasm carried by praise --------------------------------------------------------
const PRAISE =
  "(?:proud moment|impressive|lovely|hilarious|brilliant|classy|creative|wonderful|fantastic|amazing|perfect|charming|top tier|outstanding|stellar|incredible|genius|mature|so mature|very mature|responsible|nice one|well done|bravo|so proud|very proud|real proud|legendary|iconic|gold star)";
/** Something that went wrong: a failing mark, a loss, a detention. */
const FAILURE =
  /\b(?:[0-4]?\d out of (?:[5-9]\d|1\d\d)|detention|suspended|expelled|failed|failing|fail|grounded|lost|broke|broken|crashed|dented|lied|caught|missed|forgot|skipped|zero|another (?:\w+ )?(?:lost|broken|late))\b|\b[0-5]\d%/;
export const TONE_SARCASM: Rule[] = [
  // A mock honour: "shall I ring the Evening News", "Should I frame the slip?", "wow a whole thank you, shud i frame it".
  {
    category: "CONTEMPT",
    re: /\b(?:should|shall|shud|do (?:you|u) want me to|want me to|will i|let me) (?:i |we )?(?:frame (?:it|this|that|the \w+)|get (?:it|this|that) framed|ring the (?:evening |local )?(?:news|papers|paper|press)|call the (?:evening |local )?(?:news|papers|paper|press|newspaper)|alert the \w+|throw (?:you )?a (?:party|parade)|bake (?:you )?a cake|put (?:it|this|that) on the fridge)\b/g,
    severity: 2,
    explain: SARCASM_EXPLAIN,
    // Framing is mock honour only for something that is no honour: "a whole thank you", a detention slip.
    keep: (m, text) =>
      !negatedBefore(text, m.index) &&
      !/[❤🥰😍]|\b(?:proud of you|love you|so happy for you)\b/u.test(text) &&
      (/\b(?:ring|call|alert|parade)\b/.test(m[0]) ||
        /\b(?:wow|whole|wah|oh|so proud|a miracle|finally|congrat\w*)\b/.test(text) ||
        FAILURE.test(text)),
  },
  // Praise as a sentence of its own next to a failure: "Another phone lost. What's that, the
  // third? Impressive really.", "Well done Jamie, 3 out of 60 in maths. Proud moment.", "Wah, detention. So proud."
  {
    category: "CONTEMPT",
    re: new RegExp(
      `(?:^|[.!?]\\s+|,\\s+)(?:(?:wow|oh|well|really|very|so|truly|just|how|what a|such a|real|that's|pure|absolutely)[, ]+)*${PRAISE}(?: really| indeed| honestly| though| then)?(?:,? i'll give (?:you|u) that)?\\s*(?:[.!]+|$)`,
      "g",
    ),
    severity: 2,
    explain: SARCASM_EXPLAIN,
    keep: (m, text) => {
      const rest = text.slice(0, m.index) + ". " + text.slice(m.index + m[0].length);
      // The failure is someone else's: "Lost my keys again. Brilliant." is the sender's own.
      const failures = rest.split(/[.!?]+/).filter((sentence) => FAILURE.test(sentence));
      return (
        failures.some((f) => /\b(?:you|your|you're|you've)\b/.test(f) || !/\b(?:i|my|me|i'm|i've|mine)\b/.test(f)) &&
        !LAUGH.test(text) &&
        !/[❤🥰😍🎉]|\b(?:sorry|proud of you|love you|congrat\w*|so happy|improv\w*|better than|last time|up from)\b/u.test(
          text,
        )
      );
    },
  },
  // "Lovely. Really lovely way to talk to your mother."
  {
    category: "CONTEMPT",
    re: /\b(?:lovely|nice|great|charming|wonderful|delightful|beautiful|fantastic) way to (?:talk|speak) to (?:me|us|your (?:mother|father|mom|mum|dad|parents|grandmother|grandfather|nan|nana|grandma|grandpa))\b/g,
    severity: 2,
    explain: SARCASM_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index),
  },
];

// --- Dismissal: a feeling waved off ----------------------------------------------------
const FEELINGS =
  "(?:tired|exhausted|pain|stress|stressed|hard work|loss|real loss|hunger|hungry|struggle|struggling|exhaustion|hardship|suffering|busy|trauma|grief|sad|sadness|depression|depressed|anxiety|lonely|loneliness|problems|real problems|pressure|heartbreak)";
export const TONE_DISMISSAL: Rule[] = [
  {
    category: "STONEWALLING",
    re: new RegExp(
      // "You don't know what real loss is", "You don't know tired", "you have no idea what stress is".
      `\\b(?:you|u) (?:don't|do not|dont) (?:even )?know (?:what )?(?:real |true )?${FEELINGS}(?: is| means| looks like| feels like)?\\b` +
        `|\\b(?:you|u) have no idea what (?:real |true )?${FEELINGS} (?:is|means|looks like|feels like)\\b` +
        `|\\b(?:don't|do not) (?:even )?know the meaning of the word\\b` +
        // "You're sixteen. You don't know…", "Tired? You are sixteen."
        `|\\b(?:you're|you are) (?:only |just )?(?:1[0-9]|thirteen|fourteen|fifteen|sixteen|seventeen|a teenager|a kid|a child)[.,!]\\s*(?:(?:you|u) (?:don't|do not|can't|cannot|have no|haven't)\\b|\\w+\\.\\s*$)` +
        // "Nobody cares about TikTok drama, bud", "dad nobody cares about ur army stories".
        `|\\b(?:nobody|no one) cares about (?:your|the|this|that|these|those|\\w+ (?:drama|stories|problems|feelings))\\b` +
        // "I haven't got time for your moods today".
        `|\\b(?:haven't got|have not got|don't have|do not have|got no|have no|no) time for (?:your|this|these|all (?:your|this)) (?:moods?|drama|attitude|feelings|tantrums?|whining|nonsense|excuses|sulking|theatrics|meltdowns?|crying|complaining)\\b` +
        // "Resent me all you like, it doesn't change anything".
        `|\\b(?:cry|complain|resent me|hate me|sulk|whine|moan|be mad|be angry|pout|argue)(?: about it)? all (?:you|u) (?:like|want)\\b[^.?!]{0,6}[.,;]?\\s*(?:it|that)(?: still)? (?:doesn't|won't|does not|will not) change\\b` +
        // "Stop turning the adoption into some big tragedy", "dont make it a big thing".
        `|\\b(?:stop|quit|don't|do not) (?:make|making|turn|turning) (?:it|this|that|everything|the \\w+|\\w+)? ?(?:into )?(?:a|some|such a) (?:big |huge )?(?:deal|thing|tragedy|drama|fuss|production|crisis)\\b|\\b(?:stop|quit) making a fuss\\b` +
        // An order to get past a hurt: "Sore? Suck it up.", "You're fine. Walk it off."
        `|(?:^|[.!?]\\s*|,\\s*)(?:just |so |you (?:need|have) to |you'll have to )?(?:suck it up|walk it off|toughen up|man up|rub some dirt on it)\\b` +
        // A feeling denied with a reason: "ur not actually hurt that i dont wanna come, ur just being extra",
        // "You don't miss your mom, you saw her Thursday."
        `|\\b(?:you're|you are) not (?:actually |really |even )?(?:hurt|sad|upset|lonely|stressed|scared|tired|depressed|anxious)\\b[^.?!]{0,40}?\\b(?:you're|you are) (?:just|only) (?:being )?\\w+` +
        `|\\b(?:you|u) (?:don't|do not) (?:really |actually )?(?:miss|feel) (?:\\w+ ){0,2}\\w+[,.;]\\s*(?:you|u) (?:just |only )?(?:saw|see|have|had|were|talked|spoke|called)\\b` +
        // "you miss nana so what", "ok. and?".
        `|\\b(?:you|u) (?:miss|feel|felt|are|were|got|get|cried)\\b[^.?!]{0,25}\\bso what\\b|^\\s*(?:ok|okay|k|yeah|sure)[.,]?\\s+and\\?`,
      "g",
    ),
    severity: 1,
    explain: DISMISS_EXPLAIN,
    keep: (m, text) =>
      !negatedBefore(text, m.index) &&
      !LAUGH.test(text) &&
      // "Nobody cares about the dent, we're just glad you're safe" is reassurance.
      (!/^nobody|^no one/.test(m[0]) ||
        !/\b(?:glad|safe|okay|ok|fine|don't worry|it's ok|love you|proud)\b/.test(text)),
  },
  // "When I was your age I had nothing and I was first in class. You have everything…",
  // "i worked two jobs at your age and i did not complain".
  {
    category: "STONEWALLING",
    re: /\b(?:when i was|at) your age\b/g,
    severity: 1,
    explain: DISMISS_EXPLAIN,
    keep: (_m, text) =>
      /\b(?:did not|didn't|never|wouldn't|would not) (?:complain|cry|whine|moan|get to|have the luxury)\b|\b(?:you have|you've got|you got) everything\b|\b(?:and|but|yet) (?:you|u) (?:can't|cannot|won't|don't|complain|cry|give me)\b/.test(
        text,
      ) && !LAUGH.test(text),
  },
];

// --- Shutting the conversation ------------------------------------------------------------
const SHUTDOWN_EXPLAIN =
  "Shutting down leaves the other person alone with the problem. If you need a break, ask for one — that is allowed.";
export const TONE_SHUTDOWN: Rule[] = [
  {
    category: "STONEWALLING",
    // "whatever dad", "this conversation is finished", "im done talkin about this", "cba with this convo".
    re: /^\s*whatever,?\s+(?:mom|mum|dad|mother|father|nan|nana|gran|grandma|grandpa|bro|sis)\s*[.!]*\s*$|\b(?:this|the) (?:conversation|convo|discussion) is (?:over|finished|done|ended)\b(?!\s+(?:at|by|in|when|until|after|before|for today)\b)|\bi'm done (?:talking|talkin|discussing|arguing)(?: about (?:this|it|that))?\s*(?:[.!]|$)|\bcba with (?:this|you|it|the)\b/g,
    severity: 1,
    explain: SHUTDOWN_EXPLAIN,
    keep: (_m, text) => !LAUGH.test(text),
  },
];

// --- Wounding: another family preferred, disowning, regret, sacrifice held against them ---
const RELATIVE = "(?:mom|mum|dad|mother|father|parents|kids|children|son|daughter|family)";
/** What makes another family's parent or child a comparison with you: their own child, "just saying", "than you". */
const COMPARED =
  /\bjust saying\b|\b(?:his|her|their) (?:own )?(?:kids?|children|son|daughter|parents|mom|mum|dad|favou?rite|games?|recitals?|hackathon|shows?|birthday)\b|\b(?:unlike|than) (?:you|u)\b|\b(?:she|he|they) actually (?:gets?|listens?|cares?|understands?) me\b/;
export const TONE_WOUNDING: Rule[] = [
  {
    category: "CONTEMPT",
    re: new RegExp(
      // "kezia's dad actually knows her favourite colour", "Kristen's kids actually want to spend time with their parents".
      `\\b(?:[a-z]+'s|other|everyone else's|my friends'?) ${RELATIVE}s? (?:actually|at least|even|really) (?:know|knows|want|wants|care|cares|listen|listens|get|gets|love|loves|show up|shows up|came|come|comes|like|likes|spend|spends|remember|remembers|ask|asks|try|tries|get to|talk|talks)\\b` +
        // "daniel's mom came to his hackathon. just saying".
        `|\\b(?:[a-z]+'s|other|everyone else's|my friends'?) ${RELATIVE}s?\\b[^.?!]{0,50}[.!]?\\s*just saying\\b` +
        // "i like it better at moms, she actually gets me".
        `|\\b(?:like|love|prefer) it (?:better|more) at (?:[a-z]+'s|moms|dads|mums)\\b`,
      "g",
    ),
    severity: 2,
    explain: WOUND_EXPLAIN,
    keep: (m, text) =>
      COMPARED.test(text) &&
      !negatedBefore(text, m.index) &&
      !LAUGH.test(text) &&
      !/\b(?:thank you|thanks|proud of you|love you|so happy for you)\b/.test(text),
  },
  {
    category: "CONTEMPT",
    re: new RegExp(
      // "not your son.", "not your kid. never was.", "tasha's my mom. you're the backup."
      `(?:^|[.!?]\\s*)(?:i'm |i am )?not (?:your|ur) (?:son|kid|daughter|child|boy|girl)(?:\\s*[.!]|\\s*$|,? never (?:was|will be))|\\b(?:you're|you are) (?:just )?(?:the|my) (?:backup|replacement|substitute|stand-in|second choice|plan b)\\b` +
        // Regret and shame: "Some days I honestly wonder if we made a mistake", "I don't know what I did wrong to get a son like this".
        `|\\bwonder(?:ing)? if (?:we|i) made a mistake\\b|\\bwhat (?:did i do|i did) (?:wrong )?to (?:get|deserve) (?:a|an) (?:son|daughter|kid|child|boy|girl) like (?:this|you)\\b` +
        `|\\b(?:see|get|understand|know) why (?:your|ur) (?:mom|mum|dad|father|mother) (?:wanted out|left|walked out|gave up|didn't stay)\\b` +
        `|\\b(?:i'm |i am )?(?:embarrassed|ashamed) to (?:tell|admit to|say to) (?:people|anyone|everyone|my \\w+)\\b|\\btired of (?:lying|making excuses|covering) for (?:you|u)\\b|\\bget to make excuses for (?:you|u)\\b` +
        // Sacrifice held against them: "After everything we went through to bring you home, this is the thanks we get",
        // "I carried you for nine months and now you can't…", "i did not leave ghana and work two jobs for you to draw cartoons".
        `|\\bthis is the thanks (?:i|we) get\\b|\\bi (?:carried|raised|fed|gave up|left|worked|sacrificed|paid)\\b[^.?!]{0,60}\\band now (?:you|u) (?:can't|cannot|won't|don't)\\b|\\bi (?:did not|didn't) (?:leave|work|give up|sacrifice|come)\\b[^.?!]{0,60}\\bfor (?:you|u) to\\b` +
        // A grudge kept: "I'll remember this the next time you need something from me", "you will remember how you treated me".
        `|\\b(?:i'll|i will) remember this\\b[^.?!]{0,20}\\b(?:next time|when)\\b|\\byou(?:'ll| will) remember how you treated me\\b`,
      "g",
    ),
    severity: 2,
    explain: WOUND_EXPLAIN,
    keep: (m, text) =>
      // "I don't know what I did wrong to get a son like this" is not a denial.
      (!negatedBefore(text, m.index) || /^what /.test(m[0])) &&
      !LAUGH.test(text) &&
      !/\b(?:thank you|(?<!the )thanks|proud of you|love you|so happy for you)\b/.test(text),
  },
];

/**
 * The model may not veto these: they find hurt with no hostile word, where a model of the words
 * finds the message calm (out of fold it vetoed 9 of the 68 hostile lines they found in 22–25),
 * and none of them fires on a calm line of the 11,000 labelled ones.
 */
export const TONE_RULES: Rule[] = [
  ...TONE_SELF_HARM,
  ...TONE_BLAME,
  ...TONE_THREAT,
  ...TONE_SARCASM,
  ...TONE_DISMISSAL,
  ...TONE_SHUTDOWN,
  ...TONE_WOUNDING,
].map((rule) => ({ ...rule, firm: true }));
