// Rules written as concepts combined with structure, not as the phrases of
// one batch: self-harm is "I" + a wish, a plan or a belief + an idea of not
// being there (death, disappearing, never waking up, being a burden, not
// needing one's things); dismissal is an order aimed at the other person
// about their feelings; contempt is a rhetorical question at "you" or praise
// with a sting; wounding is love, pride or preference withdrawn. Each has
// calm look-alikes in tests/unit/concept-rules.test.ts ("this homework is
// killing me", "I could sleep for a week", "do you actually think it'll rain?").
import { negatedBefore, type Rule } from "./lexicon";
import { netValence, valence } from "./message-features";
import { BLAME_EXPLAIN, SARCASM_EXPLAIN, THREAT_EXPLAIN, WOUND_EXPLAIN } from "./explanations";

const SELF_HARM_EXPLAIN =
  "It sounds like you might be going through something really heavy. Your counselor will see this and check in with you — you don't have to carry it alone.";
const DISMISS_EXPLAIN =
  "This brushes the other person's feelings aside and shuts the conversation down. If you need a break, ask for one — that is allowed.";
const QUESTION_EXPLAIN =
  "A question asked to make someone feel small is not really a question. Say what bothers you directly.";
const ABSOLUTE_EXPLAIN =
  "“Always” and “never” turn one problem into a verdict on the whole person, so they argue with the word instead of hearing the problem.";

// --- Self-harm: first person + wish / plan / belief + not being there -------
/**
 * "I want to disappear under a blanket and watch movies", "I think about death a lot since grandpa
 * died", "If I fail this chem final I'm going to die lol": comfort, grief and a forecast with a laugh
 * or a mundane "if" are figures of speech. A plain wish ("I want to die") is never excused.
 */
export function figureOfSpeech(m: RegExpExecArray, text: string): boolean {
  // "i just want to disappear for a while. like permanently": the sender takes the excuse back.
  if (/\b(?:permanently|for good|not (?:coming|going) back|never coming back|for real this time)\b/.test(text))
    return false;
  if (
    /\b(?:grandpa|grandma|grandfather|grandmother|funeral|movie|book|show|blanket|for (?:a|the|one|two|a few) (?:day|days|week|weeks|weekend|while|bit|night|hour|hours|month|summer)|and go \w+|under the covers|into my room|embarrass\w*|this weekend|after (?:finals|exams|the test))\b/.test(
      text.slice(m.index, m.index + m[0].length + 40),
    )
  )
    return true;
  return (
    /\b(?:going to|gonna|might|could just)\b/.test(m[0]) &&
    /\b(?:lol|lmao|haha|jk|if i (?:fail|have to|get|don't|miss|see|hear|eat|lose))\b|[😂🤣💀]/u.test(text)
  );
}
/** Ideas of not being there, in words nobody has to list twice. */
const GONE =
  "(?:the bridge|the roof|the tracks|jumping off|the pills|die|dying|dead|death|disappear(?:ing|ed)?|vanish(?:ing)?|stop existing|not exist(?:ing)?|exist anymore|not be (?:here|around|alive)|be gone|gone for good|not wake up|never wake up|didn't wake up|not waking up|never waking up|sleep forever|end (?:it|it all|things|everything|my life)|ending it|kill(?:ing)? myself|hurt(?:ing)? myself|cut(?:ting)? myself|unalive|be a burden|being a burden|a burden)";
export const SELF_HARM_CONCEPTS: Rule[] = [
  // "I just think about disappearing a lot", "sometimes I wish I wasn't here anymore", "I deserve to hurt".
  {
    category: "SELF_HARM",
    re: new RegExp(
      `\\b(?:i|i'm|i've|i'd)\\b(?:\\s+(?:just|really|honestly|sometimes|kind of|kinda|still|keep|always|even|a lot|lately|been|have been))*\\s+(?:think(?:ing)? (?:about|of)|wish(?:ed)?(?: i could)?|want(?:ed)? to|wanna|plan(?:ning)? to|going to|gonna|might|should|deserve to|could just|dream about|fantasi[sz]e about)\\s+(?:just\\s+)?${GONE}`,
      "g",
    ),
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    // "I think about death a lot since grandpa died" is grief, not a wish; "I want to disappear under a blanket and watch movies" is comfort.
    keep: (m, text) => !figureOfSpeech(m, text),
  },
  // Acts and plans: "i started cutting again", "i took a bunch of my pills to see if id wake up", "ill just stop eating then".
  {
    category: "SELF_HARM",
    re: /\b(?:(?:started|been|am|i'm|keep) cutting (?:myself|again)|cutting (?:myself|again)\b|(?:started|been) cutting\s*(?:[.!]|$)|relapsed|took (?:a bunch of |all (?:of )?|too many of |a lot of |a handful of )(?:my |the )?(?:pills|meds|medication|sleeping pills)|(?:to )?see if i(?:'d| would)? wake up|i'll be gone (?:soon|forever|for good)|(?:i'll|i'm going to|i'm gonna) (?:just )?stop eating|if i (?:just )?(?:disappeared|died|vanished|was gone|were gone|was dead|were dead|killed myself)|if something (?:happens|happened) to me\b[^.?!]{0,40}\b(?:insurance|at least|better off|you'll|won't have to)|(?:when|after|once) i'm gone\b[^.?!]{0,40}\b(?:you|everyone|nobody|no one))/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
    keep: (m, text) => !figureOfSpeech(m, text),
  },
  {
    category: "SELF_HARM",
    re: /\bi deserve to (?:hurt|suffer|die|be hurt|feel pain|be in pain|disappear)\b/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
  },
  // "I wish I wasn't here anymore", "I wish I'd never been born".
  {
    category: "SELF_HARM",
    re: /\bwish i (?:wasn't|weren't|was not|were not) (?:here|alive|around|born)(?! (?:for|at|in|on|with|when|today|tonight|this))|\bwish i(?:'d| had)? never been born\b/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
  },
  // Not being around later: "I don't see myself being around by then", "I won't be using it for long", "soon it won't be your problem".
  {
    category: "SELF_HARM",
    re: /\b(?:(?:don't|can't|do not|cannot) (?:really |honestly |even )?see myself (?:being )?(?:around|here|alive|making it)|i won't be (?:around|here|using (?:it|them|this)) (?:for long|much longer|by then|anymore|next)|(?:i'm|i am) not going to (?:need|be needing) (?:it|them|my \w+|any of (?:it|this))|won't need (?:it|them|my \w+) (?:anymore|where i'm going)|(?:soon|one day soon) (?:it|i) won't be your problem|won't have to (?:deal with|worry about|put up with) me (?:much )?(?:longer|anymore|soon)|in case i don't (?:get to|get the chance to) (?:say it|tell you|see you)|(?:wrote|writing|left) (?:letters|notes|a letter|a note) (?:to|for) (?:everyone|you all|each of you|my family)|giving (?:my stuff|my things|away my|all my \w+) away|(?:would|it'd|it would) be (?:a )?relief if i (?:didn't|did not|never|wasn't|weren't|was gone|died)|if i (?:didn't|did not) wake up\b[^.?!]{0,40}\b(?:relief|better|easier|fine|okay|ok))\b/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
  },
  // Life without a point: "I just don't see the point of anything anymore", "I don't know why I bother getting up".
  {
    category: "SELF_HARM",
    re: /\b(?:(?:don't|can't|do not|cannot) see (?:the|any) point (?:of|in) (?:anything|living|life|going on|being here|getting up|waking up|trying anymore)|(?:don't|do not) know why i (?:even )?bother (?:getting up|waking up|living|being here|trying anymore)|tired of (?:being alive|living|existing|being a burden|waking up)|(?:no|nothing to) (?:reason|point) (?:to|in) (?:keep going|going on|living|waking up|being here))\b/g,
    severity: 3,
    explain: SELF_HARM_EXPLAIN,
  },
];

// --- Dismissal: brushing the other person's feelings or problem aside --------
export const DISMISSAL_CONCEPTS: Rule[] = [
  // "That's your problem, not mine", "so? not my issue", "why is that supposed to matter to me".
  {
    category: "STONEWALLING",
    re: /\b(?:(?:that's|that is|it's|sounds like) (?:your|a you) (?:problem|issue|business)|not my (?:issue|problem|concern)(?![^.?!]*\b(?:alone|together|can we|let's)\b)|(?:why|how) (?:is|would|should) (?:that|this|it) (?:be )?(?:supposed to )?matter to me|(?:why|how) is (?:that|this) my (?:problem|issue|concern)|i (?:just )?(?:don't|do not) care\s*[.!]*$|i hear you,? (?:i )?(?:just|but i) (?:don't|do not) care|don't bother me with|(?:message|text|call) me when (?:this|it|you're|you are) (?:is )?(?:over|done)|(?:putting|put) my headphones (?:in|on)|(?:not|i'm not) (?:talking|doing) (?:about )?(?:this|that|it)(?: again| now| anymore)?\s*(?:[.!]|$)|next topic\s*(?:[.!]|$|or\b)|or i'm logging off|^\s*i'm logging off\s*[.!]*\s*$|two can play (?:that|this) game)/g,
    severity: 1,
    explain: DISMISS_EXPLAIN,
    keep: (m, text) => !/\b(?:worry|worried|promise)\b/.test(text.slice(Math.max(0, m.index - 30), m.index)),
  },
  // An order about the other person's feelings: "stop crying about it", "stop making it a thing", "nobody died".
  {
    category: "STONEWALLING",
    re: /\b(?:stop|quit) (?:crying|whining|complaining|moaning|sulking|pouting|sniveling|being (?:so )?(?:dramatic|sensitive|emotional|a baby)|making (?:it|this|everything) (?:a thing|a big deal|about you)|acting like (?:it's|this is) the end of the world)\b|\bnobody died\b|\byou don't have (?:real|actual) problems\b|\b(?:is|it's) just an excuse (?:to|for|not to)\b|\bwait (?:till|until) you have (?:a mortgage|bills|a real job|real problems)\b/g,
    severity: 1,
    explain: DISMISS_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index),
  },
  // Very short shut-downs: "done.", "...k", "nope. not doing this", "get out".
  {
    category: "STONEWALLING",
    re: /^\s*(?:\.{2,}\s*k+|done|nope|nah|get out|bye)\s*[.!]*\s*$|^\s*nope[.!,]\s+not (?:doing|talking|happening|discussing|listening)\b/g,
    severity: 1,
    explain: DISMISS_EXPLAIN,
  },
];

// --- Contempt: rhetorical questions at "you", praise with a sting -----------
const RHETORICAL =
  /(?:^|[.!?]\s*)(?:oh,?\s+|so,?\s+|wow,?\s+|honestly,?\s+|seriously,?\s+)*(?:do you (?:actually|really|honestly|seriously|even) (?:think|believe|expect) (?:anyone|anybody|people|i'm|i'd|i would|i will|i care|that's|you can|you're|this is)|is that (?:what you call an? (?:apology|effort|answer|job|clean|cleaning|help|parenting|room)|supposed to be|your idea of)|are you (?:five|two|twelve|a child|a toddler|deaf|blind|kidding|joking|high|drunk)\s*\?|what are you,|should (?:i|we) (?:throw you|call someone|get you|give you|clap|be impressed|be grateful)|who do you think you(?:'re| are)|since when do you|(?:so )?now (?:you|u) (?:care|want to talk|have feelings|remember|listen)|how (?:is|was) (?:that|this|it) (?:my|our) (?:fault|problem)|do i look like (?:your|a|an)|what did you expect|what else is new|and whose fault is that|where (?:were|was) (?:you|that) when)[^.?!]*(?:\?|$)/g;
export const CONTEMPT_CONCEPTS: Rule[] = [
  {
    category: "CONTEMPT",
    re: RHETORICAL,
    severity: 2,
    explain: QUESTION_EXPLAIN,
    // "Do you actually think it'll rain?" asks about the world; a rhetorical one is about the person or lands with no warmth.
    keep: (m, text) =>
      !/\b(?:rain|snow|weather|work for|fit|help|be open|be there on time|like it|want to come)\b/.test(m[0]) &&
      netValence(text) <= 2,
  },
  // Praise with a sting: "wow. thanks.", "great job mom", "Congrats, you played yourself", "gold star for me I guess".
  {
    category: "CONTEMPT",
    re: /^\s*(?:wow|oh wow)[.,!]*\s+(?:thanks|thank you|great|cool|nice|ok|okay)\s*[.!]*\s*$|^\s*(?:great|nice|good) (?:job|going|work|one),? (?:mom|dad|mother|father|genius)\s*[.!]*\s*$|\bcongrat\w*,? you (?:played yourself|did it again)|\bgold star for (?:me|you)\b|\bgreat parenting\b|\bnice try\b[^.?!]{0,40}\b(?:mom|dad|lol|but|we all know)|\bshould (?:we|i) throw you a (?:parade|party)|\bhere come(?:s)? the (?:waterworks|tears|drama|lecture)\b|\bact your age\b|\blet me know when you (?:get to the (?:part|chapter)|actually|finally|learn)\b|\bi'm glad you finally\b|\bfrom what,? exactly\b|\byour precious \w+/g,
    severity: 2,
    explain: SARCASM_EXPLAIN,
    keep: (m, text) =>
      !negatedBefore(text, m.index) && !/[❤🥰😍]|\b(?:proud of you|love you|so happy for you)\b/u.test(text),
  },
  // Mock celebration and mock expertise: "alert the media", "so now you're an expert on finances?", "👏 congrats 👏", "cute that u think ur in charge".
  {
    category: "CONTEMPT",
    re: /\b(?:alert the (?:media|press)|stop the presses|mark (?:the|your) calendar|someone call the (?:news|papers)|did (?:you|u) get that (?:off|from) a (?:fridge magnet|fortune cookie|poster|mug))\b|(?:so now|sure,?|oh,?|suddenly|totally) (?:you're|you are)(?: totally| suddenly| now)? (?:an? )?(?:expert|genius|authority|pro|professional|doctor|lawyer)\b|👏[^👏]{1,20}👏|\b(?:it's )?cute (?:that|how) (?:you|u) (?:think|believe|act|pretend)|\bpoor (?:baby|thing)\b(?![^.?!]*(?:❤|🥺|hug|feel better))|(?:^|[.!?]\s*)(?:very|so|real|how|that's) (?:convincing|original|deep|smooth|mature|hilarious|believable|brave)\s*(?:[.!?]|,\s*(?:did|do|are|is) (?:you|u)\b)|\b(?:and|but) you can't even\b|\bsince i'm (?:so|such a) (?:terrible|awful|horrible|bad|mean|monster)/gu,
    severity: 2,
    explain: SARCASM_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index) && !/[😂🤣❤🥰]|\b(?:lol|haha|love you|proud of you)\b/u.test(text),
  },
  // A word in scare quotes said of the other person: "Sure, you're 'exhausted.'", "your 'job'".
  {
    category: "CONTEMPT",
    re: /\b(?:you're|you are|you were|your|you call that|so|such a|real|nice)\s+['"“‘]\w+[.,!?]?['"”’]|\b(?:sure|oh|right|yeah),?\s+['"“‘]\w+[.,!?]['"”’]/g,
    severity: 2,
    explain: SARCASM_EXPLAIN,
  },
  // Wounding by comparison or withdrawn love, pride or preference.
  {
    category: "CONTEMPT",
    re: /\bmore of a (?:mom|mother|dad|father|parent|family) (?:to me )?than you\b|\byou're (?:getting|turning|becoming) (?:more |just )?(?:like|into) (?:your \w+|grandpa|grandma|him|her)\b|\b(?:i get|i understand|no wonder|i see) why (?:dad|mom|he|she|your \w+) left\b|\bi'd leave too\b|\bwish i(?:'d| had)? (?:gone|moved|went) (?:to live )?with (?:dad|mom|my dad|my mom|him|her)\b|\bat least (?:dad|mom|he|she) (?:likes|loves|cares about|wants) me\b|\bwish (?:dad|mom|my dad|my mom|he|she) (?:got|had|gotten) (?:custody|me)\b|\bi (?:don't|do not) (?:love|like) you(?: the way| anymore| at all| like i)|\bused to be proud (?:to be|of) (?:you|your)\b|\bnot sure i (?:am|love you|like you|want you) ?(?:anymore)?\b|\bif i (?:hadn't|had not|never) had (?:you|kids|children)\b|\byou picked (?:him|her|them|\w+) over me\b|\bi want you to feel (?:that|it|this)\b|\bnot coming to your (?:wedding|graduation|birthday|funeral)\b|\bnobody (?:even )?(?:went|came) to (?:his|her|your) funeral\b|\bmy real (?:mom|dad|mother|father|parents?) (?:would never|wouldn't|would not|would actually|would care|would understand|would let|would treat)\b|\bbetter than (?:you|u) ever (?:could|did|will|have|were)\b|\bnever (?:telling|tell|trusting|trust|talking to|speaking to) (?:you|u) (?:anything )?(?:ever )?again\b|\bregret (?:ever )?(?:agreeing to |deciding to )?(?:having|taking|adopting|marrying|meeting|take|have|adopt|raising) (?:you|your \w+)\b|\b(?:your|my) (?:father|mother|dad|mom|grandma|grandpa|grandfather|grandmother) would be (?:ashamed|disappointed|embarrassed|horrified) (?:of|in|by) you\b|\b(?:go|should go|can go) live with your (?:dad|mom|father|mother)\b(?=[^.?!]*\b(?:since|then|if you hate|if you don't like|see how)\b)/g,
    severity: 2,
    explain: WOUND_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index),
  },
];

// --- Threats: a destructive "I'll" aimed at the other person or their things ---
const DESTROY = /\b(?:smash|break|burn|throw (?:out|away)|trash|destroy|ship you|send you|sell|toss|wreck)\b/;
export const THREAT_CONCEPTS: Rule[] = [
  {
    category: "THREAT",
    re: /\b(?:i'll|i will|i'm going to|i'm gonna|i swear i'll)\s+(?:just\s+)?(\w+(?:\s+\w+)?)\s+(?:you|your|yours|that|this|those|it|all|them)\b[^.?!]{0,30}/g,
    severity: 2,
    explain: THREAT_EXPLAIN,
    keep: (m, text) =>
      DESTROY.test(m[0]) &&
      !negatedBefore(text, m.index) &&
      !/\b(?:break it to you|break the news|send you (?:a|the|my|some|pics|it|a link)|sell (?:it|them) (?:online|for you)|throw (?:you )?a party)\b/.test(
        m[0],
      ),
  },
  {
    category: "THREAT",
    re: /\b(?:you won't like what happens|watch what happens|you'll (?:just )?be doing it somewhere else|(?:or|and) (?:don't|do not) (?:come|bother coming) (?:home|back)|(?:and|or) (?:you're|your|ur|you are) dead to me)\b/g,
    severity: 2,
    explain: THREAT_EXPLAIN,
  },
];

// An order with "or" and a consequence: "unfreeze my card or i swear ill drop out".
THREAT_CONCEPTS.push({
  category: "THREAT",
  re: /(?:^|[.!?]\s*)[a-z']+\b[^.?!]{0,50}?\bor (?:i swear |else )?(?:i'll|i will|i'm going to|i'm gonna|i'm)\b([^.?!]*)/g,
  severity: 2,
  explain: THREAT_EXPLAIN,
  // The consequence must escalate or take something away: "or I'll make pasta, tell me" is a choice.
  keep: (m) =>
    /\b(?:drop out|move out|run away|leave (?:home|forever|for good|this house)|quit (?:school|the team)|not coming (?:home|back)|never (?:speak|talk|come|see)|report you|sell your|take (?:away )?your|cancel your|tell (?:dad|mom|everyone|your)|stop (?:paying|driving you|talking to you))\b/.test(
      m[1] ?? "",
    ),
});

// A label as a sentence of its own, aimed at "you": "Ungrateful. That's the only word for you.", "Selfish. Just selfish."
export const LABEL_SENTENCE: Rule = {
  category: "INSULT",
  re: /(?:^|[.!?]\s+)([a-z]+)(?:\s+([a-z]+))?\s*[.!]+(?=\s|$)/g,
  severity: 2,
  explain:
    "This labels the person rather than describing what happened. Labels make people defend themselves instead of listening.",
  keep: (m, text) =>
    [m[1], m[2]].some(
      (w) =>
        w !== undefined &&
        valence(w) <= -2 &&
        !/^(?:sorry|sad|tired|hurt|ugh|worried|scared|stressed|upset|lonely|sick|exhausted|no|nope|bad|damn|dang|crap|shoot|yikes|ouch|oops|whoa|wow|fail|bummer|dead|rip|awkward|weird|gross|ew|rough|terrible|awful|brutal)$/.test(
          w,
        ),
    ) &&
    (/\b(?:you|your)\b/.test(text) || /^\s*(\w+)\.\s+(?:just\s+)?\1\b/.test(text)),
};

// --- Blame and absolutes in other shapes -------------------------------------
export const BLAME_CONCEPTS: Rule[] = [
  {
    category: "BLAME",
    re: /\bi (?:wouldn't|would not|wouldn't have to|wouldn't need to)\b[^.?!]{0,50}\bif (?:you|u) (?:didn't|hadn't|had|did|would|weren't|wasn't|just)\b|\bif (?:you|u) (?:had(?:n't)?|did(?:n't)?|would(?:n't)?|just)\b[^.?!]{0,60}?,?\s*i (?:wouldn't|would not|would never|wouldn't have)\b|\bi only \w+(?: \w+)? (?:because|cause) (?:you|u) (?:took|made|yelled|lied|started|forced|wouldn't|didn't|never|kept|freaked)\b|\bbecause of your \w+|\byou (?:embarrassed|humiliated|betrayed|disrespected) me\b|\b(?:it's|its|it is) always my fault\b|\b(?:look in the mirror|(?:so )?you caused (?:it|this|all of this)|because of the (?:choices|decisions|mistakes) you|i'm not the (?:problem|one with the (?:\w+ )?problem)|(?:the )?problems? started when you|you push and push|because of your (?:choices|decisions|attitude|behavior|drinking|temper))\b/g,
    severity: 1,
    explain: BLAME_EXPLAIN,
    // "If you hadn't driven me I wouldn't have made it, thank you" is gratitude in the same shape.
    keep: (m, text) =>
      (!negatedBefore(text, m.index) || /^i'm not the/.test(m[0])) &&
      !/\b(?:thank|thanks|grateful|glad|appreciate|helped|proud of you|love you|lol|lmao|haha)\b|[😂🤣]/u.test(text) &&
      // "because of your advice I got the job", "you embarrassed me a little but it was funny": the cause is welcome.
      (!/^(?:because of your|you (?:embarrassed|humiliated|betrayed|disrespected))/.test(m[0]) ||
        netValence(text) < 0 ||
        /^because of your (?:choices|decisions|attitude|behavior|behaviour|drinking|temper|lies|lying|mistakes|drama|divorce)/.test(
          m[0],
        )),
  },
  {
    category: "BLAME_ABSOLUTE",
    re: /\bevery (?:single )?(?:conversation|talk|discussion|time|argument|day|dinner|trip) (?:with|from) you\b|\bevery (?:single )?time\b[^.?!,]{1,40}?\byour\b|\b(?:always|never) (?:an excuse|a reason|something|somebody else's fault|someone else's fault)\b[^.?!]{0,20}\bwith you\b|\bit's always (?:somebody|someone) else's fault\b|\byou(?:'ve| have)? (?:\w+ ){0,3}(?:every single time|every time) i\b|^\s*every (?:single )?time,? (?:mom|dad)\b|\byou have (?:literally )?never (?:once|ever)\b/g,
    severity: 2,
    explain: ABSOLUTE_EXPLAIN,
    keep: (m, text) =>
      !negatedBefore(text, m.index) &&
      (netValence(text) <= 1 || /\b(?:never (?:once|ever)|every (?:single )?time i)\b/.test(m[0])),
  },
];

export const CONCEPT_RULES: Rule[] = [
  ...SELF_HARM_CONCEPTS,
  ...DISMISSAL_CONCEPTS,
  ...CONTEMPT_CONCEPTS,
  ...THREAT_CONCEPTS,
  ...BLAME_CONCEPTS,
  LABEL_SENTENCE,
];
