/**
 * What the least an index build can do takes on this machine: one pass over all texts of the items that lower-cases
 * and splits them into words (the index's own character table), looks each word up in an open-addressing hash table
 * and counts it per item and field. No stemming, stop words, languages, phrases, glossary or postings: the real
 * build does all of that on top. The bench prints it next to the build time, so that a reader can tell how far the
 * build is from what this CPU allows.
 */
import { characterTables, placeWord, rehashedWordTable, SLOT_SIZE } from "../core/engine/word-scanner.js";
import { type KnowledgeItem, LANGUAGES } from "../core/knowledge/item-schema.js";

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export interface CountingPass {
  ms: number;
  words: number;
  distinctWords: number;
  /** (item, field, word) triples: what a build must turn into postings. */
  entries: number;
}

/** The fastest of `runs` passes over the items' texts (the first ones warm the JIT up). */
export function countingPassFloor(items: readonly KnowledgeItem[], runs = 3): CountingPass {
  let best: CountingPass | undefined;
  for (let run = 0; run < runs; run++) {
    const pass = countingPass(items);
    if (!best || pass.ms < best.ms) best = pass;
  }
  if (!best) throw new Error("countingPassFloor needs at least one run");
  return best;
}

function countingPass(items: readonly KnowledgeItem[]): CountingPass {
  const characters = characterTables().characters;
  let mask = (1 << 15) - 1;
  let table = new Int32Array((mask + 1) * SLOT_SIZE);
  let pool = new Uint16Array(1 << 18);
  let poolUsed = 0;
  let distinctWords = 0;
  let word = new Uint16Array(256);
  let counts = new Int32Array(1 << 15);
  let touched = new Int32Array(1 << 15);
  let words = 0;
  let entries = 0;

  const idOf = (length: number, hash: number): number => {
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT_SIZE;
      const slotLength = table[at + 2] as number;
      if (slotLength === 0) break;
      if (table[at] === hash && slotLength === length) {
        const start = table[at + 1] as number;
        let i = 0;
        while (i < length && pool[start + i] === word[i]) i++;
        if (i === length) return table[at + 3] as number;
      }
    }
    if (poolUsed + length > pool.length) {
      const bigger = new Uint16Array((poolUsed + length) * 2);
      bigger.set(pool);
      pool = bigger;
    }
    pool.set(word.subarray(0, length), poolUsed);
    const id = distinctWords++;
    placeWord(table, mask, hash, poolUsed, length, id);
    poolUsed += length;
    if (distinctWords * 2 > mask + 1) {
      mask = mask * 2 + 1;
      table = rehashedWordTable(table, mask);
    }
    if (distinctWords > counts.length) {
      const biggerCounts = new Int32Array(counts.length * 2);
      biggerCounts.set(counts);
      counts = biggerCounts;
      const biggerTouched = new Int32Array(touched.length * 2);
      biggerTouched.set(touched);
      touched = biggerTouched;
    }
    return id;
  };

  const start = performance.now();
  for (const item of items) {
    const fields = [
      LANGUAGES.map((l) => item.title[l]),
      LANGUAGES.flatMap((l) => item.questions[l]),
      LANGUAGES.map((l) => item.summary[l]),
      LANGUAGES.map((l) => item.body[l]),
    ];
    for (const texts of fields) {
      let distinct = 0;
      for (const text of texts) {
        if (word.length < text.length) word = new Uint16Array(text.length);
        let length = 0;
        let hash = FNV_OFFSET;
        for (let i = 0; i <= text.length; i++) {
          const char = i < text.length ? (characters[text.charCodeAt(i)] as number) : 0;
          if (char > 1) {
            word[length++] = char;
            hash = Math.imul(hash ^ char, FNV_PRIME);
            continue;
          }
          if (length === 0) continue;
          const id = idOf(length, hash);
          words++;
          if (counts[id] === 0) touched[distinct++] = id;
          counts[id] = (counts[id] as number) + 1;
          length = 0;
          hash = FNV_OFFSET;
        }
      }
      for (let t = 0; t < distinct; t++) counts[touched[t] as number] = 0;
      entries += distinct;
    }
  }
  return { ms: performance.now() - start, words, distinctWords, entries };
}
