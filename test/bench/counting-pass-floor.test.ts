import { describe, expect, it } from "vitest";
import { countingPassFloor } from "../../functions/bench/counting-pass-floor.js";
import { makeItem } from "../engine/fixture-kb.js";

describe("countingPassFloor", () => {
  it("counts every word once and each distinct word once per item and field", () => {
    const items = [
      makeItem({
        id: "a",
        title: { ru: "Фонд фонд", kk: "Қор", en: "Fund" },
        summary: { ru: "Один", kk: "Бір", en: "One" },
        body: { ru: "фонд, ФОНД и фонд", kk: "қор", en: "fund fund" },
        questions: { ru: ["Фонд?"], kk: ["қор ба"], en: ["a fund"] },
      }),
      makeItem({
        id: "b",
        title: { ru: "Фонд", kk: "Қор", en: "Fund" },
        summary: { ru: "Один", kk: "Бір", en: "One" },
        body: { ru: "ёлка", kk: "ЁЛКА", en: "elka" },
        questions: { ru: ["фонд"], kk: ["қор"], en: ["fund"] },
      }),
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
