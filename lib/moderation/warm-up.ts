// The engine's first messages after a start are slow: the model's lookup tables are built on
// first use, and V8 runs the engine's code unoptimised until it has seen enough calls. Measured
// (one core, 2026-11-25): the first message 62 ms, the next ten 4.8 ms each, a hundred more
// 0.36 ms each, against 0.10 ms once warm. In `npm run bench:room` the first second of sends after
// a start held half of all deliveries slower than 25 ms (up to 267 ms). A server runs this
// once before it takes connections, so no family's first messages pay for it.
import { evaluateMessage } from "./evaluate-message";
import { PRESETS } from "./rule-sets";

/**
 * Lines that take the engine's paths a room takes: calm messages in careful and informal typing
 * (delivered as they are), and hostile ones of several categories (findings, explanations and a
 * calmer version). Nothing is stored or sent: evaluation is pure.
 */
export const WARM_UP_LINES = [
  "I was thinking about what you said last week",
  "Can we talk about the weekend plans?",
  "Thanks for picking me up after practice",
  "ok i get it, can we do friday instead",
  "ngl that was kind of fun tbh 😂",
  "I felt left out when the plans changed, and I would like us to plan together",
  "You never listen to me and you are so lazy!!!",
  "this is such bullshit",
  "If you do that again I will take your phone for a month",
  "whatever. i dont care",
  "You're being dramatic, get over it",
  "WHY DO YOU ALWAYS DO THIS",
];

const ROUNDS = 20;
let warmed = false;

/**
 * Runs the engine over WARM_UP_LINES ROUNDS times for every role, once per process (a second
 * realtime server in the same process, as in the tests, finds it warm); returns how many evaluations ran.
 */
export function warmUpModeration(): number {
  if (warmed) return 0;
  warmed = true;
  let runs = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const role of ["COUNSELOR", "PARENT", "TEEN"] as const) {
      for (const line of WARM_UP_LINES) {
        // A different number each time, as real messages differ: the engine caches nothing per text,
        // but V8's feedback should see strings of many lengths.
        evaluateMessage(round % 2 ? `${line} ${round}` : line, PRESETS.standard, { role });
        runs++;
      }
    }
  }
  return runs;
}
