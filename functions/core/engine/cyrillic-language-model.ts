import type { KnowledgeItem } from "../knowledge/item-schema.js";

type CyrillicLanguage = "ru" | "kk";

/** Characters of text per language the model learns from (see fromItems). */
const MAX_TRAINING_CHARS = 600_000;

/**
 * Tells Russian from Kazakh written in Cyrillic by letter trigrams, learned from the knowledge base's own
 * Russian and Kazakh texts (add-one smoothed). It matters for Kazakh without Kazakh-only letters ("Тексеру керек
 * пе?", "Жауап бер"), which letter checks cannot see. Replaces a general-purpose detector whose language
 * profiles made up most of the worker bundle.
 */
export class CyrillicLanguageModel {
  private constructor(
    /** Per language: log-probability of each trigram code (add-one smoothed, so unseen ones have one too). */
    private readonly logProbabilities: Record<CyrillicLanguage, Float64Array>,
  ) {}

  static train(texts: Record<CyrillicLanguage, string[]>): CyrillicLanguageModel {
    const counts = { ru: new Float64Array(TRIGRAM_CODES), kk: new Float64Array(TRIGRAM_CODES) };
    const totals = { ru: 0, kk: 0 };
    for (const language of ["ru", "kk"] as const) {
      for (const text of texts[language]) {
        for (const code of trigramCodes(text)) counts[language][code] = (counts[language][code] as number) + 1;
      }
    }
    let vocabulary = 0;
    for (let code = 0; code < TRIGRAM_CODES; code++) {
      if ((counts.ru[code] as number) > 0 || (counts.kk[code] as number) > 0) vocabulary++;
      totals.ru += counts.ru[code] as number;
      totals.kk += counts.kk[code] as number;
    }
    const logProbabilities = { ru: new Float64Array(TRIGRAM_CODES), kk: new Float64Array(TRIGRAM_CODES) };
    for (const language of ["ru", "kk"] as const) {
      const total = totals[language] + vocabulary;
      const languageCounts = counts[language];
      const out = logProbabilities[language];
      for (let code = 0; code < TRIGRAM_CODES; code++)
        out[code] = Math.log(((languageCounts[code] as number) + 1) / total);
    }
    return new CyrillicLanguageModel(logProbabilities);
  }

  /**
   * Trained on the items' texts up to MAX_TRAINING_CHARS per language: letter trigram statistics settle long
   * before that (the real base has about 300 000 characters per language), and a 10 000-item base would
   * otherwise spend a third of its index build here.
   */
  static fromItems(items: KnowledgeItem[]): CyrillicLanguageModel {
    const textsOf = (language: CyrillicLanguage) => {
      const texts: string[] = [];
      let chars = 0;
      for (const item of items) {
        for (const text of [
          item.title[language],
          item.summary[language],
          ...item.questions[language],
          item.body[language],
        ]) {
          texts.push(text);
          chars += text.length;
        }
        if (chars >= MAX_TRAINING_CHARS) break;
      }
      return texts;
    };
    return CyrillicLanguageModel.train({ ru: textsOf("ru"), kk: textsOf("kk") });
  }

  /**
   * Mean log-probability per trigram under each language, best first; `margin` is the difference between the two
   * (0 when the text has no Cyrillic trigrams).
   */
  rank(text: string): { language: CyrillicLanguage; margin: number } {
    const codes = trigramCodes(text);
    if (codes.length === 0) return { language: "ru", margin: 0 };
    const score = (language: CyrillicLanguage) => {
      const table = this.logProbabilities[language];
      let sum = 0;
      for (const code of codes) sum += table[code] as number;
      return sum / codes.length;
    };
    const ru = score("ru");
    const kk = score("kk");
    return kk > ru ? { language: "kk", margin: kk - ru } : { language: "ru", margin: ru - kk };
  }
}

/** Cyrillic letters of Russian and Kazakh after lower-casing (ё is read as е); 0 stands for a word boundary. */
const LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі";
const ALPHABET = LETTERS.length + 1;
const TRIGRAM_CODES = ALPHABET * ALPHABET * ALPHABET;
const CYRILLIC_BLOCK = 0x400;
/** Code unit − CYRILLIC_BLOCK → letter number (1…), 0 for anything else. */
const LETTER_NUMBER = (() => {
  const numbers = new Uint8Array(0x100);
  [...LETTERS].forEach((letter, index) => {
    numbers[letter.charCodeAt(0) - CYRILLIC_BLOCK] = index + 1;
  });
  numbers["ё".charCodeAt(0) - CYRILLIC_BLOCK] = numbers["е".charCodeAt(0) - CYRILLIC_BLOCK] as number;
  return numbers;
})();

/**
 * Letter trigrams of each Cyrillic word, with word boundaries (" ке", "ек "), as numbers: a letter-trigram table
 * of numbers instead of a map of strings trains in a fraction of the time.
 */
function trigramCodes(text: string): number[] {
  const lower = text.toLowerCase();
  const codes: number[] = [];
  /** The last two symbols of the current word, boundary included, as `first * ALPHABET + second`; -1 outside words. */
  let pair = -1;
  for (let i = 0; i <= lower.length; i++) {
    const unit = i < lower.length ? lower.charCodeAt(i) - CYRILLIC_BLOCK : -1;
    const letter = unit >= 0 && unit < 0x100 ? (LETTER_NUMBER[unit] as number) : 0;
    if (letter === 0) {
      if (pair >= 0) codes.push(pair * ALPHABET); // the word's last two symbols and the boundary after it
      pair = -1;
    } else if (pair < 0) {
      pair = letter; // boundary, first letter
    } else {
      codes.push(pair * ALPHABET + letter);
      pair = (pair % ALPHABET) * ALPHABET + letter;
    }
  }
  return codes;
}
