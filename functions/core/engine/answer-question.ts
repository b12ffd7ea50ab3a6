import type { KnowledgeItem, Language } from "../knowledge/item-schema.js";
import { analyzeQuery } from "./analyze.js";
import { CONFIDENCE_THRESHOLD, type ConfidenceFeatures, confidenceOf } from "./confidence.js";
import { detectLanguage } from "./detect-language.js";
import type { KnowledgeIndex } from "./knowledge-index.js";
import { normalizeText } from "./normalize.js";
import { decodeVocabularyCounts, type VocabularyCounts, vocabularyOdds } from "./question-vocabulary.js";
import { QUESTION_VOCABULARY_COUNTS } from "./question-vocabulary-counts.js";
import { scopeVerdict } from "./scope.js";

/** Query-time scoring parameters (searched with the index parameters: `npm run eval -- --search`, tuning sets only). */
export interface QueryParams {
  /** Weight of the best-paraphrase similarity against BM25F in an item's score (0..1). */
  phraseWeight: number;
  /** How much a fuzzy (similar, not identical) term match counts, times its similarity. */
  fuzzyWeight: number;
}

export const DEFAULT_QUERY_PARAMS: QueryParams = { phraseWeight: 0.3, fuzzyWeight: 0.9 };
/** Reciprocal-rank-fusion constant for external (e.g. vector search) scores. */
export const RRF_K = 60;
/** At most this many candidates are returned. */
export const MAX_CANDIDATES = 5;
/** How many of the lexical ranking take part in rank fusion with external scores. */
const FUSION_DEPTH = 50;

export interface Candidate {
  id: string;
  title: string;
  score: number;
}

export interface EngineResult {
  question: string;
  /** The language to answer in: the forced language, else the detected one. */
  language: Language;
  detectedLanguage: Language;
  answered: boolean;
  /**
   * Calibrated confidence, 0..1, that the question is one the knowledge base answers (see confidence.ts); the
   * engine answers at or above CONFIDENCE_THRESHOLD.
   */
  confidence: number;
  item?: KnowledgeItem;
  /** Best first, at most MAX_CANDIDATES; when declined, the closest topics. */
  candidates: Candidate[];
}

export interface AnswerOptions {
  /** Forced answer language (the user chose it); otherwise the question's language is used. */
  language?: Language;
  /** The user's Telegram language, used when the question is too short to tell. */
  fallbackLanguage?: Language;
  /** YYYY-MM-DD; reserved for rules that apply from/until a date. */
  today: string;
  /**
   * Optional per-item scores from another retriever (e.g. a vector search), fused with the lexical ranking by
   * reciprocal rank. Higher is better; ids not in the index are ignored.
   */
  externalScores?: ReadonlyMap<string, number>;
  /** Overrides the refusal threshold (evaluation only). */
  threshold?: number;
  /** Overrides scoring parameters (evaluation only). */
  params?: Partial<QueryParams>;
  /** Overrides the tuning questions' vocabulary counts (evaluation only: fitting on folds). */
  vocabulary?: VocabularyCounts;
}

/** What the engine computed for one question, for evaluation and debugging. */
export interface EngineTrace {
  result: EngineResult;
  features: ConfidenceFeatures;
  /** The question's search terms. */
  terms: string[];
  /** The scope rules declined the question whatever its confidence. */
  declinedByScope: boolean;
}

let builtInVocabulary: VocabularyCounts | undefined;

/** The generated counts, decoded on first use. */
function vocabularyCounts(): VocabularyCounts {
  builtInVocabulary ??= decodeVocabularyCounts(QUESTION_VOCABULARY_COUNTS);
  return builtInVocabulary;
}

/**
 * Answers a question from the knowledge index: normalize → detect language → analyze → score items →
 * calibrated confidence → answer or decline (with the closest topics). Pure: no I/O, no clock.
 */
export function answerQuestion(index: KnowledgeIndex, question: string, options: AnswerOptions): EngineResult {
  return traceQuestion(index, question, options).result;
}

export function traceQuestion(index: KnowledgeIndex, question: string, options: AnswerOptions): EngineTrace {
  const detectedLanguage = detectLanguage(question, options.fallbackLanguage, index.languageModel);
  const language = options.language ?? detectedLanguage;
  const normalized = normalizeText(question);
  const { terms, alternates } = analyzeQuery(normalized, detectedLanguage);
  const params = { ...DEFAULT_QUERY_PARAMS, ...options.params };
  const slots = index.slots(terms, alternates);
  const scores = index.score(slots, params.fuzzyWeight);
  const mix = (doc: number) =>
    (1 - params.phraseWeight) * (scores.lexical[doc] as number) + params.phraseWeight * (scores.phrase[doc] as number);

  const combined = topScores(index.items.length, mix, FUSION_DEPTH);
  let ranked = combined;
  if (options.externalScores && options.externalScores.size > 0)
    ranked = fuseByRank(index, combined, options.externalScores);

  const top = ranked[0];
  const second = ranked[1];
  const totalIdf = slots.reduce((sum, slot) => sum + slot.idf, 0);
  const unknownIdf = slots.reduce((sum, slot) => sum + (slot.known ? 0 : slot.idf), 0);
  const topItem = top ? index.items[top.doc] : undefined;
  const scope = scopeVerdict(normalized, detectedLanguage, topItem);
  const features: ConfidenceFeatures = {
    score: top ? mix(top.doc) : 0,
    lexical: top ? (scores.lexical[top.doc] as number) : 0,
    phrase: top ? (scores.phrase[top.doc] as number) : 0,
    coverage: top ? (scores.coverage[top.doc] as number) : 0,
    margin: top ? top.score - (second?.score ?? 0) : 0,
    unknown: totalIdf > 0 ? unknownIdf / totalIdf : 1,
    terms: slots.length,
    outOfScope: topItem && scope.groups.length > 0 ? 1 : 0,
    outOfScopeWithOrganization: topItem && scope.groups.length > 0 && scope.namesOrganization ? 1 : 0,
    domain: index.glossary.match(terms).length > 0 ? 1 : 0,
    vocabulary: vocabularyOdds(terms, options.vocabulary ?? vocabularyCounts(), index),
  };
  // A question of numbers only ("2+2", "31.03") says nothing the engine could answer.
  const hasWords = slots.some((slot) => !/^\d+$/.test(slot.term));
  const confidence = round(top && hasWords ? confidenceOf(features) : 0);
  const answered = topItem !== undefined && !scope.decline && confidence >= (options.threshold ?? CONFIDENCE_THRESHOLD);
  const candidates = ranked.slice(0, MAX_CANDIDATES).map(({ doc, score }) => {
    const item = index.items[doc] as KnowledgeItem;
    return { id: item.id, title: item.title[language], score: round(score) };
  });
  const result: EngineResult = {
    question,
    language,
    detectedLanguage,
    answered,
    confidence,
    candidates,
  };
  if (answered && topItem) result.item = topItem;
  return { result, features, terms, declinedByScope: scope.decline };
}

/** The `k` best documents by score (ties: lower position first), without sorting them all. */
function topScores(n: number, scoreOf: (doc: number) => number, k: number): { doc: number; score: number }[] {
  const top: { doc: number; score: number }[] = [];
  for (let doc = 0; doc < n; doc++) {
    const score = scoreOf(doc);
    if (score <= 0 || (top.length === k && score <= (top[k - 1] as { score: number }).score)) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as { score: number }).score < score) at--;
    top.splice(at, 0, { doc, score });
    if (top.length > k) top.pop();
  }
  return top;
}

/** Reciprocal rank fusion of the lexical ranking with external scores; keeps the fused order. */
function fuseByRank(
  index: KnowledgeIndex,
  lexical: { doc: number; score: number }[],
  external: ReadonlyMap<string, number>,
): { doc: number; score: number }[] {
  const fused = new Map<number, number>();
  for (const [rank, { doc }] of lexical.entries()) fused.set(doc, 1 / (RRF_K + rank + 1));
  const externalRanked = [...external.entries()]
    .map(([id, score]) => ({ doc: index.positionOf(id), score }))
    .filter(({ doc }) => doc >= 0)
    .sort((a, b) => b.score - a.score);
  for (const [rank, { doc }] of externalRanked.entries())
    fused.set(doc, (fused.get(doc) ?? 0) + 1 / (RRF_K + rank + 1));
  const lexicalScore = new Map(lexical.map(({ doc, score }) => [doc, score]));
  return [...fused.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([doc]) => ({ doc, score: lexicalScore.get(doc) ?? 0 }));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
