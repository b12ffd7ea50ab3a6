/**
 * `npm run eval [-- --sets paraphrases,tune,heldout] [--fit] [--quiet]`: the answer engine on the golden sets.
 *
 * Sets (each reported on its own): the items' own paraphrases (5-fold: each asked against an index built
 * without it) and every test/golden/<set>.jsonl: the tuning sets (HAND_WRITTEN_TUNING_SETS) and the held-out sets
 * (heldout, heldout-fresh, heldout-fresh-2), which nothing is ever tuned on; then the held-out sets together. Metrics
 * per language and overall: hit@1, hit@3 (an "also" id counts), refusal precision/recall (positive class: must
 * decline), false declines; then the failures, and a threshold sweep on the tuning sets. `--fit` counts the tuning
 * questions' vocabulary into functions/core/engine/question-vocabulary-counts.ts, refits the confidence model with
 * that feature computed out of fold, sweeps the threshold on the out-of-fold confidences and prints the constants
 * and the threshold rule's choice for functions/core/engine/confidence.ts. `--search` runs a coordinate search of the
 * retrieval parameters on the tuning sets (slow: minutes) and prints the best ones for knowledge-index.ts and
 * answer-question.ts. Always exits 0: the bars are enforced by test/engine/eval-bars.test.ts.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { todayInKazakhstan } from "../adapters/knowledge-folder.js";
import { CONFIDENCE_MODEL, CONFIDENCE_THRESHOLD, FEATURE_NAMES } from "../core/engine/confidence.js";
import {
  computeMetrics,
  failures,
  type GoldenCase,
  type Metrics,
  metricsByLanguage,
  type Outcome,
  parseGoldenLines,
  runCases,
  runParaphraseFolds,
  shouldDecline,
} from "../core/engine/evaluate.js";
import { fitLogistic, outOfFoldVocabulary, rescored, vocabularyOf } from "../core/engine/fit-confidence.js";
import { buildKnowledgeIndex, type KnowledgeIndex } from "../core/engine/knowledge-index.js";
import { searchParams } from "../core/engine/parameter-search.js";
import { encodeVocabularyCounts } from "../core/engine/question-vocabulary.js";
import { type EngineKnowledge, loadEngineKnowledge } from "./ask.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const GOLDEN_DIR = path.join(ROOT, "test/golden");
/** The hand-written tuning sets: realistic questions, never the held-out ones (in the order eval prints them). */
export const HAND_WRITTEN_TUNING_SETS = [
  "tune",
  "tune-2",
  "tune-3",
  "offtopic",
  "offtopic-hard",
  "tune-4",
  "tune-5",
  "offtopic-3",
  "offtopic-4",
  "offtopic-5",
  "tune-6",
  "offtopic-6",
  "offtopic-7",
  "tune-7",
  "offtopic-8",
  "tune-8",
  "offtopic-9",
  "offtopic-10",
  "offtopic-11",
  "tune-9",
  "offtopic-12",
  "offtopic-13",
  "tune-10",
  "offtopic-15",
  "tune-12",
  "offtopic-16",
  "tune-13",
  "offtopic-17",
  "tune-14",
  "offtopic-18",
  "tune-15",
  "offtopic-19",
  "tune-16",
] as const;
/** Never tuned on; the DESIGN §7 bars are read on these together. */
const HELD_OUT_SETS = ["heldout", "heldout-fresh", "heldout-fresh-2"] as const;
/**
 * Never tuned on either, and reported on its own: 150 answerable questions that describe a situation instead of
 * naming the legal term and 150 near misses in the knowledge base's own words, written to be hard, the kinds on
 * which fresh tuning sets had scored far below the held-out sets. A yardstick for what word rules cannot reach.
 */
const HARD_HELD_OUT_SETS = ["heldout-hard"] as const;
const ALL_SETS = ["paraphrases", ...HAND_WRITTEN_TUNING_SETS, ...HELD_OUT_SETS, ...HARD_HELD_OUT_SETS] as const;
type SetName = (typeof ALL_SETS)[number];
const isIn =
  (list: readonly string[]) =>
  (name: SetName): boolean =>
    list.includes(name);
/** Held out for the bars. */
const isBarsHeldOut = isIn(HELD_OUT_SETS);
const isHeldOut = (name: SetName): boolean => isBarsHeldOut(name) || isIn(HARD_HELD_OUT_SETS)(name);
/** Sets the threshold and the confidence model are chosen on (never the held-out ones). */
const TUNING_SETS: readonly SetName[] = ["paraphrases", ...HAND_WRITTEN_TUNING_SETS];

export async function readGoldenSet(name: Exclude<SetName, "paraphrases">): Promise<GoldenCase[]> {
  const file = path.join(GOLDEN_DIR, `${name}.jsonl`);
  return parseGoldenLines(await readFile(file, "utf8"), path.relative(ROOT, file));
}

const pct = (value: number) => (Number.isNaN(value) ? "   – " : `${(value * 100).toFixed(1).padStart(5)}`);

function metricsTable(by: Record<string, Metrics>): string[] {
  const lines = ["  lang   n  answ  decl  hit@1  hit@3  correct  wrong  ref.prec  ref.rec  false-decl  lang-det"];
  for (const [language, m] of Object.entries(by)) {
    lines.push(
      `  ${language.padEnd(4)} ${String(m.questions).padStart(4)} ${String(m.answerable).padStart(5)} ${String(m.declinable).padStart(5)}  ${pct(m.hit1)}  ${pct(m.hit3)}    ${pct(m.correctAnswers)}  ${pct(m.wrongAnswers)}     ${pct(m.refusalPrecision)}    ${pct(m.refusalRecall)}       ${pct(m.falseDecline)}     ${pct(m.languageAccuracy)}`,
    );
  }
  return lines;
}

function failureLines(outcomes: Outcome[]): string[] {
  return failures(outcomes).map(({ golden, trace }) => {
    const got = trace.result.answered
      ? trace.result.candidates[0]?.id
      : `declined (best ${trace.result.candidates[0]?.id ?? "–"})`;
    const expected = golden.also ? `${golden.expect}|${golden.also.join("|")}` : golden.expect;
    return `  [${golden.lang}] ${JSON.stringify(golden.q.slice(0, 110))}\n        expected ${expected}, got ${got}, confidence ${trace.result.confidence.toFixed(3)}`;
  });
}

/** DESIGN §7: refusal recall ≥ 0.95 and false declines ≤ 0.03. */
const BARS = { refusalRecall: 0.95, falseDecline: 0.03 };

/** Room under both bars the threshold must leave on the tuning sets (1.5 points). */
const REQUIRED_SLACK = 0.015;

/**
 * The threshold rule, on the tuning sets (never heldout): among the thresholds (step 0.05) that keep at least
 * 1.5 points of room under both bars (refusal recall ≥ 0.965, false declines ≤ 0.015), take the middle of that
 * range, rounded down to the grid: unseen questions may move either rate, so the centre of the safe plateau is
 * the robust choice. Without such a range, the threshold with the most room under the worse bar.
 */
export function suggestThreshold(outcomes: Outcome[]): { threshold: number; safe: [number, number] | undefined } {
  const safe: number[] = [];
  let best = { threshold: 0.5, slack: Number.NEGATIVE_INFINITY };
  for (let step = 1; step <= 19; step++) {
    const threshold = step / 20;
    const m = computeMetrics(outcomes, threshold);
    const recall = Number.isNaN(m.refusalRecall) ? 1 : m.refusalRecall;
    const falseDecline = Number.isNaN(m.falseDecline) ? 0 : m.falseDecline;
    const slack = Math.min(recall - BARS.refusalRecall, BARS.falseDecline - falseDecline);
    if (slack >= REQUIRED_SLACK - 1e-9) safe.push(step);
    if (slack > best.slack + 1e-9) best = { threshold, slack };
  }
  if (safe.length === 0) return { threshold: best.threshold, safe: undefined };
  const low = safe[0] as number;
  const high = safe[safe.length - 1] as number;
  return { threshold: Math.floor((low + high) / 2) / 20, safe: [low / 20, high / 20] };
}

/** Refusal recall on what should be declined, false declines and wrong answers on the rest, per threshold. */
function sweepLines(outcomes: Outcome[]): string[] {
  const lines = ["  threshold  ref.prec  ref.rec  false-decl  wrong-answ  correct"];
  for (let step = 1; step <= 19; step++) {
    const t = step / 20;
    const m = computeMetrics(outcomes, t);
    const mark = Math.abs(t - CONFIDENCE_THRESHOLD) < 0.026 ? "  ← near the chosen threshold" : "";
    lines.push(
      `     ${t.toFixed(2)}     ${pct(m.refusalPrecision)}    ${pct(m.refusalRecall)}       ${pct(m.falseDecline)}       ${pct(m.wrongAnswers)}    ${pct(m.correctAnswers)}${mark}`,
    );
  }
  return lines;
}

const VOCABULARY_FILE = path.join(ROOT, "functions/core/engine/question-vocabulary-counts.ts");

/**
 * `--fit`: counts the hand-written tuning questions' vocabulary into question-vocabulary-counts.ts, fits the
 * confidence model on those questions with the vocabulary feature computed out of fold, and sweeps the threshold on
 * the out-of-fold confidences (plus the paraphrases): numbers the counts have not seen, as real questions are not.
 */
async function fitLines(
  knowledge: EngineKnowledge,
  index: KnowledgeIndex,
  results: Partial<Record<SetName, Outcome[]>>,
  today: string,
): Promise<string[]> {
  const handWritten = HAND_WRITTEN_TUNING_SETS.flatMap((name) => results[name] ?? []);
  const counts = vocabularyOf(handWritten);
  await writeFile(
    VOCABULARY_FILE,
    `// Generated by \`npm run eval -- --fit\` from the hand-written tuning sets (never the held-out ones); do not edit.\n` +
      `export const QUESTION_VOCABULARY_COUNTS =\n  ${JSON.stringify(encodeVocabularyCounts(counts))};\n`,
  );
  const outOfFold = outOfFoldVocabulary(handWritten, index);
  const model = fitLogistic(
    handWritten.map((outcome, i) => rescored(outcome, outOfFold[i] as number, CONFIDENCE_MODEL)),
  );
  // The paraphrases are not in the counts; each is asked without its own fold's paraphrases in the index.
  const paraphrases = runParaphraseFolds(knowledge.items, knowledge.glossary, today, undefined, { vocabulary: counts });
  const swept = [
    ...paraphrases.map((outcome) => rescored(outcome, outcome.trace.features.vocabulary, model)),
    ...handWritten.map((outcome, i) => rescored(outcome, outOfFold[i] as number, model)),
  ];
  const suggested = suggestThreshold(swept);
  const range = suggested.safe ? `${suggested.safe[0].toFixed(2)}–${suggested.safe[1].toFixed(2)}` : "none";
  return [
    "",
    `== vocabulary: ${counts.terms.size} terms of ${counts.answered} answerable and ${counts.declined} declinable tuning questions → ${path.relative(ROOT, VOCABULARY_FILE)}`,
    `== fitted confidence model on ${HAND_WRITTEN_TUNING_SETS.join(" + ")} (classes weighted equally, vocabulary out of fold)`,
    `  features: ${FEATURE_NAMES.join(", ")}`,
    `  current:  bias ${CONFIDENCE_MODEL.bias}, weights [${CONFIDENCE_MODEL.weights.join(", ")}]`,
    `  fitted:   bias ${model.bias}, weights [${model.weights.join(", ")}]`,
    "",
    "== threshold sweep with the fitted model, out of fold (paraphrases + hand-written tuning sets)",
    ...sweepLines(swept),
    `  rule: centre of the range keeping ≥ 1.5 points under both bars (${range}) → ${suggested.threshold.toFixed(2)}`,
  ];
}

async function main(argv: string[]): Promise<void> {
  const setsArg = argv.find((arg) => arg.startsWith("--sets="))?.slice(7) ?? argv[argv.indexOf("--sets") + 1];
  const fit = argv.includes("--fit");
  const sets = (
    argv.includes("--sets") || argv.some((a) => a.startsWith("--sets=")) ? (setsArg ?? "").split(",") : [...ALL_SETS]
  ).filter((name): name is SetName => (ALL_SETS as readonly string[]).includes(name));
  // The fit needs every tuning set.
  if (fit) for (const name of TUNING_SETS) if (!sets.includes(name)) sets.push(name);
  const quiet = argv.includes("--quiet");
  const today = todayInKazakhstan();
  const knowledge = await loadEngineKnowledge(undefined, today);
  for (const warning of knowledge.warnings) console.error(`eval: ${warning}`);
  if (argv.includes("--search")) {
    // Retrieval parameters, searched on the hand-written tuning sets' answerable questions and the paraphrases only.
    const answerable: GoldenCase[] = [];
    for (const name of HAND_WRITTEN_TUNING_SETS)
      answerable.push(...(await readGoldenSet(name)).filter((golden) => !shouldDecline(golden)));
    const { params, score } = searchParams(knowledge.items, knowledge.glossary, answerable, today, {
      onStep: (line) => console.log(`  ${line}`),
    });
    console.log(`== best retrieval parameters (objective ${score.objective.toFixed(4)})`);
    console.log(JSON.stringify(params, null, 2));
    return;
  }
  const index = buildKnowledgeIndex(knowledge.items, knowledge.glossary);
  const out: string[] = [
    `eval: ${knowledge.items.length} items, ${knowledge.glossary.terms.length} glossary entries, threshold ${CONFIDENCE_THRESHOLD}`,
  ];

  const results: Partial<Record<SetName, Outcome[]>> = {};
  for (const name of sets) {
    const outcomes =
      name === "paraphrases"
        ? runParaphraseFolds(knowledge.items, knowledge.glossary, today)
        : runCases(index, await readGoldenSet(name), today);
    results[name] = outcomes;
    const title =
      name === "paraphrases"
        ? " (5-fold: each paraphrase asked without itself in the index)"
        : isHeldOut(name)
          ? " (held out: never tuned on)"
          : " (tuning set)";
    out.push("", `== ${name}${title}`);
    out.push(...metricsTable(metricsByLanguage(outcomes)));
    const failed = failureLines(outcomes);
    out.push(`  failures: ${failed.length}`);
    if (!quiet) out.push(...failed);
  }

  const heldOutNames = sets.filter(isBarsHeldOut);
  if (heldOutNames.length > 1) {
    out.push("", `== all held-out sets together (${heldOutNames.join(" + ")})`);
    out.push(...metricsTable(metricsByLanguage(heldOutNames.flatMap((name) => results[name] ?? []))));
  }

  const tuning = TUNING_SETS.flatMap((name) => results[name] ?? []);
  if (tuning.length > 0) {
    // The vocabulary counts include these very questions, so this sweep is optimistic: the threshold is chosen by
    // --fit on out-of-fold confidences instead.
    out.push("", `== threshold sweep on ${TUNING_SETS.join(" + ")} (in sample; never on heldout)`);
    out.push(...sweepLines(tuning));
    out.push(
      `  CONFIDENCE_THRESHOLD = ${CONFIDENCE_THRESHOLD}, chosen by \`npm run eval -- --fit\` on out-of-fold confidences`,
    );
    if (results.tune) {
      out.push("", "== threshold sweep on the hand-written tuning sets (realistic questions only)");
      out.push(...sweepLines(HAND_WRITTEN_TUNING_SETS.flatMap((name) => results[name] ?? [])));
    }
  }
  if (fit) out.push(...(await fitLines(knowledge, index, results, today)));
  console.log(out.join("\n"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
