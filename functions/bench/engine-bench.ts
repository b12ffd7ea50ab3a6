/**
 * Answer-engine benchmark (DESIGN §7): latency per question and index build time on the real knowledge base, on
 * synthetic 200- and 10 000-item bases made from it, and the same for a plain `minisearch` index for comparison
 * (plus both engines' hit@1 on tune + heldout).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import MiniSearch from "minisearch";
import { todayInKazakhstan } from "../adapters/knowledge-folder.js";
import { loadEngineKnowledge } from "../cli/ask.js";
import { answerQuestion } from "../core/engine/answer-question.js";
import { type GoldenCase, parseGoldenLines, shouldDecline } from "../core/engine/evaluate.js";
import { decodeIndexSnapshot, encodeIndexSnapshot } from "../core/engine/index-snapshot.js";
import { buildKnowledgeIndex, type KnowledgeIndex } from "../core/engine/knowledge-index.js";
import type { Glossary } from "../core/knowledge/glossary.js";
import { type KnowledgeItem, LANGUAGES } from "../core/knowledge/item-schema.js";
import { startLocalS3 } from "../local/local-s3.js";
import { S3IndexSnapshotStore } from "../storage/index-snapshot-store.js";
import { countingPassFloor } from "./counting-pass-floor.js";
import { collectGarbage } from "./garbage.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** DESIGN §7 bars. */
export const BARS = { p95SmallMs: 5, p95LargeMs: 25, buildMs: 2000 };
const ROUNDS = 3;

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same synthetic base. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic knowledge base of `size` items: the real items first, then copies with new ids whose texts are
 * perturbed (words shuffled, dropped or replaced by random words from the whole base, random words added).
 */
export function syntheticItems(real: readonly KnowledgeItem[], size: number, seed = 42): KnowledgeItem[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const vocabulary = [
    ...new Set(
      real.flatMap((item) => LANGUAGES.flatMap((l) => `${item.body[l]} ${item.questions[l].join(" ")}`.split(/\s+/))),
    ),
  ].filter((word) => /^\p{L}{3,}$/u.test(word));
  const perturb = (text: string, extra: number): string => {
    const words = text.split(/\s+/).filter(Boolean);
    const out: string[] = [];
    for (const word of words) {
      const roll = next();
      if (roll < 0.1) continue;
      out.push(roll < 0.3 ? pick(vocabulary) : word);
    }
    for (let i = 0; i < extra; i++) out.splice(Math.floor(next() * (out.length + 1)), 0, pick(vocabulary));
    for (let i = out.length - 1; i > 0 && next() < 0.5; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as string, out[i] as string];
    }
    return out.join(" ") || pick(vocabulary);
  };
  const items = [...real];
  for (let n = 0; items.length < size; n++) {
    const base = real[n % real.length] as KnowledgeItem;
    const id = `${base.id}-syn-${n}`;
    const localized = (f: (l: (typeof LANGUAGES)[number]) => string) =>
      ({ ru: f("ru"), kk: f("kk"), en: f("en") }) as KnowledgeItem["title"];
    items.push({
      ...base,
      id,
      source: `synthetic/${id}.md`,
      related: [],
      title: localized((l) => perturb(base.title[l], 2)),
      summary: localized((l) => perturb(base.summary[l], 3)),
      body: localized((l) => perturb(base.body[l], 20)),
      questions: {
        ru: base.questions.ru.map((q) => perturb(q, 2)),
        kk: base.questions.kk.map((q) => perturb(q, 2)),
        en: base.questions.en.map((q) => perturb(q, 2)),
      },
    });
  }
  return items;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * JS heap plus the typed arrays' buffers, which live outside it (most of our index). V8 frees the buffers of
 * collected typed arrays in the background after a collection, so it collects, lets that finish, and collects
 * again: measured right after one collection, the build's discarded scratch arrays counted as kept (173 MB instead
 * of 84 MB for 10,000 items).
 */
async function memoryUsed(): Promise<number> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 200));
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

interface Measurement {
  buildMs: number;
  memoryMb: number;
  p50: number;
  p95: number;
  max: number;
  calls: number;
}

async function measure<I>(
  build: () => I,
  search: (index: I, question: string) => unknown,
  questions: readonly string[],
): Promise<Measurement & { index: I }> {
  const before = await memoryUsed();
  const start = performance.now();
  const index = build();
  const buildMs = performance.now() - start;
  const memoryMb = ((await memoryUsed()) - before) / 1_048_576;
  for (const question of questions.slice(0, 20)) search(index, question); // warm-up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const question of questions) {
      const t0 = performance.now();
      search(index, question);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return {
    index,
    buildMs,
    memoryMb,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? 0,
    calls: times.length,
  };
}

/** The baseline: minisearch with default options over title + summary + questions + body of all languages. */
function buildMiniSearch(items: readonly KnowledgeItem[]): MiniSearch {
  const search = new MiniSearch({ fields: ["text"], storeFields: ["id"] });
  search.addAll(
    items.map((item) => ({
      id: item.id,
      text: LANGUAGES.map((l) => [item.title[l], item.summary[l], ...item.questions[l], item.body[l]].join("\n")).join(
        "\n",
      ),
    })),
  );
  return search;
}

/**
 * A worker's start with a snapshot, end to end: the S3 store (the one the worker uses) reads it from s3rver, a
 * local S3 on this disk, and it is loaded. Real S3 is further away; the number says what the code adds.
 */
async function fetchThroughLocalS3(
  snapshot: Uint8Array,
  items: KnowledgeItem[],
  glossary: Glossary,
): Promise<{ getMs: number; loadMs: number }> {
  const s3 = await startLocalS3("bench-index-snapshots");
  try {
    const store = new S3IndexSnapshotStore({ region: "local", endpoint: s3.endpoint }, s3.bucket);
    await store.save("bench.bin", snapshot);
    await store.load("bench.bin"); // the S3 client's import and connection, paid once per worker anyway
    const getStart = performance.now();
    const bytes = await store.load("bench.bin");
    const getMs = performance.now() - getStart;
    if (!bytes) throw new Error("the local S3 lost the snapshot");
    const loadStart = performance.now();
    decodeIndexSnapshot(bytes, items, glossary, "bench");
    return { getMs, loadMs: performance.now() - loadStart };
  } finally {
    await s3.close();
  }
}

function hit1(golden: readonly GoldenCase[], best: (question: string) => string | undefined): number {
  const answerable = golden.filter((c) => !shouldDecline(c));
  const hits = answerable.filter((c) => {
    const id = best(c.q);
    return id !== undefined && (id === c.expect || (c.also ?? []).includes(id));
  });
  return hits.length / Math.max(1, answerable.length);
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const verdict = (value: number, bar: number) => (value <= bar ? `✓ ≤ ${bar} ms` : `✗ > ${bar} ms`);

async function readGolden(name: string): Promise<GoldenCase[]> {
  try {
    return parseGoldenLines(await readFile(path.join(ROOT, "test/golden", `${name}.jsonl`), "utf8"), name);
  } catch {
    return [];
  }
}

/** Runs the benchmark; returns the report, one line per entry. */
export async function runEngineBench(): Promise<string[]> {
  const today = todayInKazakhstan();
  const knowledge = await loadEngineKnowledge(undefined, today);
  const golden = [...(await readGolden("tune")), ...(await readGolden("heldout"))];
  const questions = [
    ...golden.map((c) => c.q),
    ...knowledge.items.flatMap((item) => LANGUAGES.flatMap((l) => item.questions[l])),
  ];
  const glossary: Glossary = knowledge.glossary;
  const ours = (items: KnowledgeItem[]) =>
    measure(
      () => buildKnowledgeIndex(items, glossary),
      (index: KnowledgeIndex, question) => answerQuestion(index, question, { today }),
      questions,
    );
  const mini = (items: KnowledgeItem[]) =>
    measure(
      () => buildMiniSearch(items),
      (index: MiniSearch, question) => index.search(question)[0],
      questions,
    );

  const lines = [
    "== answer engine",
    `questions: ${questions.length} (golden tune + heldout + item paraphrases) × ${ROUNDS} rounds; memory = heap and array buffers kept by the index (after GC)`,
  ];
  const rows: string[] = [];
  const row = (label: string, m: Measurement, bars?: { p95: number }, made = "build") =>
    rows.push(
      `${label.padEnd(34)} ${made.padStart(5)} ${ms(m.buildMs).padStart(9)}  p50 ${ms(m.p50).padStart(8)}  p95 ${ms(m.p95).padStart(8)}  max ${ms(m.max).padStart(8)}  memory ${m.memoryMb.toFixed(1).padStart(6)} MB${bars ? `  ${verdict(m.p95, bars.p95)}, ${made} ${m.buildMs <= BARS.buildMs ? "✓" : "✗"} ≤ ${BARS.buildMs} ms` : ""}`,
    );

  const realOurs = await ours(knowledge.items);
  const realMini = await mini(knowledge.items);
  const small = syntheticItems(knowledge.items, 200);
  const smallOurs = await ours(small);
  const smallMini = await mini(small);
  const large = syntheticItems(knowledge.items, 10_000);
  const largeOurs = await ours(large);
  const largeMini = await mini(large);
  // What a starting worker does instead of building: load the snapshot made once per knowledge version.
  const encodeStart = performance.now();
  const snapshot = encodeIndexSnapshot(largeOurs.index, "bench");
  const encodeMs = performance.now() - encodeStart;
  const largeLoaded = await measure(
    () => decodeIndexSnapshot(snapshot, large, glossary, "bench"),
    (index: KnowledgeIndex, question) => answerQuestion(index, question, { today }),
    questions,
  );
  const fetched = await fetchThroughLocalS3(snapshot, large, glossary);

  row(`engine, real KB (${knowledge.items.length} items)`, realOurs);
  row("minisearch, real KB", realMini);
  row("engine, synthetic 200 items", smallOurs, { p95: BARS.p95SmallMs });
  row("minisearch, synthetic 200 items", smallMini);
  row("engine, synthetic 10 000 items", largeOurs, { p95: BARS.p95LargeMs });
  row("minisearch, synthetic 10 000 items", largeMini);
  row("engine, 10 000, from snapshot", largeLoaded, { p95: BARS.p95LargeMs }, "load");
  lines.push(...rows);
  lines.push(
    `snapshot of the 10 000-item index: ${(snapshot.length / 1_048_576).toFixed(1)} MB, made in ${ms(encodeMs)} (once per knowledge version); from a local S3 (s3rver): get ${ms(fetched.getMs)} + load ${ms(fetched.loadMs)} = ${ms(fetched.getMs + fetched.loadMs)} ${fetched.getMs + fetched.loadMs <= BARS.buildMs ? "✓" : "✗"} ≤ ${BARS.buildMs} ms`,
  );

  collectGarbage();
  const floor = countingPassFloor(large);
  lines.push(
    `floor of a 10 000-item build on this machine: one bare pass that splits the same text into words, looks each up and counts it per item and field (no stemming, phrases, glossary or postings) takes ${ms(floor.ms)} (${floor.words} words, ${floor.distinctWords} distinct, ${floor.entries} item-field-word entries); the build does that and more`,
  );

  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : "–");
  lines.push(
    `ratio engine/minisearch p95: real ${ratio(realOurs.p95, realMini.p95)}, 200 ${ratio(smallOurs.p95, smallMini.p95)}, 10 000 ${ratio(largeOurs.p95, largeMini.p95)}; build 10 000: ${ratio(largeOurs.buildMs, largeMini.buildMs)}`,
  );

  const oursHit = hit1(golden, (q) => answerQuestion(realOurs.index, q, { today }).candidates[0]?.id);
  const miniHit = hit1(golden, (q) => realMini.index.search(q)[0]?.id as string | undefined);
  const answerable = golden.filter((c) => !shouldDecline(c)).length;
  lines.push(
    `hit@1 on tune + heldout (${answerable} answerable): engine ${(oursHit * 100).toFixed(1)}%, minisearch ${(miniHit * 100).toFixed(1)}%`,
  );
  return lines;
}
