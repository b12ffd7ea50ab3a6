import { describe, expect, it } from "vitest";
import {
  foldTerm,
  looksLikeLatinKazakh,
  maskPersonalData,
  mostlyLatinWords,
  normalizeText,
  transliterateKazakhWord,
} from "../../functions/core/engine/normalize.js";

describe("normalizeText", () => {
  it("lower-cases, turns ё into е and punctuation into spaces", () => {
    expect(normalizeText("Ёлка, «Устав» — ОО!?")).toBe("елка устав оо");
  });

  it("keeps the Kazakh letters ә ғ қ ң ө ұ ү һ і", () => {
    expect(normalizeText("ӘҒҚҢӨҰҮҺІ: Қоғамдық бірлестіктің жарғысы")).toBe("әғқңөұүһі қоғамдық бірлестіктің жарғысы");
  });

  it("repairs Latin look-alike letters typed inside Cyrillic words", () => {
    expect(normalizeText("бiрлестiк тiркеу")).toBe("бірлестік тіркеу");
  });

  it("keeps numbers that may matter (articles, years) but masks personal data", () => {
    expect(normalizeText("ст. 615 в 2026 году")).toBe("ст 615 в 2026 году");
    expect(normalizeText("ИИН 850312450123, тел. +7 701 234 56 78")).toBe("иин тел");
  });
});

describe("maskPersonalData", () => {
  it("removes IIN/BIN and phone numbers in the usual spellings", () => {
    for (const text of [
      "850312450123",
      "850 312 450 123",
      "+7 701 234 56 78",
      "8 (722) 255-44-33",
      "87011234567",
      "+77011234567",
    ]) {
      expect(maskPersonalData(`x ${text} y`).replace(/\s+/g, " ")).toBe("x y");
    }
  });

  it("leaves dates, law numbers and amounts alone", () => {
    const text = "Закон от 16.01.2001 № 142-II, 6,5 МРП = 28 112,5 ₸, до 31 марта 2026";
    expect(maskPersonalData(text)).toBe(text);
  });
});

describe("Kazakh Latin → Cyrillic", () => {
  it("transliterates the official 2021 alphabet", () => {
    expect(transliterateKazakhWord("qoğamdyq")).toBe("қоғамдық");
    expect(transliterateKazakhWord("bırlestık")).toBe("бірлестік");
    expect(transliterateKazakhWord("jarğy")).toBe("жарғы");
    expect(transliterateKazakhWord("üşın")).toBe("үшін");
    expect(transliterateKazakhWord("öñır")).toBe("өңір");
    expect(transliterateKazakhWord("ūiym")).toBe("ұйым");
    expect(transliterateKazakhWord("äділет".replace("діlet", ""))).toContain("ә");
  });

  it("transliterates informal spellings (sh, zh, gh, ng, apostrophes, i/y after vowels)", () => {
    expect(transliterateKazakhWord("qogamdyq")).toBe("қоғамдық");
    expect(transliterateKazakhWord("zhargy")).toBe("жарғы");
    expect(transliterateKazakhWord("ghalym")).toBe("ғалым");
    expect(transliterateKazakhWord("mening")).toBe("менің");
    expect(transliterateKazakhWord("o'zgeris")).toBe("өзгеріс");
    expect(transliterateKazakhWord("u'ki'metti'k")).toBe("үкіметтік");
    expect(transliterateKazakhWord("qalai")).toBe("қалай");
    expect(transliterateKazakhWord("qanday")).toBe("қандай");
    expect(transliterateKazakhWord("ashu")).toBe("ашу");
  });

  it("reads k and g as қ and ғ in words with back vowels only (vowel harmony), never in front or mixed words", () => {
    expect(transliterateKazakhWord("kamkorshylyk")).toBe("қамқоршылық");
    expect(transliterateKazakhWord("kalai")).toBe("қалай");
    expect(transliterateKazakhWord("tapsyrmagan")).toBe("тапсырмаған");
    expect(transliterateKazakhWord("mindetti")).toBe("міндетті");
    expect(transliterateKazakhWord("kerek")).toBe("керек");
    expect(transliterateKazakhWord("kooperativ")).toBe("кооператів"); // folded to кооператив for matching
  });

  it("applies only to text that reads as Latin Kazakh, not to English", () => {
    expect(looksLikeLatinKazakh("qogamdyq birlestik qalai tirkeledi")).toBe(true);
    expect(looksLikeLatinKazakh("qoğamdyq qor aşu üşın qandai qūjattar kerek")).toBe(true);
    expect(looksLikeLatinKazakh("how do i register a public association")).toBe(false);
    expect(looksLikeLatinKazakh("kor kurgymyz keledi, kamkorshylyk kenes mindetti me")).toBe(true);
    expect(looksLikeLatinKazakh("birneshe zhyl eshteme tapsyrmagan KB ozinen zhabyla ma".toLowerCase())).toBe(true);
    expect(looksLikeLatinKazakh("our charter and the founders' meeting minutes are ready")).toBe(false);
    expect(looksLikeLatinKazakh("the registration of branches and representative offices")).toBe(false);
    expect(looksLikeLatinKazakh("write sql to select duplicate rows")).toBe(false);
    // Everyday words (биыл "this year", оны "it") and the first-person ending -мын, among Russian loanwords.
    expect(
      looksLikeLatinKazakh("zakonda summa aek-pen berilgen, ony tengege qalai audaramyn, biyl 1 aek qansha?"),
    ).toBe(true);
    expect(looksLikeLatinKazakh("the admin of our vitamin shop wants a new domain")).toBe(false);
    expect(looksLikeLatinKazakh("sql")).toBe(false);
    expect(looksLikeLatinKazakh("pa registration documents")).toBe(false);
    expect(normalizeText("Qoğamdyq qor aşu üşın qandai qūjattar kerek?")).toBe(
      "қоғамдық қор ашу үшін қандай құжаттар керек",
    );
    expect(normalizeText("Register a PA quickly")).toBe("register a pa quickly");
  });
});

describe("mostlyLatinWords", () => {
  /** The regular expressions it stands in for (looksLikeLatinKazakh's first test). */
  const reference = (text: string): boolean => {
    const words = text.match(/[\p{L}'’`]+/gu) ?? [];
    const latin = words.filter((word) => /^[a-zäöüğıñşūç'’`]+$/.test(word)).length;
    return latin > 0 && latin * 2 >= words.length;
  };

  it("agrees with the regular expressions on random texts of letters of every script, apostrophes and separators", () => {
    const pool = [..."abzäöüğıñşūçəɵθ'’`аәбқңөұүһіёЁABZÄÇ0 9,.-—«»\n\tαβ中№€ \u00a0"];
    let seed = 7;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    let compared = 0;
    let mostlyLatin = 0;
    for (let n = 0; n < 5000; n++) {
      let text = "";
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += pool[Math.floor(next() * pool.length)];
      const answer = mostlyLatinWords(text);
      if (answer === undefined) {
        expect(text).toContain("中"); // the only character of the pool beyond the table
        continue;
      }
      expect(answer, JSON.stringify(text)).toBe(reference(text));
      compared++;
      if (answer) mostlyLatin++;
    }
    expect(compared).toBeGreaterThan(2500);
    // Both answers are exercised.
    expect(mostlyLatin).toBeGreaterThan(compared / 10);
    expect(mostlyLatin).toBeLessThan(compared * 0.9);
  });

  it("leaves texts with characters beyond its table to the regular expressions", () => {
    expect(mostlyLatinWords("qor 𝐀")).toBeUndefined(); // a letter outside the Basic Multilingual Plane
    expect(mostlyLatinWords("qor ашу")).toBe(true);
    expect(mostlyLatinWords("qor ашу керек")).toBe(false);
    expect(mostlyLatinWords("’’ ’")).toBe(true);
    expect(mostlyLatinWords("123 !?")).toBe(false);
  });
});

describe("foldTerm", () => {
  it("folds Kazakh letters to Russian look-alikes and drops ь/ъ", () => {
    expect(foldTerm("қоғамдық")).toBe("когамдык");
    expect(foldTerm("объединен")).toBe(foldTerm("обьединен"));
    expect(foldTerm("үкіметтік")).toBe("укиметтик");
  });
});
