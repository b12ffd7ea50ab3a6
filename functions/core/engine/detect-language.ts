import type { Language } from "../knowledge/item-schema.js";
import type { CyrillicLanguageModel } from "./cyrillic-language-model.js";
import { looksLikeLatinKazakh, maskPersonalData } from "./normalize.js";
import { STOP_WORDS } from "./stop-words.js";

/** Fewer letters than this (e.g. "ОО", "ЦОН?") is too little text to tell Russian from Kazakh: use the fallback. */
const MIN_LETTERS = 6;
/** When Russian and Kazakh trigram scores are closer than this (mean log-probability per trigram), it is a tie. */
const AMBIGUOUS_MARGIN = 0.15;

const KAZAKH_WORD = /[әғқңөұүһі]/;

/**
 * The language a question is written in: ru, kk or en.
 *
 * Script first (Latin → English, or Kazakh when it reads as Latin Kazakh), then for Cyrillic the share of words
 * with Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) combined with letter trigrams learned from the knowledge base
 * (`model`), which also recognise Kazakh written without those letters: "Тексеру керек пе?". Very short or
 * ambiguous text gets `fallback` (the user's Telegram language) when it is compatible with the script.
 */
export function detectLanguage(text: string, fallback?: Language, model?: CyrillicLanguageModel): Language {
  const lower = maskPersonalData(text).toLowerCase();
  const words = lower.match(/\p{L}+/gu) ?? [];
  let cyrillic = 0;
  let latin = 0;
  let kazakhWords = 0;
  let cyrillicWords = 0;
  let russianFunctionWords = 0;
  let kazakhFunctionWords = 0;
  for (const word of words) {
    if (STOP_WORDS.ru.has(word) && !STOP_WORDS.kk.has(word)) russianFunctionWords++;
    if (STOP_WORDS.kk.has(word) && !STOP_WORDS.ru.has(word)) kazakhFunctionWords++;
    const cyr = (word.match(/[а-яёәғқңөұүһі]/g) ?? []).length;
    const lat = (word.match(/[a-zäöüğıñşūç]/g) ?? []).length;
    cyrillic += cyr;
    latin += lat;
    if (cyr > lat) {
      cyrillicWords++;
      if (KAZAKH_WORD.test(word)) kazakhWords++;
    }
  }
  const letters = cyrillic + latin;
  if (letters === 0) return fallback ?? "ru";

  if (latin > cyrillic) {
    if (looksLikeLatinKazakh(lower)) return "kk";
    if (letters < MIN_LETTERS && fallback === "kk") return "kk";
    return "en";
  }

  const short = letters < MIN_LETTERS || cyrillicWords <= 1;
  const cyrillicFallback = fallback === "kk" || fallback === "ru" ? fallback : undefined;
  const kazakhShare = cyrillicWords > 0 ? kazakhWords / cyrillicWords : 0;
  if (kazakhShare >= 0.5 && kazakhWords >= 2) return "kk";

  const ranked = model?.rank(text);
  let guess: Language = ranked?.language ?? (kazakhWords > 0 ? "kk" : "ru");
  if (kazakhWords > 0 && guess === "ru" && kazakhShare >= 0.34) guess = "kk";
  // Without Kazakh letters, Russian function words (как, для, из …) and no Kazakh ones settle it.
  if (kazakhWords === 0 && guess === "kk" && (!ranked || (russianFunctionWords > 0 && kazakhFunctionWords === 0))) {
    guess = "ru";
  }

  if (short && cyrillicFallback) {
    if (kazakhWords > 0) return "kk";
    return cyrillicFallback;
  }
  const ambiguous = !ranked || ranked.margin < AMBIGUOUS_MARGIN;
  if (ambiguous && cyrillicFallback && kazakhWords === 0) return cyrillicFallback;
  return guess;
}
