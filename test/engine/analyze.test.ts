import { describe, expect, it } from "vitest";
import { analyze, analyzeQuery, stemWord, tokenize, wordLanguage } from "../../functions/core/engine/analyze.js";
import { normalizeText } from "../../functions/core/engine/normalize.js";

describe("tokenize", () => {
  it("keeps Kazakh letters inside words", () => {
    expect(tokenize(normalizeText("Қоғамдық қордың жарғысын өзгерту"))).toEqual([
      "қоғамдық",
      "қордың",
      "жарғысын",
      "өзгерту",
    ]);
    expect(tokenize(normalizeText("ҮЕҰ-ға ұйым һәм"))).toEqual(["үеұ", "ға", "ұйым", "һәм"]);
  });

  it("drops one-letter words but keeps numbers", () => {
    expect(tokenize("в 2026 и 3 а")).toEqual(["2026", "3"]);
  });
});

describe("analyze", () => {
  it("stems Russian and English with Snowball", () => {
    expect(analyze("регистрация некоммерческих организаций", "ru")).toEqual(["регистрац", "некоммерческ", "организац"]);
    expect(analyze("registering the founders", "en")).toEqual(["regist", "founder"]);
  });

  it("keeps the noun устав whole (Snowball would cut it to уста)", () => {
    expect(analyze("устав", "ru")).toEqual(analyze("уставе", "ru"));
  });

  it("removes stop words and their inflected forms in all three languages", () => {
    expect(analyze("Подскажите пожалуйста, какие нужны документы?", "ru")).toEqual(["документ"]);
    expect(analyze("кімдер ала алады, біздің ұйымымызға", "kk")).toEqual(["уйым"]);
    expect(analyze("what do we need to do", "en")).toEqual([]);
  });

  it("stems each word by the language it looks like in mixed text", () => {
    expect(wordLanguage("тіркеу", "ru")).toBe("kk");
    expect(wordLanguage("документы", "kk")).toBe("kk");
    expect(wordLanguage("документы", "ru")).toBe("ru");
    expect(wordLanguage("egov", "kk")).toBe("en");
    const query = analyzeQuery(normalizeText("ҚБ тіркеу үшін какие документы нужны через egov"), "kk");
    expect(query.terms.slice(0, 2)).toEqual(["кб", "тиркеу"]);
    expect(query.terms).toContain("egov");
    // "документы" has no Kazakh letter: read as Kazakh (the question's language) and, as an alternate, as Russian.
    const position = query.terms.findIndex((term) => term.startsWith("докумен"));
    expect(query.alternates[position]).toBe("документ");
    expect(query.alternates[0]).toBeUndefined(); // ҚБ has a Kazakh letter: not ambiguous
  });

  it("matches Kazakh typed on a Russian keyboard and the ь/ъ typo", () => {
    expect(analyze("когамдык бирлестик", "kk")).toEqual(analyze("қоғамдық бірлестік", "kk"));
    expect(analyze("обьединения", "ru")).toEqual(analyze("объединения", "ru"));
  });

  it("keeps abbreviations whole", () => {
    expect(stemWord("оо", "ru")).toBe("оо");
    expect(stemWord("нко", "ru")).toBe("нко");
    expect(stemWord("қб", "kk")).toBe("кб");
  });
});
