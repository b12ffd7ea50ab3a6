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

/**
 * Regression floors for the answer engine on the held-out sets (never used for tuning). They sit a few points under
 * what the engine measures today, so any change that makes answers worse fails CI.
 *
 * They are NOT the DESIGN §7 bars (hit@1 ≥ 0.90, hit@3 ≥ 0.97, refusal recall ≥ 0.95, false declines ≤ 3 %), which
 * `npm run eval` reads on the first three sets together. heldout-hard.jsonl, written to be hard (situations described
 * without the legal term, near misses in the knowledge base's own words), is far below the bars and kept as a
 * yardstick. Raise these floors as the engine improves; never lower them to make a change pass.
 */
const FLOORS: Record<string, { hit1: number; hit3: number; refusalRecall: number; falseDecline: number }> = {
  "heldout.jsonl": { hit1: 0.96, hit3: 0.98, refusalRecall: 0.9, falseDecline: 0.03 },
  "heldout-fresh.jsonl": { hit1: 0.89, hit3: 0.97, refusalRecall: 0.9, falseDecline: 0.04 },
  "heldout-fresh-2.jsonl": { hit1: 0.92, hit3: 0.98, refusalRecall: 0.9, falseDecline: 0.02 },
  "heldout-hard.jsonl": { hit1: 0.8, hit3: 0.94, refusalRecall: 0.86, falseDecline: 0.09 },
};

const today = "2026-11-25";
const metrics: Record<string, Metrics> = {};
const outcomes: Record<string, Outcome[]> = {};

beforeAll(async () => {
  const knowledge = await loadEngineKnowledge(undefined, today);
  const index = buildKnowledgeIndex(knowledge.items, knowledge.glossary);
  for (const name of Object.keys(FLOORS)) {
    const file = path.resolve(import.meta.dirname, "../golden", name);
    outcomes[name] = runCases(index, parseGoldenLines(await readFile(file, "utf8"), name), today);
    metrics[name] = metricsByLanguage(outcomes[name] ?? []).all as Metrics;
  }
});

const failures = (name: string) =>
  (outcomes[name] ?? [])
    .filter((o) => o.trace.result.candidates[0]?.id !== o.golden.expect)
    .map(
      (o) =>
        `${o.golden.q.slice(0, 80)} → ${o.trace.result.answered ? o.trace.result.candidates[0]?.id : "declined"} (expected ${o.golden.expect})`,
    )
    .join("\n");

describe.each(Object.keys(FLOORS))("answer engine on %s (regression floor)", (name) => {
  it("keeps hit@1 and hit@3", () => {
    const floor = FLOORS[name];
    expect(metrics[name]?.hit1, failures(name)).toBeGreaterThanOrEqual(floor?.hit1 ?? 1);
    expect(metrics[name]?.hit3, failures(name)).toBeGreaterThanOrEqual(floor?.hit3 ?? 1);
  });

  it("keeps declining off-topic questions without declining answerable ones", () => {
    const floor = FLOORS[name];
    expect(metrics[name]?.refusalRecall).toBeGreaterThanOrEqual(floor?.refusalRecall ?? 1);
    expect(metrics[name]?.falseDecline).toBeLessThanOrEqual(floor?.falseDecline ?? 0);
  });
});
