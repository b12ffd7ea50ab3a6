import { describe, expect, it } from "vitest";
import { stemKazakh } from "../../functions/core/engine/kazakh-stemmer.js";

describe("stemKazakh", () => {
  it.each([
    ["бірлестіктің", "бірлестік"],
    ["тіркеуге", "тіркеу"],
    ["құрылтайшылар", "құрылтайшы"],
    ["құрылтайшыларының", "құрылтайшы"],
    ["жарғысын", "жарғы"],
    ["жарғысына", "жарғы"],
    ["жарғыны", "жарғы"],
    ["қордың", "қор"],
    ["құжаттары", "құжат"],
    ["құжаттармен", "құжат"],
    ["мүшелері", "мүше"],
    ["ұйымымыз", "ұйым"],
    ["шетелден", "шетел"],
    ["хаттамасы", "хаттама"],
    ["гранттар", "грант"],
    ["қайта", "қайта"],
    ["қайтадан", "қайта"],
    ["футболка", "футболк"],
    ["футболкалар", "футболк"],
  ])("%s → %s", (word, stem) => {
    expect(stemKazakh(word)).toBe(stem);
  });

  it("restores the dictionary consonant after a vowel ending (ғ→қ, г→к, б→п)", () => {
    expect(stemKazakh("бірлестігі")).toBe("бірлестік");
    expect(stemKazakh("салығы")).toBe("салық");
    expect(stemKazakh("министрлігі")).toBe("министрлік");
    expect(stemKazakh("тәртібі")).toBe("тәртіп");
    expect(stemKazakh("есебі")).toBe("есеп");
  });

  it("gives inflected forms the stem of the base word", () => {
    const same = [
      ["бірлестік", "бірлестіктің", "бірлестіктер", "бірлестігі", "бірлестіктерінің"],
      ["жарғы", "жарғысы", "жарғысын", "жарғыға", "жарғыда"],
      ["салық", "салығы", "салықтар", "салықтан"],
      ["қор", "қоры", "қорға", "қордан", "қорлар"],
    ];
    for (const [base, ...forms] of same) {
      for (const form of forms) expect(stemKazakh(form), form).toBe(stemKazakh(base as string));
    }
  });

  it("keeps derivational suffixes and short words whole", () => {
    expect(stemKazakh("қоғамдық")).toBe("қоғамдық");
    expect(stemKazakh("құрылтайшы")).toBe("құрылтайшы");
    expect(stemKazakh("жарғы")).toBe("жарғы");
    expect(stemKazakh("жеке")).toBe("жеке");
    expect(stemKazakh("жарна")).toBe("жарна");
    expect(stemKazakh("қазақстан")).toBe("қазақстан");
    expect(stemKazakh("ақы")).toBe("ақы");
    expect(stemKazakh("заң")).toBe("заң");
  });

  it("handles Kazakh typed without Kazakh letters", () => {
    expect(stemKazakh("бирлестиктин")).toBe("бирлестик");
    expect(stemKazakh("тиркеуге")).toBe("тиркеу");
  });
});
