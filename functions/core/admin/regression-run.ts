import { type GoldenCase, type Outcome, runCases, runParaphraseFolds, shouldDecline } from "../engine/evaluate.js";
import { buildKnowledgeIndex } from "../engine/knowledge-index.js";
import type { Glossary } from "../knowledge/glossary.js";
import { type KnowledgeItem, LANGUAGES, type Language } from "../knowledge/item-schema.js";

/** A named set of golden questions (e.g. `tune`, `heldout`, `offtopic`). */
export interface GoldenSet {
  name: string;
  cases: GoldenCase[];
}

/** Passed / total per language and overall, for one knowledge version on one set. */
export type PassCounts = Record<Language | "all", { passed: number; total: number }>;

export interface CaseResult {
  set: string;
  q: string;
  lang: Language;
  expect: string;
  /** The best item, or `declined`. */
  got: string;
  passed: boolean;
}

export interface RegressionReport {
  sets: { name: string; baseline: PassCounts; candidate: PassCounts }[];
  /** Questions the published knowledge gets right and the candidate gets wrong. */
  newlyFailing: CaseResult[];
  /** Questions the candidate fixes. */
  newlyPassing: CaseResult[];
  /** Every candidate failure (including old ones), for the admin to read. */
  candidateFailures: CaseResult[];
  /** True when any question the published knowledge passes fails with the candidate. */
  regressed: boolean;
}

export const PARAPHRASES_SET = "paraphrases";

/** Whether the engine did what the golden case expects: the right best item, or a decline. */
export function passes(outcome: Outcome): boolean {
  const { golden } = outcome;
  const { result } = outcome.trace;
  if (shouldDecline(golden)) return !result.answered;
  return result.answered && [golden.expect, ...(golden.also ?? [])].includes(result.candidates[0]?.id ?? "");
}

function toResults(set: string, outcomes: Outcome[]): CaseResult[] {
  return outcomes.map((outcome) => ({
    set,
    q: outcome.golden.q,
    lang: outcome.golden.lang,
    expect: outcome.golden.expect,
    got: outcome.trace.result.answered ? (outcome.trace.result.candidates[0]?.id ?? "declined") : "declined",
    passed: passes(outcome),
  }));
}

function countPasses(results: CaseResult[]): PassCounts {
  const counts = Object.fromEntries([...LANGUAGES, "all"].map((key) => [key, { passed: 0, total: 0 }])) as PassCounts;
  for (const result of results) {
    for (const key of [result.lang, "all"] as const) {
      counts[key].total++;
      if (result.passed) counts[key].passed++;
    }
  }
  return counts;
}

/** Every golden question against one knowledge version: the items' paraphrases (5-fold) plus the given sets. */
export function runGolden(
  items: KnowledgeItem[],
  glossary: Glossary,
  sets: readonly GoldenSet[],
  today: string,
): Map<string, CaseResult[]> {
  const index = buildKnowledgeIndex(items, glossary);
  const results = new Map<string, CaseResult[]>();
  results.set(PARAPHRASES_SET, toResults(PARAPHRASES_SET, runParaphraseFolds(items, glossary, today)));
  for (const set of sets) results.set(set.name, toResults(set.name, runCases(index, set.cases, today)));
  return results;
}

const caseKey = (result: CaseResult) => `${result.set}\u0000${result.lang}\u0000${result.expect}\u0000${result.q}`;

/**
 * The admin's regression run: the golden questions against the published knowledge (baseline) and against the
 * published knowledge with the drafts applied (candidate). A question counts as a regression only when it
 * exists in both runs (a paraphrase the draft removed is not one) and passed before.
 */
export function compareRuns(
  baseline: Map<string, CaseResult[]>,
  candidate: Map<string, CaseResult[]>,
): RegressionReport {
  const before = new Map<string, CaseResult>();
  for (const results of baseline.values()) for (const result of results) before.set(caseKey(result), result);
  const sets: RegressionReport["sets"] = [];
  const newlyFailing: CaseResult[] = [];
  const newlyPassing: CaseResult[] = [];
  const candidateFailures: CaseResult[] = [];
  for (const [name, results] of candidate) {
    sets.push({ name, baseline: countPasses(baseline.get(name) ?? []), candidate: countPasses(results) });
    for (const result of results) {
      if (!result.passed) candidateFailures.push(result);
      const old = before.get(caseKey(result));
      if (!old) continue;
      if (old.passed && !result.passed) newlyFailing.push(result);
      if (!old.passed && result.passed) newlyPassing.push(result);
    }
  }
  return { sets, newlyFailing, newlyPassing, candidateFailures, regressed: newlyFailing.length > 0 };
}
