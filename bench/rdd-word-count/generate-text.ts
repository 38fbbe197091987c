// Deterministic text for the word-count benchmark: words drawn from a Zipf-like distribution over
// a fixed vocabulary (syllable words, some accented, as Portuguese prose), ~12 words per line.
// The same size always gives the same bytes, so the file is generated once and cached.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { seededRandom as mulberry32 } from "../../src/rdd/random.js";

const SYLLABLES = ["ma", "ca", "do", "ra", "ção", "te", "li", "vro", "pa", "lo", "sé", "nu", "gra", "fi", "tu", "ar", "en", "des", "mo", "vi", "sa", "ri", "ão", "que", "bo", "ne", "za", "cu", "lhe", "ta"];
const VOCABULARY = 50_000;
const TABLE_BITS = 20;


function vocabulary(rnd: () => number): Buffer[] {
  const seen = new Set<string>();
  const words: Buffer[] = [];
  while (words.length < VOCABULARY) {
    const n = 1 + Math.floor(rnd() * 4);
    let w = "";
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    if (rnd() < 0.05) w = w[0]!.toUpperCase() + w.slice(1);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(Buffer.from(w, "utf8"));
    }
  }
  return words;
}

/** 2^TABLE_BITS slots mapping a uniform draw to a word index with Zipf (s = 1) frequencies. */
function zipfTable(): Uint32Array {
  const weights = new Float64Array(VOCABULARY);
  let total = 0;
  for (let i = 0; i < VOCABULARY; i++) total += weights[i] = 1 / (i + 1);
  const table = new Uint32Array(1 << TABLE_BITS);
  let acc = 0;
  let slot = 0;
  for (let i = 0; i < VOCABULARY; i++) {
    acc += weights[i]! / total;
    const upto = Math.min(table.length, Math.max(slot + 1, Math.round(acc * table.length)));
    while (slot < upto) table[slot++] = i;
  }
  while (slot < table.length) table[slot++] = VOCABULARY - 1;
  return table;
}

/** Writes `bytes` (rounded up to the end of a line) of text to `path` unless it already exists. */
export function ensureText(path: string, bytes: number): string {
  if (existsSync(path) && statSync(path).size >= bytes) return path;
  mkdirSync(dirname(path), { recursive: true });
  const rnd = mulberry32(20261125);
  const words = vocabulary(rnd);
  const table = zipfTable();
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, "w");
  const buf = Buffer.allocUnsafe(1 << 24);
  let pos = 0;
  let written = 0;
  try {
    while (written + pos < bytes) {
      const n = 6 + Math.floor(rnd() * 13);
      for (let i = 0; i < n; i++) {
        const w = words[table[(rnd() * (1 << TABLE_BITS)) >>> 0]!]!;
        w.copy(buf, pos);
        pos += w.length;
        buf[pos++] = i === n - 1 ? 10 : 32;
      }
      if (pos > buf.length - 4096) {
        writeSync(fd, buf, 0, pos);
        written += pos;
        pos = 0;
      }
    }
    writeSync(fd, buf, 0, pos);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return path;
}
