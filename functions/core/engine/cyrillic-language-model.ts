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
    private readonly logProbabilities: Record<CyrillicLanguage, Map<string, number>>,
    private readonly unseen: Record<CyrillicLanguage, number>,
  ) {}

  static train(texts: Record<CyrillicLanguage, string[]>): CyrillicLanguageModel {
    const vocabulary = new Set<string>();
    const counts = { ru: new Map<string, number>(), kk: new Map<string, number>() };
    for (const language of ["ru", "kk"] as const) {
      for (const text of texts[language]) {
        for (const trigram of trigrams(text)) {
          counts[language].set(trigram, (counts[language].get(trigram) ?? 0) + 1);
          vocabulary.add(trigram);
        }
      }
    }
    const logProbabilities = { ru: new Map<string, number>(), kk: new Map<string, number>() };
    const unseen = { ru: 0, kk: 0 };
    for (const language of ["ru", "kk"] as const) {
      const total = [...counts[language].values()].reduce((sum, count) => sum + count, 0) + vocabulary.size;
      for (const [trigram, count] of counts[language])
        logProbabilities[language].set(trigram, Math.log((count + 1) / total));
      unseen[language] = Math.log(1 / total);
    }
    return new CyrillicLanguageModel(logProbabilities, unseen);
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
    const grams = trigrams(text);
    if (grams.length === 0) return { language: "ru", margin: 0 };
    const score = (language: CyrillicLanguage) =>
      grams.reduce((sum, gram) => sum + (this.logProbabilities[language].get(gram) ?? this.unseen[language]), 0) /
      grams.length;
    const ru = score("ru");
    const kk = score("kk");
    return kk > ru ? { language: "kk", margin: kk - ru } : { language: "ru", margin: ru - kk };
  }
}

/** Letter trigrams of each Cyrillic word, with word boundaries (" ке", "ек "). */
function trigrams(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/[а-яәғқңөұүһі]+/g) ?? [];
  const grams: string[] = [];
  for (const word of words) {
    const padded = ` ${word} `;
    for (let index = 0; index + 3 <= padded.length; index++) grams.push(padded.slice(index, index + 3));
  }
  return grams;
}
