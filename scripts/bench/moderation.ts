// `npm run bench:moderation -- [--seconds 5]`: messages per second through the
// calm-communication engine on one core, for the realistic mix of the
// evaluation sets (half calm, half not, parent and teen voices). Baseline in
// the same run: the obscenity profanity matcher alone on the same messages.
import { readFileSync } from "node:fs";
import os from "node:os";
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";
import { evaluateMessage } from "../../lib/moderation/evaluate-message";
import { PRESETS } from "../../lib/moderation/rule-sets";

const i = process.argv.indexOf("--seconds");
const SECONDS = i > 0 ? Number(process.argv[i + 1]) : 5;
const texts = ["tests/moderation/eval-dev.jsonl", "tests/moderation/eval-holdout.jsonl"].flatMap((f) =>
  readFileSync(f, "utf8")
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

function measure(name: string, run: (text: string) => unknown) {
  for (let k = 0; k < 20_000; k++) run(texts[k % texts.length]); // warm up the JIT
  let count = 0;
  const cpuBefore = process.cpuUsage();
  const end = performance.now() + SECONDS * 1000;
  while (performance.now() < end) {
    for (let k = 0; k < texts.length; k++) run(texts[k]);
    count += texts.length;
  }
  const perSecond = count / SECONDS;
  // On a shared machine wall time includes waiting for a core; CPU time is what the work cost.
  const cpu = process.cpuUsage(cpuBefore);
  const perCpuSecond = count / ((cpu.user + cpu.system) / 1e6);
  console.log(
    `${name.padEnd(28)} ${Math.round(perSecond).toLocaleString("en-US").padStart(9)} messages/s  (${(1e6 / perSecond).toFixed(1)} µs each); ${Math.round(perCpuSecond).toLocaleString("en-US").padStart(9)} per CPU-second`,
  );
  return perSecond;
}

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
console.log(
  `machine: ${os.cpus()[0]?.model}, Node ${process.version}, one thread; ${texts.length} distinct messages, ${SECONDS} s each\n`,
);
const engine = measure("Mend engine (standard)", (t) => evaluateMessage(t, PRESETS.standard));
const baseline = measure("baseline: obscenity alone", (t) => matcher.getAllMatches(t));
console.log(`\nengine / baseline throughput: ${(engine / baseline).toFixed(2)}`);
