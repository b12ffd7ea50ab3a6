import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { syntheticItems } from "../../functions/bench/engine-bench.js";
import { loadEngineKnowledge } from "../../functions/cli/ask.js";
import { answerQuestion } from "../../functions/core/engine/answer-question.js";
import { parseGoldenLines } from "../../functions/core/engine/evaluate.js";
import { decodeIndexSnapshot, encodeIndexSnapshot } from "../../functions/core/engine/index-snapshot.js";
import {
  buildKnowledgeIndex,
  DEFAULT_INDEX_PARAMS,
  type KnowledgeIndex,
} from "../../functions/core/engine/knowledge-index.js";
import { LANGUAGES } from "../../functions/core/knowledge/item-schema.js";

const today = "2026-11-25";
const knowledge = await loadEngineKnowledge(undefined, today);
const golden = parseGoldenLines(await readFile("test/golden/tune.jsonl", "utf8"), "tune");
const questions = [
  ...golden.map((c) => c.q),
  ...knowledge.items.flatMap((item) => LANGUAGES.map((language) => item.questions[language][0] ?? "")),
];

/** Everything an answer depends on, for comparing two indexes. */
function answersOf(index: KnowledgeIndex): unknown[] {
  return questions.map((question) => {
    const result = answerQuestion(index, question, { today });
    return [result.answered, result.confidence, result.item?.id, result.candidates];
  });
}

/** The snapshot with its header changed (the arrays kept). */
function withHeader(bytes: Uint8Array, change: (header: Record<string, unknown>) => void): Uint8Array {
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength)));
  change(header);
  const data = bytes.subarray(Math.ceil((12 + headerLength) / 8) * 8);
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = Math.ceil((12 + headerBytes.length) / 8) * 8;
  const out = new Uint8Array(dataStart + data.length);
  out.set(bytes.subarray(0, 8));
  new DataView(out.buffer).setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  out.set(data, dataStart);
  return out;
}

describe("index snapshot", () => {
  const index = buildKnowledgeIndex(knowledge.items, knowledge.glossary);
  const bytes = encodeIndexSnapshot(index, "v7");
  const load = (snapshot: Uint8Array, items = knowledge.items, version = "v7", params = DEFAULT_INDEX_PARAMS) =>
    decodeIndexSnapshot(snapshot, items, knowledge.glossary, version, params);

  it("loads into an index that answers every question exactly as the built one (real and synthetic items)", () => {
    const loaded = load(bytes);
    expect(loaded.vocabularySize).toBe(index.vocabularySize);
    expect(answersOf(loaded)).toEqual(answersOf(index));
    const synthetic = syntheticItems(knowledge.items, 300);
    const built = buildKnowledgeIndex(synthetic, knowledge.glossary);
    expect(answersOf(load(encodeIndexSnapshot(built, "v8"), synthetic, "v8"))).toEqual(answersOf(built));
  });

  it("loads from bytes that do not start at a multiple of 8 of their buffer", () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(answersOf(load(shifted.subarray(3)))).toEqual(answersOf(index));
  });

  it("rejects a snapshot of another knowledge version, other items or other parameters", () => {
    expect(() => load(bytes, knowledge.items, "v8")).toThrow("made for knowledge version v7, not v8");
    expect(() => load(bytes, knowledge.items.slice(1))).toThrow("made from other items");
    expect(() => load(bytes, [...knowledge.items].reverse())).toThrow("made from other items");
    expect(() => load(bytes, knowledge.items, "v7", { ...DEFAULT_INDEX_PARAMS, k1: 1.5 })).toThrow(
      "made with other retrieval parameters",
    );
    const fewerTerms = { terms: knowledge.glossary.terms.slice(1) };
    expect(() => decodeIndexSnapshot(bytes, knowledge.items, fewerTerms, "v7")).toThrow("made with another glossary");
  });

  it("rejects bytes that are not a snapshot, are cut short or are damaged", () => {
    expect(() => load(new TextEncoder().encode("hello, not an index"))).toThrow("not an index snapshot");
    expect(() => load(bytes.subarray(0, 40))).toThrow("cut short in its header");
    expect(() => load(bytes.subarray(0, bytes.length - 100))).toThrow("cut short in phraseNorm");
    const badJson = bytes.slice();
    badJson[12] = "x".charCodeAt(0);
    expect(() => load(badJson)).toThrow("its header is not JSON");
    expect(() => load(withHeader(bytes, (header) => delete header.terms))).toThrow("its header is invalid");
    expect(() => load(withHeader(bytes, (header) => (header.arrays as unknown[]).pop()))).toThrow("no phraseNorm");
    // A posting that points past the last item.
    const postings = withHeader(bytes, () => {});
    const headerLength = new DataView(postings.buffer).getUint32(8, true);
    const dataStart = Math.ceil((12 + headerLength) / 8) * 8;
    const header = JSON.parse(new TextDecoder().decode(postings.subarray(12, 12 + headerLength)));
    const docs = header.arrays.find((array: { name: string }) => array.name === "postingDocs");
    new DataView(postings.buffer).setInt32(dataStart + docs.offset, knowledge.items.length, true);
    expect(() => load(postings)).toThrow("a posting names an item that is not there");
  });

  it("rejects a snapshot made by an engine that analyzes words differently", () => {
    const renamed = withHeader(bytes, (header) => {
      const terms = header.terms as string[];
      const title = index.items[0]?.title.ru ?? "";
      const word = title.split(/\s+/)[0]?.toLowerCase() ?? "";
      const at = terms.findIndex((term) => word.startsWith(term) && term.length >= 3);
      terms[at] = `${terms[at]}~`;
    });
    expect(() => load(renamed)).toThrow("made by an engine that analyzes words differently");
  });
});
