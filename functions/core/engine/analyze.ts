import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as russianStemmer } from "@orama/stemmers/russian";
import type { Language } from "../knowledge/item-schema.js";
import { stemKazakh } from "./kazakh-stemmer.js";
import { foldTerm, hasKazakhLetter, isCyrillic, normalizeWords } from "./normalize.js";
import { isStopWord, STOP_WORDS } from "./stop-words.js";

// Snowball Russian and Porter English, one module per language (the all-languages Snowball package would put
// 300 KB of unused stemmers into the Lambda bundle).
const russian = { stem: russianStemmer };
const english = { stem: englishStemmer };

/** Which stemmer a word gets: by its letters first, then by the language of the text around it. */
export function wordLanguage(word: string, context: Language): Language {
  if (hasKazakhLetter(word)) return "kk";
  if (isCyrillic(word)) return context === "kk" ? "kk" : "ru";
  return "en";
}

/** Snowball Russian, except that it must not cut a noun's final -в as a gerund ending (устав → уста). */
function stemRussian(word: string): string {
  const stem = russian.stem(word);
  return word.endsWith("в") && stem === word.slice(0, -1) ? word : stem;
}

/** Stems one normalized word by the language it looks like, then folds it (see foldTerm). */
export function stemWord(word: string, context: Language): string {
  // Numbers and short words (mostly abbreviations: ОО, ОФ, НКО, ЦОН, ҚБ, PA) are kept whole.
  if (/^\d+$/.test(word) || word.length <= 3) return foldTerm(word);
  const language = wordLanguage(word, context);
  const stem = language === "kk" ? stemKazakh(word) : language === "ru" ? stemRussian(word) : english.stem(word);
  return foldTerm(stem);
}

/** Splits normalized text into words; every letter of the three alphabets (Kazakh ә ғ қ ң ө ұ ү һ і too) is kept. */
export function tokenize(normalized: string): string[] {
  return normalized.split(" ").filter((word) => word.length > 1 || /\d/.test(word));
}

/**
 * Text → search terms: normalize, tokenize, drop stop words, stem each word by its own language (mixed
 * Russian/Kazakh/English text is common), fold. `context` is the language of the text (an item field's
 * language, or the detected language of a question).
 */
export function analyze(text: string, context: Language, options: { latinKazakh?: boolean } = {}): string[] {
  return analyzeWords(normalizeWords(text, options), context);
}

export function analyzeNormalized(normalized: string, context: Language): string[] {
  return analyzeWords(normalized.split(" "), context);
}

function analyzeWords(words: readonly string[], context: Language): string[] {
  const terms: string[] = [];
  const cache = TERM_CACHE[context];
  for (const word of words) {
    if (word.length < 2 && !/\d/.test(word)) continue;
    let term = cache.get(word);
    if (term === undefined) {
      term = termOf(word, context);
      if (cache.size >= TERM_CACHE_LIMIT) cache.clear();
      cache.set(word, term);
    }
    if (term) terms.push(term);
  }
  return terms;
}

/** The search term of one normalized word, or "" for a stop word or a lone letter. */
export function termOf(word: string, context: Language): string {
  if ((word.length < 2 && !/\d/.test(word)) || isStopWord(word)) return "";
  const term = stemWord(word, context);
  return term && !STOP_STEMS[wordLanguage(word, context)].has(term) ? term : "";
}

/**
 * Word → term, per context language. Words repeat a lot (indexing 10 000 items stems millions of words, but
 * only tens of thousands of distinct ones), and stemming is the slow part. Bounded, so a long-running process
 * answering arbitrary questions cannot grow it without limit.
 */
const TERM_CACHE: Record<Language, Map<string, string>> = { ru: new Map(), kk: new Map(), en: new Map() };
const TERM_CACHE_LIMIT = 200_000;

/** Analyzed question terms, with a second reading for words whose language is ambiguous. */
export interface QueryTerms {
  terms: string[];
  /**
   * Per term, its stem in the other language when the word could be either Russian or Kazakh (Cyrillic without
   * Kazakh letters: "документы" in a Kazakh question is Russian; "керек" in a Russian one is Kazakh).
   */
  alternates: (string | undefined)[];
}

/** Like analyzeNormalized, plus the other-language reading of ambiguous Cyrillic words. */
export function analyzeQuery(normalized: string, context: Language): QueryTerms {
  const terms: string[] = [];
  const alternates: (string | undefined)[] = [];
  for (const word of tokenize(normalized)) {
    if (isStopWord(word)) continue;
    const language = wordLanguage(word, context);
    const term = stemWord(word, context);
    if (!term || STOP_STEMS[language].has(term)) continue;
    terms.push(term);
    let alternate: string | undefined;
    if (isCyrillic(word) && !hasKazakhLetter(word)) {
      const other = stemWord(word, language === "kk" ? "ru" : "kk");
      if (other !== term) alternate = other;
    }
    alternates.push(alternate);
  }
  return { terms, alternates };
}

/** Stop words after stemming, so their inflected forms go too (кімдер, бізге, олардың, нужные). */
const STOP_STEMS: Record<Language, ReadonlySet<string>> = {
  ru: new Set([...STOP_WORDS.ru].map((word) => stemWord(word, "ru"))),
  kk: new Set([...STOP_WORDS.kk].filter((word) => word.length > 2).map((word) => stemWord(word, "kk"))),
  en: new Set([...STOP_WORDS.en].map((word) => stemWord(word, "en"))),
};
