import type { Glossary } from "../knowledge/glossary.js";
import type { KnowledgeItem } from "../knowledge/item-schema.js";
import { DEFAULT_QUERY_PARAMS, type QueryParams } from "./answer-question.js";
import { computeMetrics, type GoldenCase, runCases, runParaphraseFolds } from "./evaluate.js";
import { buildKnowledgeIndex, DEFAULT_INDEX_PARAMS, type Field, type IndexParams } from "./knowledge-index.js";

/** Retrieval parameters: the index's and the query's. */
export interface RetrievalParams {
  index: IndexParams;
  query: QueryParams;
}

export interface SearchScore {
  /** hit@1 on the answerable hand-written questions. */
  realistic: number;
  /** hit@1 on the items' own paraphrases, 5-fold. */
  paraphrases: number;
  /** What is maximized: realistic + PARAPHRASE_SHARE × paraphrases. */
  objective: number;
}

/** The paraphrases are keyword-like and plentiful: they count, but less than real questions. */
const PARAPHRASE_SHARE = 0.3;
const FIELDS: Field[] = ["title", "questions", "summary", "body", "basis"];

interface Knob {
  name: string;
  /** Candidate values, given the current parameters (field weights are searched relative to their value). */
  values: (params: RetrievalParams) => number[];
  get: (params: RetrievalParams) => number;
  set: (params: RetrievalParams, value: number) => void;
}

type ScalarIndexParam = "k1" | "idfPower" | "secondPhraseWeight" | "phrasePartWeight";
type ScalarParam = keyof QueryParams | ScalarIndexParam;

function isQueryParam(name: ScalarParam): name is keyof QueryParams {
  return name in DEFAULT_QUERY_PARAMS;
}

/** A knob over one numeric parameter of the query or of the index. */
function scalarKnob(name: ScalarParam, values: number[]): Knob {
  return {
    name,
    values: () => values,
    get: (p) => (isQueryParam(name) ? p.query[name] : p.index[name]),
    set: (p, v) => {
      if (isQueryParam(name)) p.query[name] = v;
      else p.index[name] = v;
    },
  };
}

/** A knob over one field's weight or length normalization. */
function fieldKnob(table: "fieldWeights" | "fieldB", field: Field): Knob {
  return {
    name: `${table}.${field}`,
    values: (p) =>
      table === "fieldWeights"
        ? [0.6, 0.8, 1.25, 1.5].map((factor) => Number((p.index.fieldWeights[field] * factor).toFixed(3)))
        : [0, 0.1, 0.3, 0.5, 0.75, 0.9, 1],
    get: (p) => p.index[table][field],
    set: (p, v) => {
      p.index[table][field] = v;
    },
  };
}

const KNOBS: Knob[] = [
  scalarKnob("phraseWeight", [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]),
  scalarKnob("fuzzyWeight", [0.3, 0.6, 0.75, 0.9, 1]),
  ...FIELDS.map((field) => fieldKnob("fieldWeights", field)),
  ...FIELDS.map((field) => fieldKnob("fieldB", field)),
  scalarKnob("k1", [1, 1.5, 2, 3]),
  scalarKnob("idfPower", [0.1, 0.2, 0.3, 0.4, 0.6, 1]),
  scalarKnob("secondPhraseWeight", [0, 0.3, 0.6, 0.9, 1.2]),
  scalarKnob("phrasePartWeight", [0, 0.25, 0.5, 0.75, 1]),
];

export function scoreParams(
  params: RetrievalParams,
  items: readonly KnowledgeItem[],
  glossary: Glossary,
  answerable: readonly GoldenCase[],
  today: string,
): SearchScore {
  const index = buildKnowledgeIndex([...items], glossary, params.index);
  const realistic = computeMetrics(runCases(index, answerable, today, { params: params.query })).hit1;
  const paraphrases = computeMetrics(
    runParaphraseFolds(items, glossary, today, 5, { params: params.query }, params.index),
  ).hit1;
  return { realistic, paraphrases, objective: realistic + PARAPHRASE_SHARE * paraphrases };
}

/**
 * Coordinate search over the retrieval parameters: each knob in turn takes the candidate value that raises the
 * objective most, until a full round changes nothing (or `rounds` are done). Slow (an index per candidate), pure.
 * `answerable` must be tuning questions, never held-out ones.
 */
export function searchParams(
  items: readonly KnowledgeItem[],
  glossary: Glossary,
  answerable: readonly GoldenCase[],
  today: string,
  options: { start?: RetrievalParams; rounds?: number; onStep?: (line: string) => void } = {},
): { params: RetrievalParams; score: SearchScore } {
  let best: RetrievalParams = structuredClone(
    options.start ?? { index: DEFAULT_INDEX_PARAMS, query: DEFAULT_QUERY_PARAMS },
  );
  let bestScore = scoreParams(best, items, glossary, answerable, today);
  options.onStep?.(`start: ${describe(bestScore)}`);
  for (let round = 0; round < (options.rounds ?? 3); round++) {
    let changed = false;
    for (const knob of KNOBS) {
      for (const value of knob.values(best)) {
        if (knob.get(best) === value) continue;
        const candidate = structuredClone(best);
        knob.set(candidate, value);
        const score = scoreParams(candidate, items, glossary, answerable, today);
        if (score.objective > bestScore.objective + 1e-9) {
          best = candidate;
          bestScore = score;
          changed = true;
          options.onStep?.(`${knob.name} = ${value}: ${describe(score)}`);
        }
      }
    }
    if (!changed) break;
  }
  return { params: best, score: bestScore };
}

function describe(score: SearchScore): string {
  return `hit@1 realistic ${(score.realistic * 100).toFixed(1)} %, paraphrases ${(score.paraphrases * 100).toFixed(1)} %`;
}
