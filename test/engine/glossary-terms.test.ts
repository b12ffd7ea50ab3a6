import { describe, expect, it } from "vitest";
import { loadEngineKnowledge } from "../../functions/cli/ask.js";
import { analyze } from "../../functions/core/engine/analyze.js";
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
