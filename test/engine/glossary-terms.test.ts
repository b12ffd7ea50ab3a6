import { describe, expect, it } from "vitest";
import { loadEngineKnowledge } from "../../functions/cli/ask.js";
import { analyze } from "../../functions/core/engine/analyze.js";
import { GlossaryMatcher } from "../../functions/core/engine/glossary-matcher.js";
import { LANGUAGES } from "../../functions/core/knowledge/item-schema.js";

describe("the glossary as the engine reads it", () => {
  it("keeps at least two search words of every multi-word term (else it would match every use of the one left)", async () => {
    const { glossary } = await loadEngineKnowledge();
    const degenerate = glossary.terms.flatMap((entry) =>
      LANGUAGES.flatMap((language) =>
        entry[language]
          .filter((term) => term.trim().includes(" ") && analyze(term, language).length < 2)
          .map((term) => `${language}: ${term} → ${analyze(term, language).join(" ")}`),
      ),
    );
    expect(degenerate).toEqual([]);
  });
});

describe("GlossaryMatcher.conceptsAt (indexing) and matchAt (questions)", () => {
  it("find the same concepts at every position of every item text", async () => {
    const { glossary, items } = await loadEngineKnowledge();
    const matcher = new GlossaryMatcher(glossary);
    const vocabulary: string[] = [];
    const idOf = new Map<string, number>();
    let positions = 0;
    let found = 0;
    for (const item of items)
      for (const language of LANGUAGES) {
        const terms = analyze(`${item.title[language]} ${item.summary[language]} ${item.body[language]}`, language);
        const ids = terms.map((term) => {
          if (!idOf.has(term)) {
            idOf.set(term, vocabulary.push(term) - 1);
            matcher.noteTermId(term, vocabulary.length - 1);
          }
          return idOf.get(term) as number;
        });
        ids.push(-1); // ids past `end` are not part of the text
        for (let start = 0; start < terms.length; start++) {
          const expected = matcher.matchAt(terms, start).map((match) => match.concept);
          expect(matcher.conceptsAt(ids, start, terms.length, vocabulary)).toEqual(expected);
          positions++;
          found += expected.length;
        }
      }
    expect(positions).toBeGreaterThan(10_000);
    expect(found).toBeGreaterThan(100);
  });
});
