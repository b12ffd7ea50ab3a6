import * as z from "zod";
import type { Glossary } from "../knowledge/glossary.js";
import { type KnowledgeItem, LANGUAGES, type Language, languageSchema } from "../knowledge/item-schema.js";
import { stableHash } from "../stable-hash.js";
import { type AnswerOptions, type EngineTrace, traceQuestion } from "./answer-question.js";
import { buildKnowledgeIndex, type IndexParams, type KnowledgeIndex } from "./knowledge-index.js";

/** The value of `expect` for a question the bot must decline. */
export const DECLINE = "decline";

/** One line of test/golden/*.jsonl. */
export const goldenCaseSchema = z.object({
  q: z.string().min(1),
  lang: languageSchema,
  /** The item id that answers it, or "decline". */
  expect: z.string().min(1),
  /** Other item ids that are acceptable answers too. */
  also: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type GoldenCase = z.infer<typeof goldenCaseSchema>;

/** Parses JSON Lines golden cases; throws with the line number on a bad line. */
export function parseGoldenLines(text: string, source = "golden"): GoldenCase[] {
  const cases: GoldenCase[] = [];
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    const parsed = goldenCaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${source}:${index + 1}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    cases.push(parsed.data);
  });
  return cases;
}

export interface Outcome {
  golden: GoldenCase;
  trace: EngineTrace;
}

export function shouldDecline(golden: GoldenCase): boolean {
  return golden.expect === DECLINE;
}

function acceptable(golden: GoldenCase): Set<string> {
  return new Set([golden.expect, ...(golden.also ?? [])]);
}

/** Runs every case against one index. */
export function runCases(
  index: KnowledgeIndex,
  cases: readonly GoldenCase[],
  today: string,
  options: Partial<AnswerOptions> = {},
): Outcome[] {
  return cases.map((golden) => ({ golden, trace: traceQuestion(index, golden.q, { ...options, today }) }));
}

/**
 * The items' own paraphrases as questions, k-fold: each paraphrase is asked against an index built without the
 * paraphrases of its fold, so the engine cannot simply find the identical sentence. A paraphrase's fold comes
 * from a hash of its text, so editing one item does not reshuffle the folds of all the others (the admin's
 * regression run compares two knowledge versions fold by fold).
 */
export function runParaphraseFolds(
  items: readonly KnowledgeItem[],
  glossary: Glossary,
  today: string,
  folds = 5,
  options: Partial<AnswerOptions> = {},
  indexParams?: IndexParams,
): Outcome[] {
  const all: { item: number; language: Language; position: number; text: string; fold: number }[] = [];
  items.forEach((item, itemIndex) => {
    for (const language of LANGUAGES) {
      item.questions[language].forEach((text, position) => {
        all.push({ item: itemIndex, language, position, text, fold: stableHash(`${language}:${text}`) % folds });
      });
    }
  });
  const outcomes: Outcome[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const held = all.filter((entry) => entry.fold === fold);
    const heldKeys = new Set(held.map((entry) => `${entry.item}:${entry.language}:${entry.position}`));
    const reduced = items.map((item, itemIndex) => ({
      ...item,
      questions: {
        ru: item.questions.ru.filter((_, position) => !heldKeys.has(`${itemIndex}:ru:${position}`)),
        kk: item.questions.kk.filter((_, position) => !heldKeys.has(`${itemIndex}:kk:${position}`)),
        en: item.questions.en.filter((_, position) => !heldKeys.has(`${itemIndex}:en:${position}`)),
      },
    }));
    const index = buildKnowledgeIndex(reduced, glossary, indexParams);
    for (const entry of held) {
      const golden: GoldenCase = {
        q: entry.text,
        lang: entry.language,
        expect: (items[entry.item] as KnowledgeItem).id,
      };
      outcomes.push({ golden, trace: traceQuestion(index, entry.text, { ...options, today }) });
    }
  }
  return outcomes;
}

export interface Metrics {
  questions: number;
  answerable: number;
  declinable: number;
  /** Expected (or "also") id is the best candidate, among answerable questions (declined or not). */
  hit1: number;
  /** Expected (or "also") id among the best three candidates. */
  hit3: number;
  /** Answered with an acceptable item, among answerable questions. */
  correctAnswers: number;
  /** Answered with a wrong item, among answerable questions (the harmful case). */
  wrongAnswers: number;
  /** Of the declined questions, the share that should be declined (NaN when none were declined). */
  refusalPrecision: number;
  /** Of the questions that should be declined, the share declined (NaN when there are none). */
  refusalRecall: number;
  /** Of the answerable questions, the share declined. */
  falseDecline: number;
  /** Detected language equals the golden language. */
  languageAccuracy: number;
}

/** Whether an outcome counts as declined at `threshold` (default: the engine's own decision). */
function declinedAt(outcome: Outcome, threshold?: number): boolean {
  if (threshold === undefined) return !outcome.trace.result.answered;
  const { trace } = outcome;
  return trace.result.candidates.length === 0 || trace.declinedByScope || trace.result.confidence < threshold;
}

export function computeMetrics(outcomes: readonly Outcome[], threshold?: number): Metrics {
  let answerable = 0;
  let declinable = 0;
  let hit1 = 0;
  let hit3 = 0;
  let correct = 0;
  let wrong = 0;
  let declined = 0;
  let trueDeclines = 0;
  let falseDeclines = 0;
  let languageRight = 0;
  for (const outcome of outcomes) {
    const { golden } = outcome;
    const { result } = outcome.trace;
    const isDeclined = declinedAt(outcome, threshold);
    if (result.detectedLanguage === golden.lang) languageRight++;
    if (isDeclined) declined++;
    if (shouldDecline(golden)) {
      declinable++;
      if (isDeclined) trueDeclines++;
      continue;
    }
    answerable++;
    const ok = acceptable(golden);
    const top1 = result.candidates[0]?.id;
    const inTop1 = top1 !== undefined && ok.has(top1);
    if (inTop1) hit1++;
    if (result.candidates.slice(0, 3).some((candidate) => ok.has(candidate.id))) hit3++;
    if (isDeclined) falseDeclines++;
    else if (inTop1) correct++;
    else wrong++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
  return {
    questions: outcomes.length,
    answerable,
    declinable,
    hit1: ratio(hit1, answerable),
    hit3: ratio(hit3, answerable),
    correctAnswers: ratio(correct, answerable),
    wrongAnswers: ratio(wrong, answerable),
    refusalPrecision: ratio(trueDeclines, declined),
    refusalRecall: ratio(trueDeclines, declinable),
    falseDecline: ratio(falseDeclines, answerable),
    languageAccuracy: ratio(languageRight, outcomes.length),
  };
}

/** Metrics per golden language and overall. */
export function metricsByLanguage(outcomes: readonly Outcome[], threshold?: number): Record<Language | "all", Metrics> {
  const by = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      computeMetrics(
        outcomes.filter((o) => o.golden.lang === language),
        threshold,
      ),
    ]),
  ) as Record<Language, Metrics>;
  return { ...by, all: computeMetrics(outcomes, threshold) };
}

/** The outcomes the engine got wrong: wrong best item, declined an answerable question, or answered a declinable one. */
export function failures(outcomes: readonly Outcome[]): Outcome[] {
  return outcomes.filter((outcome) => {
    const { golden } = outcome;
    const { result } = outcome.trace;
    if (shouldDecline(golden)) return result.answered;
    return !result.answered || !acceptable(golden).has(result.candidates[0]?.id ?? "");
  });
}
