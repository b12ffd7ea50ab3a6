import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadEngineKnowledge } from "../../functions/cli/ask.js";
import {
  type Metrics,
  metricsByLanguage,
  type Outcome,
  parseGoldenLines,
  runCases,
} from "../../functions/core/engine/evaluate.js";
import { buildKnowledgeIndex } from "../../functions/core/engine/knowledge-index.js";
import { LANGUAGES } from "../../functions/core/knowledge/item-schema.js";

/**
 * DESIGN §7 quality bars, measured on the real knowledge base and the held-out golden set (never used for
 * tuning): per language hit@1 ≥ 0.90 and hit@3 ≥ 0.97; refusal recall ≥ 0.95; ≤ 3 % of answerable questions
 * declined.
 */
const today = "2026-11-25";
let metrics: Record<string, Metrics>;
let outcomes: Outcome[];

beforeAll(async () => {
  const knowledge = await loadEngineKnowledge(undefined, today);
  const index = buildKnowledgeIndex(knowledge.items, knowledge.glossary);
  const file = path.resolve(import.meta.dirname, "../golden/heldout.jsonl");
  outcomes = runCases(index, parseGoldenLines(await readFile(file, "utf8"), "heldout.jsonl"), today);
  metrics = metricsByLanguage(outcomes);
});

const describeFailures = (language: string) =>
  outcomes
    .filter(
      (o) => (language === "all" || o.golden.lang === language) && o.trace.result.candidates[0]?.id !== o.golden.expect,
    )
    .map((o) => `${o.golden.q} → ${o.trace.result.candidates[0]?.id ?? "–"} (expected ${o.golden.expect})`)
    .join("\n");

describe("answer engine on heldout.jsonl (DESIGN §7)", () => {
  it.each(LANGUAGES)("%s: hit@1 ≥ 0.90 and hit@3 ≥ 0.97", (language) => {
    const m = metrics[language] as Metrics;
    expect(m.answerable).toBeGreaterThan(0);
    expect(m.hit1, describeFailures(language)).toBeGreaterThanOrEqual(0.9);
    expect(m.hit3, describeFailures(language)).toBeGreaterThanOrEqual(0.97);
  });

  it("declines off-topic questions: refusal recall ≥ 0.95", () => {
    const m = metrics.all as Metrics;
    expect(m.declinable).toBeGreaterThan(0);
    expect(m.refusalRecall).toBeGreaterThanOrEqual(0.95);
  });

  it("wrongly declines at most 3 % of answerable questions", () => {
    expect((metrics.all as Metrics).falseDecline).toBeLessThanOrEqual(0.03);
  });
});
