import { describe, expect, it } from "vitest";
import { loadEngineKnowledge } from "../../functions/cli/ask.js";
import { normalizeWords } from "../../functions/core/engine/normalize.js";
import { IntList } from "../../functions/core/engine/typed-arrays.js";
import { characterTables, WordScanner } from "../../functions/core/engine/word-scanner.js";
import { LANGUAGES } from "../../functions/core/knowledge/item-schema.js";

/**
 * The scanner's words for each text, as strings (each distinct word resolves to its position in `resolved`), and
 * every word it resolved.
 */
function scan(texts: readonly string[], latinKazakh: boolean): { words: string[][]; resolved: string[] } {
  const resolved: string[] = [];
  const scanner = new WordScanner((word) => resolved.push(word) - 1, { latinKazakh });
  const words = texts.map((text) => {
    const ids = new IntList();
    scanner.scan(text, ids);
    return ids.toArray().map((id) => resolved[id] as string);
  });
  return { words, resolved };
}

/** Scanner and normalizeWords agree on every text, and the scanner resolved no word normalizeWords does not give. */
function expectSameAsNormalizeWords(texts: readonly string[], latinKazakh: boolean): void {
  const { words, resolved } = scan(texts, latinKazakh);
  const expected = texts.map((text) => normalizeWords(text, { latinKazakh }));
  texts.forEach((text, index) => {
    expect(words[index], text.slice(0, 80)).toEqual(expected[index]);
  });
  expect(new Set(resolved)).toEqual(new Set(expected.flat()));
}

const EDGE_CASES = [
  "Позвоните +7 701 123 45 67 или 8(701)1234567, ИИН 900101300123",
  "ИИН 900 101 300 123 и БИН 123456789012",
  "номер 12345 67890 и год 2026, статья 615 п.2",
  "İstanbul KELVIN \u212A sign and e\u0301cole",
  "Ёлка, ЁЖ, ещё, Қоғамдық бірлестік ӘДІЛЕТ ҰЙЫМ ҮЙ ҺӘМ ІС",
  "Оbщество с oграниченной, бiрлестiк, қoр, HКO",
  "a1б mixed аb 2x3 ДИАГНОЗ",
  "emoji 😀 between 🇰🇿 words, tab\tnew\nline\u00a0nbsp",
  "ÄÖÜĞÑŞŪÇ Ə Ɵ Θ ı äöü",
  "qogamdyq birlestik tirkeu ushin kansha adam kerek",
  "zhargy ozgertu kerek pe",
  "QOGAMDYQ BIRLESTIK QALAI TIRKELEDI", // Latin letters only as capitals
  "қор аşу üşın", // Latin letters only outside a–z
  "\u212Aor \u212Aurgymyz keledi", // KELVIN SIGN, which lower-cases to k
  "How to register a public association, eGov and e-license?",
  "",
  "   ",
  "слово".repeat(3000),
];

describe("WordScanner", () => {
  it("gives exactly the words of normalizeWords for edge cases (personal data, combining marks, İ, ё, mixed scripts, Latin Kazakh), with and without Latin Kazakh", () => {
    for (const latinKazakh of [false, true]) expectSameAsNormalizeWords(EDGE_CASES, latinKazakh);
  });

  it("gives exactly the words of normalizeWords for every text of the knowledge base", async () => {
    const { items } = await loadEngineKnowledge();
    for (const language of LANGUAGES) {
      const texts = items.flatMap((item) => [
        item.title[language],
        item.summary[language],
        item.body[language],
        ...item.questions[language],
        ...item.legal_basis.map((basis) => `${basis.act[language]} ${basis.article[language]}`),
      ]);
      expectSameAsNormalizeWords(texts, language === "kk");
    }
  });

  it("has character tables that agree with toLowerCase, NOT_A_LETTER and \\s for every UTF-16 code unit", () => {
    const { characters, numberGlue } = characterTables();
    const mismatches: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const lower = char.toLowerCase().replace(/ё/g, "е");
      const expected =
        (code >= 0x300 && code <= 0x36f) || lower.length > 1
          ? 1
          : /^[0-9a-zа-яәғқңөұүһіäöüğıñşūçəɵθ]$/.test(lower) && !(code >= 0xd800 && code <= 0xdfff)
            ? lower.charCodeAt(0)
            : 0;
      if (characters[code] !== expected) mismatches.push(`${code.toString(16)}: ${characters[code]} ≠ ${expected}`);
      if (numberGlue[code] !== (/[\s()+-]/.test(char) ? 1 : 0)) mismatches.push(`glue ${code.toString(16)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("maps repeated words to one id and resolves each distinct word once", () => {
    const resolved: string[] = [];
    const scanner = new WordScanner((word) => resolved.push(word) - 1, { latinKazakh: false });
    const ids = new IntList(2);
    scanner.scan("Устав, устав и УСТАВ; фонд фонд", ids);
    expect(ids.toArray()).toEqual([0, 0, 1, 0, 2, 2]);
    expect(resolved).toEqual(["устав", "и", "фонд"]);
  });
});
