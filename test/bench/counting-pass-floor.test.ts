import { describe, expect, it } from "vitest";
import { countingPassFloor } from "../../functions/bench/counting-pass-floor.js";
import { makeItem } from "../engine/fixture-kb.js";

describe("countingPassFloor", () => {
  it("counts every word once and each distinct word once per item and field", () => {
    // Texts as [ru, kk, en]: title, summary, body, then one question per language.
    const item = (id: string, texts: [string, string, string][]) => {
      const [title, summary, body, question] = texts.map(([ru, kk, en]) => ({ ru, kk, en }));
      return makeItem({
        id,
        title: title ?? { ru: "", kk: "", en: "" },
        summary,
        body,
        questions: { ru: [question?.ru ?? ""], kk: [question?.kk ?? ""], en: [question?.en ?? ""] },
      });
    };
    const items = [
      item("a", [
        ["Фонд фонд", "Қор", "Fund"],
        ["Один", "Бір", "One"],
        ["фонд, ФОНД и фонд", "қор", "fund fund"],
        ["Фонд?", "қор ба", "a fund"],
      ]),
      item("b", [
        ["Фонд", "Қор", "Fund"],
        ["Один", "Бір", "One"],
        ["ёлка", "ЁЛКА", "elka"],
        ["фонд", "қор", "fund"],
      ]),
    ];
    const pass = countingPassFloor(items, 2);
    // Item a: title 4 words, questions 5, summary 3, body 7; item b: 3, 3, 3, 3.
    expect(pass.words).toBe(19 + 12);
    // фонд қор fund один бір one и ба a елка elka (ё folded to е, upper to lower case).
    expect(pass.distinctWords).toBe(11);
    // a: title {фонд, қор, fund}, questions {фонд, қор, ба, a, fund}, summary 3, body {фонд, и, қор, fund};
    // b: title 3, questions 3, summary 3, body {елка, elka}.
    expect(pass.entries).toBe(3 + 5 + 3 + 4 + 3 + 3 + 3 + 2);
    expect(pass.ms).toBeGreaterThanOrEqual(0);
  });

  it("grows its tables past their first size", () => {
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}`).join(" ");
    const item = makeItem({
      id: "big",
      title: { ru: "т", kk: "т", en: "t" },
      summary: { ru: "с", kk: "с", en: "s" },
      body: { ru: words, kk: "қ", en: "b" },
      questions: { ru: ["в"], kk: ["с"], en: ["q"] },
    });
    const pass = countingPassFloor([item], 1);
    expect(pass.distinctWords).toBe(40_000 + 8); // т t с s қ b в q
  });
});
