import { describe, expect, it } from "vitest";
import { loadEngineKnowledge } from "../../functions/cli/ask.js";
import { HAND_WRITTEN_TUNING_SETS, readGoldenSet } from "../../functions/cli/eval.js";
import { COUNTRY_PREFIXES, COUNTRY_WHOLE_WORDS, namesCountry } from "../../functions/core/engine/countries.js";
import { shouldDecline } from "../../functions/core/engine/evaluate.js";
import { foldTerm, normalizeText } from "../../functions/core/engine/normalize.js";
import { LANGUAGES } from "../../functions/core/knowledge/item-schema.js";

const foldedWords = (text: string): string[] => normalizeText(text).split(" ").filter(Boolean).map(foldTerm);

/**
 * The words of the knowledge base and of answerable tuning questions that do name another country (a grant from a
 * Norwegian foundation, a founder who moved to Canada). Any other word found is a stem starting a word that is
 * not a country ("бағамдық", an exchange rate, once started like the Bahamas).
 */
const REAL_COUNTRY_MENTIONS = [
  "501",
  "american",
  "british",
  "canada",
  "dutch",
  "eu",
  "european",
  "geneva",
  "german",
  "germany",
  "hamburg",
  "istanbul",
  "korean",
  "kyrgyzstan",
  "london",
  "moscow",
  "netherlands",
  "norwegian",
  "overseas",
  "russia",
  "russian",
  "swiss",
  "toronto",
  "turkey",
  "turkish",
  "uk",
  "us",
  "uzbek",
  "warsaw",
  "акш",
  "америкадагы",
  "америкалык",
  "американская",
  "американского",
  "английский",
  "англиского",
  "британского",
  "германии",
  "германия",
  "германиядагы",
  "европейского",
  "еуропалык",
  "жапония",
  "жапониядагы",
  "корей",
  "корейский",
  "кыргызстандагы",
  "немецкий",
  "немецкого",
  "нидерландов",
  "озбек",
  "озбекстан",
  "полшага",
  "ресей",
  "россии",
  "турции",
  "улыбритания",
  "швейцарии",
  "швейцариялык",
];

describe("country names", () => {
  it("finds in the knowledge base and the answerable tuning questions only the countries they do name", async () => {
    const knowledge = await loadEngineKnowledge();
    const texts: string[] = [];
    for (const item of knowledge.items) {
      for (const language of LANGUAGES) {
        texts.push(item.title[language], item.summary[language], item.body[language], ...item.questions[language]);
      }
    }
    for (const name of HAND_WRITTEN_TUNING_SETS) {
      for (const golden of await readGoldenSet(name)) if (!shouldDecline(golden)) texts.push(golden.q);
    }
    const found = new Set<string>();
    for (const text of texts) {
      for (const word of foldedWords(text)) if (namesCountry(word)) found.add(word);
    }
    expect([...found].sort()).toEqual(REAL_COUNTRY_MENTIONS);
  });

  it("finds a country in its name, case forms and adjective, in three languages", () => {
    const named = [
      "Бразилии",
      "бразильский",
      "Бразилияда",
      "Brazilian",
      "в Египте",
      "Мысырда",
      "Ауғанстанда",
      "Түрікменстанда",
      "шведский",
      "Swedish",
      "Canadian",
      "итальянский",
      "Italian",
      "японской",
      "турецкий",
      "белорусской",
      "Бельгия",
      "Бельгияда",
      "Belgian",
      "Дании",
      "датский",
      "Danish",
      "Мажарстанда",
      "Вьетнаме",
      "Кении",
      "Kenyan",
      "Сирии",
      "Сауд",
      "a charity in Spain",
      "Gambia",
      "Шри-Ланке",
      "Коста-Рике",
      "Киргизии",
      "киргизский",
      "501c3",
    ];
    for (const text of named) expect(foldedWords(text).some(namesCountry), text).toBe(true);
  });

  it("does not take the Kazakh words that start like a country for the country", () => {
    // белгілі (known), ғана (only), сауда (trade), кеңіс (council), қатарында (among), сирек (rare), кіргізу (put in).
    const words = [
      "белгілі",
      "белгіленген",
      "ғана",
      "сауда",
      "кеңесі",
      "кеңіс",
      "қатарында",
      "сирек",
      "данные",
      "кіргізсем",
      "кіргізіп",
    ];
    for (const text of words) expect(foldedWords(text).some(namesCountry), text).toBe(false);
  });

  it("keeps every stem and whole word folded and lower case, as question words are", () => {
    for (const stem of [...COUNTRY_PREFIXES, ...COUNTRY_WHOLE_WORDS]) {
      expect(foldTerm(normalizeText(stem)), stem).toBe(stem);
    }
    expect(COUNTRY_PREFIXES.every((stem) => stem.length >= 3)).toBe(true);
  });
});
