// Rules about the shape of what is said rather than its exact words: a
// negative word said of "you" (not of oneself or a thing), an "if you … I'll …"
// whose consequence takes something away, blame placed on the other person
// without "always/never", dismissal, words that wound the relationship itself,
// sarcasm markers, and rhetorical put-down questions. Matched on normalized
// text (normalize-typing.ts), so "ur", "u" and "dont" need no variants here.
import { negatedBefore, type Rule } from "./lexicon";
import { netValence, valence } from "./message-features";
import { BLAME_EXPLAIN, SARCASM_EXPLAIN, THREAT_EXPLAIN, WOUND_EXPLAIN } from "./explanations";
import { figureOfSpeech } from "./concept-rules";

/** Feelings said of the other person are empathy, not a label ("you're upset"). */
const FEELINGS = new Set(
  "swearing yelling screaming shouting crying fighting arguing sad upset scared worried stressed tired hurt sorry afraid anxious lonely sick frustrated angry mad disappointed overwhelmed exhausted nervous bored confused late ill wrong alone busy struggling crying grieving nervous sore injured jealous embarrassed ashamed bad lost missing".split(
    " ",
  ),
);
/** Words of a consequence that takes something away or pushes someone out. */
const DEPRIVATION =
  /\b(not coming (?:home|back)|drop out|next plane|on a plane|ship(?:ping)? you|sent away|send you|take|taking|took|moving in with|move in with|don't expect|not going|i won't|see what happens|somewhere else|another place|lose|losing|gone|grounded|out|kick|kicked|done|over|trash|sell|selling|cancel|cancelling|forget|never|no more|pull|pulling|call|calling|changing the locks|regret|sorry|consequences|delete|deleting|away|bother|leave|leaving|move out|moving out|stop|cut|cutting|telling|tell|report|send|sending|confiscat\w*|block|blocking|paying|pay for|no phone|no car|no friends|no money|the last time|boarding|military)\b/;

/** Words the lexicon rates warm that here only hedge or compare ("kind of a loser", "like a moron"). */
const HEDGES = new Set(["like", "kind", "pretty", "well", "sort", "please"]);
const SECOND = /\b(?:you|you're|your|yourself|you've|you'll)\b/;
const INSULT_EXPLAIN =
  "This labels the person rather than describing what happened. Labels make people defend themselves instead of listening.";
const DISMISS_EXPLAIN =
  "This dismisses the other person and shuts the conversation down. If you need a break, ask for one — that is allowed.";

export const STRUCTURE_RULES: Rule[] = [
  // A negative word said of the other person: "you're so dense", "you act like a child", "you drive like a moron".
  {
    category: "INSULT",
    re: /\b(?:you're|you are|you were|you sound|you look|you act|you seem|you behave|you drive|you talk|you dress|so are you|and so are you|you guys are|you two are)\s+((?:[a-z']+\s+){0,5}[a-z']+)/g,
    severity: 2,
    explain: INSULT_EXPLAIN,
    keep: (m, text) => {
      if (negatedBefore(text, m.index)) return false;
      // "You're going to destroy them today!" foretells an action; it does not describe the person.
      if (/^(?:going to|about to|gonna)\b/.test(m[1])) return false;
      const words = m[1].split(/\s+/);
      for (let k = 0; k < words.length; k++) {
        const word = words[k];
        if (/^(not|never|no|isn't|wasn't)$/.test(word)) return false;
        // "ur the best istg" (I swear): praise first, and an oath is not a label.
        if (valence(word) >= 2 && !HEDGES.has(word)) return false;
        if (word === "swear" && words[k - 1] === "i") return false;
        if (!FEELINGS.has(word) && valence(word) <= -2) return true;
      }
      return false;
    },
  },
  // A negative noun the other person is said to be or act as: "you get to be a bully to me", "stop behaving like a lazy, entitled little boy", "I'm raising an ungrateful little snob".
  {
    category: "INSULT",
    re: /\b(?:(?:you|you're)\b[^.?!]{0,30}?\b(?:be|being|act like|acting like|behave like|behaving like|turned into|turning into)|raising|raised|living with|stuck with) (?:a|an|such a|this|the)\s+((?:[a-z',]+\s+){0,3}[a-z']+)/g,
    severity: 2,
    explain: INSULT_EXPLAIN,
    keep: (m, text) =>
      !negatedBefore(text, m.index) && m[1].split(/[\s,]+/).some((w) => !FEELINGS.has(w) && valence(w) <= -2),
  },
  {
    category: "INSULT",
    re: /\b(?:only an? (?:idiot|moron|fool)|(?:clown|toddler|child|baby) behavior|you (?:absolute|complete|total) \w+)\b/g,
    severity: 2,
    explain: INSULT_EXPLAIN,
  },
  // A label as a form of address: "idiot. I told you…", "ok psycho, I was ten minutes late".
  {
    category: "INSULT",
    re: /(?:^|[.!?]\s*)(?:ok|okay|k|bye|thanks|sure|yes|no|fine|whatever|alright|listen|look)?,?\s*(idiot|moron|psycho|loser|dumbass|clown|genius|einstein|weirdo|creep|brat|liar|princess|buddy boy|drama queen)\s*[,.!?]/g,
    severity: 2,
    explain: INSULT_EXPLAIN,
  },
  // Name-calling of someone else in the family: "your boyfriend is a deadbeat", "she's a gold digger".
  {
    category: "INSULT",
    re: /\b(?:he's|she's|he is|she is|they're|they are|(?:your|my|his|her) (?:new |stupid |little |big |older |younger |foster |real |step)?(?:brother|sister|dad|father|mom|mother|husband|wife|boyfriend|girlfriend|friends?|stepmom|stepdad|teacher|boss|ex|cousin|stepmother|stepfather|aunt|uncle|grandma|grandpa|family|parents?)s?\s+(?:is|are)|(?:that|this) \w+ of yours (?:is|are))\s+((?:[a-z']+\s+){0,4}[a-z']+)/g,
    severity: 2,
    explain: INSULT_EXPLAIN,
    keep: (m, text) => {
      if (negatedBefore(text, m.index)) return false;
      for (const word of m[1].split(/\s+/)) {
        if (/^(not|never|no)$/.test(word)) return false;
        if (!FEELINGS.has(word) && valence(word) <= -2) return true;
      }
      return /\b(gold digger|a joke|a fraud|a fake)\b/.test(m[1]);
    },
  },

  // Ultimatums and conditional threats.
  {
    category: "THREAT",
    re: /\bif (?:you|i (?:see|catch|find|hear)|she|he|they|\w+)\b[^.?!]{1,90}?(?:,|\bthen\b|\s)\s*(?:i'll|i will|i'm|i am|i swear|you'll|you will|you're|you are|you can|you won't|don't bother|don't expect|no more|say goodbye|that's it|the \w+|your \w+|it's|it is|i move)\b([^.?!]*)/g,
    severity: 2,
    explain: THREAT_EXPLAIN,
    // "If you ever feel like hurting yourself, you can tell me and I won't freak out" is an offer.
    keep: (m) =>
      DEPRIVATION.test(m[1] ?? "") &&
      !/\b(help|proud|love|happy|glad|drive you|pick you up|buy|treat|ice cream|reward)\b/.test(m[0]) &&
      !/\b(?:you can (?:always )?(?:tell|talk to|call|text|come to|wake) me|you tell me|tell me|come (?:to|get) me|wake me|call me|text me|i won't (?:freak|be mad|get mad|yell|judge))\b/.test(
        m[0],
      ) &&
      // "If you want to come, I'm leaving at 5" is a plan with a time.
      !/\b(?:at \d|at noon|in (?:\d+|a few|ten|five|twenty) (?:min|mins|minutes|hours))\b/.test(m[1] ?? ""),
  },
  {
    category: "THREAT",
    re: /(?:^|[.!?]\s*)(?:\w+\s+){0,2}?(?:(?:keep|try|do|say|touch|come|fail|talk|call|roll|lie|miss|skip|cut|take|break|walk|sneak|bring|use|ignore|make|read)\b[^.?!]{0,60}?\b(?:again|one more time|one more|it up|lying|talking|pushing|ignoring|back|me go|it)\b|keep \w+ing\b[^.?!]{0,40}?|one more \w+)[^.?!]{0,20}?\b(?:and|or)\b([^.?!]*)/g,
    severity: 2,
    explain: THREAT_EXPLAIN,
    keep: (m) =>
      DEPRIVATION.test(m[1] ?? "") ||
      /\b(i'll|i will|i'm|you'll|you're|you can|see what happens|watch)\b/.test(m[1] ?? ""),
  },
  {
    category: "THREAT",
    re: /\beither\b[^.?!]{2,80}?\bor\b([^.?!]*)/g,
    severity: 2,
    explain: THREAT_EXPLAIN,
    keep: (m) => /\bor\s+(?:else|i\b|i'm|i'll|i will|you're|you'll|get out)/.test(m[0]) || DEPRIVATION.test(m[1] ?? ""),
  },
  {
    category: "THREAT",
    re: /\b(?:try me|i dare you|see what happens|watch me|you've been warned|last warning|final warning|don't bother coming back|don't come back|or get out|or you're out|just wait and see|i'm warning you|consider yourself warned)\b/g,
    severity: 2,
    explain: THREAT_EXPLAIN,
  },
  {
    category: "THREAT",
    re: /\b(?:i'll|i will|i'm going to|i'm gonna)\s+(?:just\s+)?(?:stop coming home|move out|run away|leave|call (?:your|the) \w+|tell (?:your|the|everyone)|report you|delete your|sell your|take (?:away )?your|cancel your|change the locks|pull you)\b/g,
    severity: 2,
    explain: THREAT_EXPLAIN,
    keep: (m, text) => !negatedBefore(text, m.index) && /\b(if|or|and|again|unless|one more|keep)\b/.test(text),
  },

  // Always/never in other shapes: "every time I open up you use it against me", "nothing I do is ever good enough".
  // (A kind one — "every time I see you smile I'm happy" — is dropped by the valence check in evaluate-message.ts.)
  {
    category: "BLAME_ABSOLUTE",
    re: /\b(?:every (?:single )?time|each time)\b[^.?!,]{1,40}?\byou\b|\bnothing (?:i|we) (?:ever )?do is (?:ever )?(?:good|enough|right)\b|\bnot (?:even )?once\b/g,
    severity: 2,
    explain:
      "“Always” and “never” turn one problem into a verdict on the whole person, so they argue with the word instead of hearing the problem.",
    // "I feel like nothing I do is good enough" tells a feeling about oneself, not a verdict on the other.
    keep: (m, text) =>
      SECOND.test(text) &&
      !negatedBefore(text, m.index) &&
      !/\b(?:i feel like|i feel|it feels like|feels like)\s+$/.test(text.slice(Math.max(0, m.index - 16), m.index)),
  },

  // Blame without "always / never".
  {
    category: "BLAME",
    re: /\b(?:(?:that's|this is|it's|it is|all of this is|this whole (?:thing|mess) is|(?:mess|thing|fight|problem) is) (?:all |totally |completely )?on you|(?:don't|do not) (?:you dare )?(?:put|pin|blame|turn|flip|twist) (?:this|that|it) (?:around )?on me|if you hadn't|you're (?:literally |just |honestly )?the (?:problem|reason)|(?:traces|comes|goes) back to you|you did this|look what you(?:'ve)? (?:did|done|made)|you're the (?:problem|reason|one who)|(?:the only|the) reason (?:we're|we are|i'm|i am|this|it)\b[^.?!]{0,40}\b(?:is|was) (?:because )?(?:of )?you|if you(?:'d| had) (?:just |only )?(?:listened|done|been|told|come|stayed|said)|you made me (?:late|miss|lose|cry|look|feel|do)|because of you\b|you ruin(?:ed|s)? (?:it|everything|my|our|this|the)|(?:it's|it is|it was|all|this is|that's) (?:all |literally |totally |completely |so |entirely )?your (?:fault|doing))\b/g,
    severity: 1,
    explain: BLAME_EXPLAIN,
    // "None of it was your fault": a negation anywhere earlier in the clause.
    // "If you hadn't driven me I wouldn't have made it, thank you" is gratitude in the shape of blame.
    keep: (m, text) =>
      !negatedBefore(text, m.index) &&
      !/\b(none|not|never|isn't|wasn't|nobody|nothing|no one)\b[^.?!,;]*$/.test(
        text.slice(Math.max(0, m.index - 40), m.index),
      ) &&
      !(/^if you/.test(m[0]) && /\b(?:thank|thanks|grateful|glad)\b/.test(text)),
  },

  // Dismissal.
  {
    category: "STONEWALLING",
    re: /\b(?:not my (?:problem|concern|job|responsibility|business)(?![^.?!]*\b(?:alone|together|can we|let's)\b)|(?:a|that's a|sounds like a|thats a) you problem|deal with it(?: yourself)?|figure (?:it|this) out (?:yourself|on your own)|figure out your own|get out of my (?:face|room|sight)|(?:^|just |now )go away|(?:i )?(?:don't|do not) want to hear (?:it|anything|about how|how you feel|about your (?:feelings|problems|excuses))|(?:i )?(?:don't|do not) have time for (?:your|this|you)|who cares|so what\s*[?.!]*$|not interested|talk to the wall|not answering (?:that|this|you)|i'm not (?:going to )?(?:respond|answer|discuss|talk)\w*(?![^.?!]*\b(?:at dinner|during|until|till|before|after|can we|later|right now but)\b)|i am not (?:going to )?(?:respond|answer|discuss|talk)\w*(?![^.?!]*\b(?:at dinner|during|until|till|before|after|can we|later|right now but)\b)|(?:don't|do not) (?:message|text|call) me|i have nothing (?:more |else )?to say|leave me out of (?:it|this)|leaving (?:this|the) chat|(?:muting|blocking) (?:this|you)|not talking to you|are we done\b|^\s*(?:fine|whatever)\.?\s*do what(?:ever)? you want|stop (?:texting|calling|messaging|bothering|talking to) me|why (?:is|would) (?:that|this|it) (?:be )?my (?:problem|concern)|why would i care|go cry to|(?:see if|like|as if) i (?:even )?care|yeah yeah|^\s*noted\s*[.!]*$|cry me a river|i don't care (?:how|what) you (?:feel|think|say|want)|(?:your feelings|how you feel)\b[^.?!]{0,30}\b(?:aren't|are not|isn't|is not|don't|doesn't) (?:my|matter)|i'm not your (?:chauffeur|maid|servant|slave|bank|atm|taxi|personal)|not discussing (?:this|it)|(?:this|the) conversation is over|we're done here|i'm done talking)/g,
    severity: 1,
    explain: DISMISS_EXPLAIN,
  },

  // Words that wound the relationship itself.
  {
    category: "CONTEMPT",
    re: /\b(?:i wish (?:you|you'd|you had|you were|you weren't)\b[^.?!]{0,30}\b(?:weren't|wasn't|were not|never|dead|gone|different|someone else|born|leave|disappear|my)\b|i wish i(?:'d| had)? (?:never|not) (?:had|have|met|married|adopted|been born|gotten pregnant)|i wish i (?:wasn't|weren't|was never|were never) (?:your|born|in this)|i wish i (?:lived|had|was born) (?:with|a different|another|in a different)|regret (?:having|ever having|adopting|being your) (?:you|kids|children|mom|dad|mother|father|a kid)|(?:was|were) (?:a )?happier (?:person )?before you|you're not my (?:real )?(?:mom|dad|mother|father|parent|son|daughter|family|kid)|you're dead to me|ashamed (?:to|that)\b[^.?!]{0,30}\byou're my|not my (?:son|daughter|kid|child) anymore|i'm only here because|i hate (?:you|this family|living (?:here|with you)|being your|that you're my)|i like \w+(?:'s)? \w+ (?:more|better) than you|(?:can't|cannot) wait to (?:turn 18 and )?(?:leave|move out|get away|never see)|never (?:want to )?see you again|you're (?:just |exactly |turning into |becoming )?(?:like |into )?your (?:father|dad|mother|mom|ex|brother|sister)\b|turning into your (?:father|dad|mother|mom)|why can't you be (?:more )?like|your (?:brother|sister|cousin)s? (?:never|would never|got into|was never)|after (?:everything|all) i(?:'ve)?\b[^.?!]{0,30}(?:for you|sacrificed)|you broke (?:her|his|my|our) heart|hope (?:you're|that was|it was) (?:happy|worth it)|i gave up\b[^.?!]{0,30}\b(?:for you|so you)|nobody (?:in this family )?(?:likes|wants|loves) you|no wonder (?:he|she|they|dad|mom) left|(?:don't|do not) (?:even )?recogni[sz]e you|who you've become|i'm not your real (?:parent|mom|dad|mother|father)|you're (?:just |exactly )?like (?:grandma|grandpa|your \w+)\b[^.?!]*\b(?:controlling|miserable|selfish|lazy|useless|mean|crazy|toxic|awful|horrible|always|never))/g,
    severity: 2,
    explain: WOUND_EXPLAIN,
    keep: (m, text) =>
      !negatedBefore(text, m.index) &&
      !/\b(?:said|told|when i said|i know i said|sorry)\b/.test(text.slice(Math.max(0, m.index - 25), m.index)),
  },

  // Sarcasm markers and rhetorical put-down questions.
  {
    category: "CONTEMPT",
    re: /\b(?:thanks a lot for|thanks for nothing|(?:want|do you want) a (?:medal|trophy|cookie|prize)|should i frame it|must be nice|must be exhausting|how convenient|let me guess|your highness|enlighten me|(?:i )?love how you|it's cute (?:that|how) you|\b10\/10\b|(?:sure|right|yeah),? because|(?:oh,? )?(?:so )?now you want|i forgot you're perfect|good luck (?:paying|getting|finding|with that)|wow\.? just wow|can you (?:even )?speak english|do you even (?:hear|listen|know|care|think|try)|are you (?:seriously|really|actually|for real|even|literally|honestly) (?:this|that|so|such)\b|who (?:raised|taught) you|why are you (?:even )?(?:like this|like that|this way)|shut (?:your|ur) (?:mouth|face|trap)|is this the part where|(?:you )?(?:really|actually) think you know|what a (?:genius|great|brilliant|wonderful) (?:move|idea|plan|parenting)|oh,? (?:i'm )?sorry,? (?:did i|i forgot)|(?:wow|oh|great|cool|nice|congrats|congratulations)\b[^.?!]{0,12}\b(?:finally|another|again|a whole|managed to|on being)|another excuse|oh,? poor (?:you|baby|thing)|tragic\.?\s*$|(?:mother|father|parent|mom|dad) of the year|frame it|(?:great|good|nice) job,? really|aiming high|, aren't we\?|oh,? here we go|aww,? you (?:learned|finally|actually|remembered)|i was worried we'd run out|you're really killing it|mhm,? sure|sure you (?:did|do|will|are)|yeah,? (?:sure|ok|okay),? (?:mom|dad)|oh great,|cool story|rolls? (?:my|her|his) eyes)/g,
    severity: 2,
    explain: SARCASM_EXPLAIN,
    // "Congrats, you finally passed your driving test!!" is a real congratulation: warm and excited.
    keep: (m, text) =>
      !negatedBefore(text, m.index) &&
      !(/^(?:congrat|great|nice|cool|wow)/.test(m[0]) && /!/.test(text) && netValence(text) > 0),
  },
];

/** Weak sarcasm markers count only when nothing in the message is warm ("it's giving proud dad and I'm here for it"). */
export const WEAK_SARCASM: Rule = {
  category: "CONTEMPT",
  re: /\b(?:be so for real|it's giving|imagine (?:caring|thinking|being|having)|bro thinks)\b/g,
  severity: 1,
  explain: SARCASM_EXPLAIN,
  keep: (_m, text) => netValence(text) <= 0 && !/[😂🤣❤]/u.test(text),
};

export const SELF_HARM_EXTRA: Rule = {
  category: "SELF_HARM",
  re: /\b(?:(?:don't|do not) want to (?:be here|exist|wake up|be alive|live) ?(?:anymore)?|wish i could (?:just )?(?:not wake up|stop existing|disappear|sleep forever|die)|(?:stop|tired of|done) existing|(?:no one|nobody) would (?:care|notice|miss me)\b[^.?!]{0,20}\b(?:if i|when i)|(?:wouldn't|doesn't) matter if i (?:disappeared|was gone|were gone|died|wasn't here)|what's (?:even )?the point of (?:me|my life|being alive|living|anything|any of this)|point (?:of|in) me (?:being|living)|you won't have to (?:deal with|worry about) me (?:much )?(?:longer|anymore)|i(?:'m| am) a burden|(?:should|could|want to|wanna|might) (?:just )?disappear|(?:everyone|everybody|you all|y'all|you) would be (?:happier|better off)\b[^.?!]{0,25}\b(?:if i|without me)|(?:just )?(?:not|never) waking up|(?:take|taking|swallow|swallowing) (?:all )?(?:my|the) pills|would anyone (?:even )?(?:care|notice|miss me)|if i (?:wasn't|weren't) (?:here|around)|(?:want|wanna) to disappear forever|(?:if i|when i) (?:was|were) gone)/g,
  severity: 3,
  explain:
    "It sounds like you might be going through something really heavy. Your counselor will see this and check in with you — you don't have to carry it alone.",
  keep: (m, text) => !figureOfSpeech(m, text),
};
