// The patterns behind each category. Matched on lower-cased text in which
// quoted speech has been blanked out (see prepare-text.ts), so "When you said
// 'you never listen' I felt hurt" is judged on what the sender says, not on
// what they quote. Each rule can veto its own match (negation, positive
// continuations, talking about oneself).
import type { Category, PositiveCategory } from "./categories";

export type Rule = {
  category: Category;
  re: RegExp;
  severity: 1 | 2 | 3;
  explain: string;
  /** Return false to ignore this match. */
  keep?: (match: RegExpExecArray, text: string) => boolean;
  /**
   * A pre-check: the rule cannot match unless the (prepared) text contains one of these strings,
   * so its expression is run only then. Most messages hold none, and a substring search costs a
   * fraction of the expression; tests/unit/moderation-gates.test.ts checks on every labelled line
   * that no match is lost.
   */
  needs?: readonly string[];
  /** The learned model may not veto what this rule finds (see `firm` in evaluate-message.ts). */
  firm?: boolean;
};

const NEGATORS =
  /\b(not|never|no|none|nothing|nobody|no one|don't|dont|doesn't|isn't|aren't|wasn't|weren't|ain't|won't|can't|cannot|didn't|wouldn't|shouldn't)\s+([\w']+\s+){0,2}$/;

/** True when one of the two or three words before `index` negates what follows. */
export function negatedBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  // "I don't think you're a bad mom": a negated belief covers the rest of the clause.
  // "Nobody in this house thinks you're stupid": a denied belief, whoever holds it.
  if (
    /\b(nobody|no one|none of us|not one of us)\s+(\w+\s+){0,4}?(thinks?|believes?|says?|said|calls?|called)\b[^.!?;]*$/.test(
      before,
    )
  )
    return true;
  return (
    NEGATORS.test(before.slice(-40)) ||
    /\b(don't|do not|didn't|did not|never|doesn't)\s+(think|believe|mean|say|said|meant|call|called)\b[^.!?;]*$/.test(
      before,
    )
  );
}

const INSULT_WORDS =
  "idiot|idiots|moron|morons|stupid|dumb|dumbass|loser|losers|pathetic|useless|worthless|lazy|brat|spoiled brat|selfish|ungrateful|liar|hypocrite|jerk|psycho|crazy|insane|clown|joke|failure|disgrace|disappointment|embarrassment|baby|crybaby|drama queen|control freak|nag|nagging|annoying|weirdo|creep|freak|karen|narcissist|toxic|evil|monster|terrible mother|terrible mom|bad mom|terrible parent|bad parent|horrible|disgusting|trash|garbage|waste of space|nightmare|ignorant|delusional|manipulative|spoiled|clueless|immature|childish|irresponsible|a mess|hopeless|ridiculous";

/** Talking about a test, a game or the traffic is not contempt for a person. */
export const THING_SUBJECT =
  /\b(test|exam|homework|quiz|game|movie|show|class|teacher|traffic|weather|bus|assignment|essay|math|chem|physics|app|wifi|internet|phone|video|song|book|lecture|practice|team|ref|referee|coach|school|project|final|midterm)s?\b/;

const you = "(?:you|u|ya)";
const youre = "(?:you're|youre|you are|ur|u r|you r|u are)";

export const NEGATIVE_RULES: Rule[] = [
  // --- Insults and name-calling -------------------------------------------
  {
    category: "INSULT",
    re: new RegExp(
      `\\b${youre}\\s+(?:(?:such|so|really|just|being|a|an|the|total|complete|absolute|literally|actually|acting|like|freaking|fucking|damn|an absolute|the most|the biggest)\\s+){0,3}(${INSULT_WORDS})\\b`,
      "g",
    ),
    severity: 2,
    explain:
      "This labels the person rather than describing what happened. Labels make people defend themselves instead of listening.",
    keep: (m, text) => !negatedBefore(text, m.index + m[0].length - m[1].length),
  },
  {
    category: "INSULT",
    re: new RegExp(
      `\\b(?:you|u)\\s+(?:little\\s+|stupid\\s+|lazy\\s+|spoiled\\s+|ungrateful\\s+|selfish\\s+)*(idiot|moron|loser|brat|jerk|liar|hypocrite|psycho|clown|freak|weirdo|creep|baby|crybaby|nag|narcissist|monster|failure|disgrace|karen|dumbass|disappointment)\\b`,
      "g",
    ),
    severity: 2,
    explain: "Name-calling hurts and shuts the conversation down. Say what the person did and how it affected you.",
  },
  {
    category: "INSULT",
    re: /\b(?:such an?|what an?|what a total|total|absolute|complete)\s+(idiot|moron|loser|brat|jerk|liar|hypocrite|psycho|clown|joke|failure|disgrace|baby|crybaby|drama queen|control freak|narcissist|nightmare|disappointment|embarrassment|dumbass)\b/g,
    severity: 2,
    explain: "Name-calling hurts and shuts the conversation down. Say what the person did and how it affected you.",
    keep: (m, text) =>
      !/\b(i'm|im|i am|i feel like|i was|i've been|i felt like)\s+(\w+\s+){0,2}$/.test(
        text.slice(Math.max(0, m.index - 30), m.index),
      ),
  },
  {
    category: "INSULT",
    re: /\b(shut up,?\s+)?(idiot|moron|loser|dumbass|psycho|brat|jerk|liar|hypocrite|clown|karen|boomer)\s*[.!?]*$/g,
    severity: 2,
    explain: "Name-calling hurts and shuts the conversation down. Say what the person did and how it affected you.",
    keep: (m, text) => !/\b(i'm|im|i am|not|no)\s+(\w+\s+){0,2}$/.test(text.slice(Math.max(0, m.index - 25), m.index)),
  },
  {
    category: "INSULT",
    re: /\b(what an? |how )?(stupid|dumb|pathetic|useless|lazy|selfish|ungrateful|spoiled|immature|childish|irresponsible|clueless|ignorant|crazy|annoying|toxic|manipulative|disrespectful)\s+(?:\w+\s+)?(kid|child|son|boy|girl|teenager|teen|mother|mom|mum|father|dad|parent|person|woman|man|brat|thing)\b/g,
    severity: 2,
    explain:
      "This labels the person rather than describing what happened. Labels make people defend themselves instead of listening.",
    keep: (m, text) => !negatedBefore(text, m.index),
  },
  {
    category: "INSULT",
    re: /\b(your (?:stupid|dumb|pathetic|lazy|ugly|fat|crazy|ridiculous|useless) (?:face|head|brain|attitude|self|friends|ideas?|rules?|opinion|job))\b/g,
    severity: 2,
    explain:
      "Put-downs make the other person defend themselves instead of listening. Say what bothers you about the situation.",
  },
  {
    category: "INSULT",
    re: /\b(pos|piece of (?:shit|crap|garbage|trash|work))\b/g,
    severity: 3,
    explain: "Name-calling hurts and shuts the conversation down. Say what the person did and how it affected you.",
  },

  // --- Contempt ----------------------------------------------------------
  {
    category: "CONTEMPT",
    re: /\b(what(?:'s| is| on earth is| in the world is| the hell is)? wrong with (?:you|u)|what is your problem|what's your problem|whats your problem|whats wrong with u|are you (?:serious|kidding me|stupid|dumb|deaf|blind|insane|crazy|for real)|r u serious|grow up|get a life|get over (?:it|yourself)|ok(?:ay)?,? boomer|real mature|so mature|very mature|wow,? mature|nice going|nice job,? genius|good job,? genius|thanks for nothing|nobody asked|no one asked|who asked|cry about it|cry me a river|boo hoo|boohoo|big deal|as if|yeah,? right|sure,? jan|oh please|give me a break|you disgust me|disgusting|you make me sick|sick of you|sick and tired of you|can't stand you|cant stand you|can't stand it when you|hate you|i hate u|hate this family|pathetic|how dumb|how stupid|so dumb|so stupid|typical\b|of course you (?:did|would|do|forgot)|here we go again|unbelievable|ridiculous|get real|spare me|don't make me laugh|laughable|what a joke|you're a joke|you are a joke|whatever you say|lmao ok|lol ok|ok and\??|and\? so\?|so\?\s*$|cope|seethe|ratio|l \+ ratio|smh|smdh|\*rolls eyes\*|\*eye ?roll\*|rolls eyes|eye ?roll)(?![a-z])/g,
    severity: 2,
    explain:
      "This comes across as contempt — mocking or looking down on the other person. It is the strongest predictor of conversations going wrong.",
    keep: (m, text) => {
      const hit = m[1];
      if (/^(pathetic|ridiculous|unbelievable|disgusting)$/.test(hit))
        return (
          !negatedBefore(text, m.index) &&
          !/\b(i feel|i felt|i'm feeling|i am feeling|makes me feel|made me feel)\s+(\w+\s+){0,2}$/.test(
            text.slice(Math.max(0, m.index - 30), m.index),
          )
        );
      if (hit === "typical")
        return (
          /\btypical(\s+(you|of you|mom|dad|teenager|teen))?\s*[.!?]*$/.test(text.slice(m.index)) ||
          /\btypical (you|of you)\b/.test(text.slice(m.index, m.index + 20))
        );
      if (hit === "as if") return /\bas if\s*[.!?]*$|\bas if (?:you|i'd|i would|that)\b/.test(text.slice(m.index));
      if (hit === "cope" || hit === "ratio")
        return /^(cope|ratio)\b/.test(text.trim()) || /\b(cope|ratio)\s*[.!?]*$/.test(text);
      if (hit === "big deal")
        return (
          !/\b(a|no|not a|not that)\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index)) || /\bso what\b/.test(text)
        );
      if (hit.startsWith("hate")) return !negatedBefore(text, m.index);
      if (/^(so|how) (dumb|stupid)$/.test(hit))
        return (
          !THING_SUBJECT.test(text.slice(Math.max(0, m.index - 40), m.index + 20)) && !negatedBefore(text, m.index)
        );
      return !negatedBefore(text, m.index);
    },
  },
  {
    category: "CONTEMPT",
    re: /(🙄|😒|🤡|🥱|🤦)/gu,
    severity: 1,
    explain: "Eye-rolls and mocking emoji read as contempt to the person on the other side.",
  },
  {
    category: "CONTEMPT",
    re: /\b(?:real|so|such a|what a|nice|great|thanks,?|good job,?|well done,?)\s*["“'](?:genius|parent|mother|mom|helpful|mature|smart|great|fun|caring|adult|listener|job)["”']/g,
    severity: 2,
    explain: "Sarcasm stings more than plain words. Say directly what bothers you.",
  },
  {
    category: "CONTEMPT",
    re: /\b(that's|thats|that is|this is|it's|its|your (?:rule|idea|plan|opinion|point) is|your (?:rules|ideas|plans|opinions) are|what a)\s+(?:so\s+|just\s+|really\s+|literally\s+|such an?\s+)?(stupid|dumb|idiotic|pointless|lame|ridiculous|a joke|bs|bullshit|crap|garbage|trash|insane|absurd|nonsense)\b/g,
    severity: 1,
    explain: "Calling the other person's view stupid or pointless dismisses them. Say what you disagree with and why.",
    keep: (m, text) =>
      !negatedBefore(text, m.index + m[0].length - m[2].length) &&
      !THING_SUBJECT.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20)),
  },

  // --- Blame absolutes ---------------------------------------------------
  {
    category: "BLAME_ABSOLUTE",
    re: new RegExp(
      `\\b(${you}(?: guys| two)?(?:'re| are|'ve| have)?\\s+(?:literally |just |really |honestly |seriously )?(?:always|constantly|forever)|${you}(?: guys| two)?(?: literally| just| really| honestly)? never|${you} don't ever|${you} dont ever|${you} do not ever|${you} won't ever|${you} can never|${you} will never|${you}'ll never|${you} never ever|all ${you} (?:ever )?do is|all ${you} care about|${you} only ever|${you} only care about|every (?:single )?time ${you}|each time ${you}|whenever ${you}|as usual|like always|like you always do|same as always|yet again|not once have you|you've never once|you never once)\\b`,
      "g",
    ),
    severity: 2,
    explain:
      "“Always” and “never” turn one problem into a verdict on the whole person, so they argue with the word instead of hearing the problem.",
    keep: (m, text) => {
      const hit = m[1];
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // Kind absolutes ("you never fail to make me laugh") are told apart by the
      // valence of the whole message (evaluate-message.ts), not by a list of verbs.
      if (/^(every (single )?time|each time|whenever)/.test(hit)) {
        // "Whenever you need me, I'm here" / "every time you smile…" are kind.
        return (
          !/^\s*(\w+\s+){0,2}(need|smile|laugh|hug|help me|cheer)\b/.test(after) &&
          !/\b(i'm here|i am here|i love|makes me happy|i feel (happy|proud|loved|better))\b/.test(text)
        );
      }
      // "You never need to earn my love", "you never got to go to college": reassurance and a missed chance, not blame.
      if (
        /never$/.test(hit) &&
        /^\s*(?:need(?:ed)? to|have to|had to|got to|had (?:a|the) chance|get to)\b/.test(after)
      )
        return false;
      if (hit === "yet again" || hit === "as usual" || hit === "like always" || hit === "same as always")
        return /\byou\b/.test(text) && !/\b(love|thank|thanks|great|awesome|proud|fun|delicious|amazing)\b/.test(text);
      return true;
    },
  },

  // --- Blame and defensiveness -------------------------------------------
  {
    category: "BLAME",
    re: /\b(it(?:'s| is|s| was) (?:all )?(?:your|ur) fault|(?:is|was) (?:all )?your doing|(?:this is|that's|thats) (?:all )?on you|all your fault|your own fault|because of you|thanks to you,|you started it|you started this|you made me (?:do|say|yell|scream|angry|mad|like this|this way)|you're the reason|you are the reason|ur the reason|you caused (?:this|all)|blame yourself|you brought this on yourself|you ruin(?:ed)? everything|you ruin(?:ed)? (?:my|our|this)|you're the one who|you are the one who|ur the one who|what about you\??|you do it too|you did it too|you're one to talk|look who's talking|it(?:'s| is| was)n't my fault|it(?:'s| is| was) not my fault|not my fault|i didn't do anything(?: wrong)?|i didnt do anything|i did nothing wrong|it wasn't me|it wasnt me|why is it always me|why do i always get blamed|why am i always the bad guy|i always get blamed|don't blame me|dont blame me|stop blaming me|you're overreacting|you are overreacting|ur overreacting|calm down|relax,? it's not|it's not a big deal|its not a big deal|it's not that deep|its not that deep|not that deep|you're too sensitive|you are too sensitive|stop being dramatic|you're being dramatic|you are being dramatic|you're so dramatic)\b/g,
    severity: 1,
    explain:
      "Blame and defending yourself both keep score instead of solving the problem. Try owning even a small part of it.",
    keep: (m, text) => {
      const hit = m[1];
      if (/your fault|on you|because of you|reason/.test(hit)) return !negatedBefore(text, m.index);
      // "I think you blame yourself" describes the other person's feeling; "blame yourself" alone is an order.
      if (hit === "blame yourself")
        return !/\b(?:you|you'll|you might|you may|you still|you always|don't)\s+$/.test(
          text.slice(Math.max(0, m.index - 12), m.index),
        );
      // "I want to say it's not my fault but I know part of it is" owns the part it names.
      if (/not my fault|wasn't my fault|isn't my fault/.test(hit))
        return !/^[^.?!]{0,12}\bbut (?:i know|i guess|part of it|honestly it (?:is|was))/.test(
          text.slice(m.index + m[0].length),
        );
      if (hit === "calm down")
        return !/\b(i need to|i just need to|i really need to|i'll|i will|let me|help me|i'm trying to|trying to|i want to|i can|we can|we both|let's|lets)\s+(\w+\s+){0,1}$/.test(
          text.slice(Math.max(0, m.index - 25), m.index),
        );
      // "Don't worry, it's not a big deal" is reassurance, not dismissal.
      if (/not a big deal|not that deep/.test(hit))
        return !/\b(don't worry|dont worry|no worries|it's okay|its okay|it's ok)\b/.test(text);
      return true;
    },
  },

  // --- Threats and self-harm ----------------------------------------------
  {
    category: "THREAT",
    re: /\b(i(?:'ll| will|'m going to|'m gonna| am going to| am gonna| swear i'll)\s+(?:\w+\s+)?(?:kill|hurt|hit|beat|punch|slap|smack|destroy|murder|end|strangle|choke)\s+(?:you|u|him|her|them)|i(?:'ll| will|'m going to|'m gonna)\s+(?:kick|throw) you out|(?:kick|throw|put) you out on the street|i(?:'ll| will|'m going to|'m gonna) send you (?:away|to (?:military|boarding) school)|you(?:'ll| will) regret (?:this|it)|you(?:'ll| will) be sorry|or else|watch your back|watch yourself|don't test me|dont test me|i(?:'ll| will|'m going to|'m gonna) (?:run away|leave and never come back|move out and never)|i(?:'ll| will) make your life (?:hell|miserable)|i(?:'m| am) (?:taking|going to take|gonna take) (?:away )?your (?:phone|car|keys|laptop|switch|xbox|playstation|games)(?: forever)?|you(?:'re| are) grounded (?:forever|for life|for a year)|i(?:'ll| will) break your)\b/g,
    severity: 3,
    explain:
      "This sounds like a threat. Even when you are very angry, threats make the other person afraid instead of able to listen.",
    keep: (m, text) =>
      !negatedBefore(text, m.index) &&
      !/\b(would never|never|wouldn't|would not)\s+(\w+\s+){0,2}$/.test(text.slice(Math.max(0, m.index - 20), m.index)),
  },
  {
    category: "SELF_HARM",
    re: /\b(kill myself|kms|end it all|end my life|want to die|wanna die|wish i was dead|wish i were dead|better off without me|better off dead|hurt myself|cut myself|don't want to be alive|dont want to be alive|don't want to live|dont want to live|no reason to live|suicide|suicidal|unalive myself)\b/g,
    severity: 3,
    explain:
      "It sounds like you might be going through something really heavy. Your counselor will see this and check in with you — you don't have to carry it alone.",
  },

  // --- Stonewalling and dismissal ----------------------------------------
  {
    category: "STONEWALLING",
    re: /(^\s*(whatever|whatevs|k|kk|ok\s*whatever|fine|fine\.?\s*whatever|idc|idgaf|nvm|never ?mind|forget it|don't care|dont care|cool story|sure)\s*[.!]*\s*$|\bwhatever\s*[.!]*\s*$|^\s*whatever\s*[,.!]|\bwhatever (?:you|u) say\b|\bi (?:really |honestly |just |seriously )?(?:don't|dont|do not) care\b(?!\s+(?:about\s+(?:the|a|grades?|that|it|money|winning|the\s+\w+)|if|whether|how|who|which|where|when|either|what (?:we|to|time|movie|kind)))|\bi couldn't care less\b|\bi could care less\b|\bidc\b|\bidgaf\b|\bi(?:'m| am) done(?:\s+(?:with (?:you|this|it|all (?:of )?this|everything|your \w+|this conversation)|talking(?: to you)?|arguing|here|trying|listening))?\s*(?:[.!?,]|$)|\bleave me alone\b|\btalk to the hand\b|\bthis is pointless\b|\bthere's no point\b|\btheres no point\b|\bwhat's the point\b|\bwhats the point\b|\bi'm not talking (?:about this|to you|anymore)\b(?!\s+(?:at|during|in front|until|till|before|over|on the|in the)\b)|\bi'm not doing this\b|\bend of (?:discussion|story|conversation)\b|\bconversation over\b|\bthis conversation is over\b|\bi'm out(?: of here)?\s*(?:[.!?,]|$)|\bdon't talk to me\b|\bdont talk to me\b|\bstop talking to me\b|\bshut up\b(?![^.!?]*(?:[😂🤣😌😭]|\blol\b|\blmao\b|\bdid not\b|\bdidn't\b))(?![^.]*\b(?:no way|actually|for real|omg|amazing|congrat\w*|really\?|wait)\b)(?![^.!]*\?\s*$)|\bi'm not listening\b|\bnot listening to you\b)/g,
    severity: 1,
    explain:
      "Shutting down (“whatever”, “I'm done”) leaves the other person alone with the problem. If you need a break, ask for one — that is allowed.",
  },
];

/** Standalone abbreviations and spellings the profanity list does not cover. */
export const PROFANITY_EXTRA =
  /\b(crap|crappy|damn|damned|dammit|goddammit|the hell|pissed|f-?ing|the f(?!-?\s?word)|f (?:off|you|this|that)|stfu|wtf|wth|gtfo|ffs|fml|omfg|lmfao|af|bs|bullshit|dammit|damn (?:you|it)|goddamn|god damn|what the (?:actual |fucking |fuckin )?(?:hell|heck|f|frick|fudge)|go to hell|hell no|screw you|screw this|screw off|screw (?:it|that)(?=\s*(?:[.!,]|$))|piss off|pissed off|sucks? (?:balls|ass)|a-?hole|freaking(?! out)|frickin|fricking|fking|fkn|fk|mf|mfer|sob|effing|eff off|eff you)\b/g;

/** Words in the profanity list that are slurs: blocked, not nudged, under the standard preset. */
export const SLUR_WORDS = new Set([
  "nigger",
  "nigga",
  "faggot",
  "fag",
  "retard",
  "tranny",
  "chink",
  "spic",
  "kike",
  "dyke",
  "wetback",
  "coon",
  "gook",
  "towelhead",
  "raghead",
  "beaner",
  "paki",
]);

export type PositiveRule = { category: PositiveCategory; re: RegExp };

export const POSITIVE_RULES: PositiveRule[] = [
  // "I don't say thank you enough" is thanks, not its denial.
  {
    category: "APPRECIATION",
    re: /\b(?:don't|do not|never) (?:say|tell you) (?:thank you|thanks|it|that)(?: \w+)? enough\b|\b(?:don't|do not) thank you enough\b/g,
  },
  // "You always know how to fix the wifi, what would we do without you": praise of a skill.
  { category: "APPRECIATION", re: /\byou (?:always|really) know how to\b|\bwhat would (?:we|i) do without you\b/g },
  {
    category: "APPRECIATION",
    re: /\b(thank you|thanks|thx|ty|appreciate|grateful|proud of you|i love you|love you|ily|love u|means a lot|means so much|you're the best|you are the best|ur the best|you're amazing|you are amazing|you're awesome|great job|well done|nice job|good job|glad you|happy that you|i like (?:it )?when you|i loved|i love (?:it )?when|thank u|that was kind|so kind|you helped|you make me (?:laugh|smile|happy|proud)|you always make me (?:laugh|smile)|never fail to make me)\b/g,
  },
  {
    category: "VALIDATION",
    re: /\b(i understand|i hear you|i hear that|that makes sense|makes sense|you're right|you are right|ur right|fair point|good point|i see (?:why|what you mean|your point)|i get (?:it|that|why)|that must (?:be|have been|feel)|i can see (?:why|how|that)|sounds (?:hard|tough|frustrating|like)|i didn't realize|i didn't know you felt|thank you for telling me|thanks for telling me|i'm listening|i am listening)\b/g,
  },
  {
    category: "REPAIR",
    re: /\b(i'm sorry|im sorry|i am sorry|sorry (?:for|about|that|i)|i apologize|i apologise|my bad|my fault|that's on me|thats on me|i was wrong|i shouldn't have|i should not have|i should have|can we (?:start over|try again|take a break|talk about|talk calmly|reset)|let's (?:try again|start over|take a break|take a breather|talk)|i want to fix this|i want us to|i'll try|i will try|i'm trying|we can work on|let's work on|i need a break|can i have a minute|i need a minute)\b/g,
  },
  {
    category: "I_STATEMENT",
    re: /\b(i (?:feel|felt|am feeling|'m feeling|get (?:scared|worried|sad|hurt|upset|anxious|frustrated|lonely))|i'm (?:worried|scared|hurt|sad|upset|frustrated|anxious|lonely|stressed|overwhelmed|confused|disappointed|afraid)|i am (?:worried|scared|hurt|sad|upset|frustrated|anxious|lonely|stressed|overwhelmed|confused|disappointed|afraid)|i need|i would like|i'd like|i wish we|it hurts when|it hurt when|when you .{1,60} i (?:feel|felt))\b/g,
  },
];
