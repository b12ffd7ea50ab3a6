/**
 * Text normalization for retrieval: case, ё/е, Kazakh Latin → Cyrillic, look-alike letters, personal data
 * masking and punctuation. Pure; every function here is deterministic and does no I/O.
 */

import { maskPersonalData as maskForPrivacy } from "../privacy/mask-personal-data.js";

/** Kazakh-only Cyrillic letters (the ones Russian does not have). */
export const KAZAKH_LETTERS = "әғқңөұүһі";
const KAZAKH_LETTER = /[әғқңөұүһі]/;
const CYRILLIC = /[а-яёәғқңөұүһі]/;

/**
 * Removes data that must not reach logs or the index and only adds noise to retrieval: 12-digit IIN/BIN,
 * phone numbers (+7 / 8 followed by 10 digits with any spacing) and other long digit runs.
 */
export function maskPersonalData(text: string): string {
  return maskForPrivacy(text, { phone: " ", id: " " }).replace(/(?<!\d)\d{10,}(?!\d)/g, " ");
}

// ---------------------------------------------------------------------------------------------------------
// Kazakh Latin → Cyrillic

/** Multi-letter spellings first (informal digraphs and apostrophe forms), then single letters. */
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/a['’`]/g, "ә"],
  [/o['’`]/g, "ө"],
  [/u['’`]/g, "ү"],
  [/g['’`]/g, "ғ"],
  [/n['’`]/g, "ң"],
  [/i['’`]/g, "і"],
  [/s['’`]/g, "ш"],
  [/c['’`]/g, "ч"],
  [/sh/g, "ш"],
  [/ch/g, "ч"],
  [/zh/g, "ж"],
  [/kh/g, "х"],
  [/gh/g, "ғ"],
  [/ng(?![aeiouyıäöüū])/g, "ң"],
  [/yu/g, "ю"],
  [/ya/g, "я"],
];

const LATIN_LETTERS: Record<string, string> = {
  a: "а",
  ä: "ә",
  b: "б",
  c: "с",
  ç: "ч",
  d: "д",
  e: "е",
  f: "ф",
  g: "г",
  ğ: "ғ",
  h: "х",
  ı: "і",
  i: "і",
  j: "ж",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  ñ: "ң",
  o: "о",
  ö: "ө",
  p: "п",
  q: "қ",
  r: "р",
  s: "с",
  ş: "ш",
  t: "т",
  u: "у",
  ū: "ұ",
  ü: "ү",
  v: "в",
  w: "у",
  x: "х",
  y: "ы",
  z: "з",
};

const VOWELS_CYR = "аәеоөұүыіуэияю";

/**
 * Transliterates one lower-case Latin Kazakh word (official 2021 alphabet or informal spelling) to Cyrillic:
 * q→қ, ğ/gh→ғ, ş/sh→ш, ñ/ng→ң, ö/o'→ө, ü/u'→ү, ä/a'→ә, ū→ұ, ı/i→і, y→ы; i or y after a vowel → й; k, g → қ, ғ
 * in words with back vowels only (informal spelling has no q or ğ: "kalai" → қалай).
 */
export function transliterateKazakhWord(word: string): string {
  let text = word;
  for (const [pattern, replacement] of LATIN_DIGRAPHS) text = text.replace(pattern, replacement);
  // Vowel harmony: informal spelling writes k and g for қ and ғ too; in a word with back vowels only they are қ, ғ.
  const vowels = text.replace(/([aeiouyäöüū])[iy]/g, "$1"); // i/y after a vowel is й, not a vowel
  const backOnly = /[aouyū]/.test(vowels) && !/[eiäöüı]/.test(vowels);
  let out = "";
  for (const char of text) {
    const previous = out.at(-1);
    if ((char === "i" || char === "y" || char === "ı") && previous && VOWELS_CYR.includes(previous)) out += "й";
    else if (backOnly && char === "k") out += "қ";
    else if (backOnly && char === "g") out += "ғ";
    else out += LATIN_LETTERS[char] ?? char;
  }
  return out;
}

/** Letters only Latin Kazakh uses (strong evidence) … */
const KAZAKH_LATIN_LETTER = /[äöüğıñşūç]/;
/** … and spellings that are Kazakh in a sentence but may be an abbreviation alone (SQL, IQ). */
const KAZAKH_LATIN_SPELLING = /q(?!u)|[aoug]['’`]/;
/**
 * Informal Latin Kazakh without special letters ("kor kurgymyz keledi"): "zh" and Kazakh word endings (plural,
 * case and person suffixes). English words rarely end so; the English function-word count guards the rest.
 */
const KAZAKH_LATIN_SHAPE =
  /zh|(?:ymyz|imiz|myz|miz|myn|ngyz|ngiz|mdy|mdi|dyk|dik|tyk|tik|ghan|gen|gan|kan|ken|lyk|lik|dyq|dіq|shy|shi|uge|uga|ady|edi|eді)$|^(?:\w+)(?:lar|ler|dar|der|tar|ter)(?:dy|di|ga|ge|da|de|ny|ni|yn|in)?$/;

/**
 * Common Kazakh words and stems as people type them in Latin; a text with several of them (and few English
 * function words) is Latin Kazakh.
 */
const KAZAKH_LATIN_WORDS = new Set([
  "biyl",
  "bıyl",
  "ony",
  "muny",
  "osy",
  "qalai",
  "qalay",
  "kalai",
  "kalay",
  "kerek",
  "ushin",
  "üşin",
  "uchun",
  "qandai",
  "qanday",
  "kandai",
  "kanday",
  "qansha",
  "kansha",
  "bola",
  "bolady",
  "ma",
  "ba",
  "pe",
  "zhane",
  "jane",
  "jäne",
  "turaly",
  "tirkeu",
  "tіrkeu",
  "tirkew",
  "qor",
  "kor",
  "birlestik",
  "bırlestık",
  "qogamdyq",
  "kogamdyk",
  "qoğamdyq",
  "zharghy",
  "jarğy",
  "jargy",
  "zhargy",
  "salyq",
  "salyk",
  "uiym",
  "ujym",
  "ūiym",
  "memlekettik",
  "ashu",
  "aşu",
  "qujat",
  "kuzhat",
  "qūjat",
  "qujattar",
  "kerekpe",
  "joq",
  "zhok",
  "zhoq",
  "nege",
  "qaida",
  "qaşan",
  "qashan",
  "kashan",
  "qazaqstan",
  "kazakstan",
  "sälem",
  "salem",
  "raqmet",
  "rakhmet",
  "bizdin",
  "bіzdіn",
  "sіz",
  "siz",
  "qaitaru",
  "esep",
  "tapsyru",
  "mүshe",
  "mushe",
  "müşe",
  "bar",
  "me",
  "men",
  "ne",
  "neshe",
  "nеше",
  "kim",
  "kimder",
  "adam",
  "bolsa",
  "bolama",
  "keledi",
  "kerekpіz",
  "otinim",
  "otinish",
  "otіnіsh",
  "aiyppul",
  "aiypul",
  "ayippul",
  "mindetti",
  "kenes",
  "basshy",
  "zhyl",
  "zhyly",
  "eki",
  "bir",
  "ush",
  "tort",
  "qor",
  "qory",
  "kory",
  "mekeme",
  "qauymdastyq",
  "kauymdastyk",
  "tіzіm",
  "tizim",
  "derekqor",
  "derekkor",
  "baj",
  "bazh",
]);

const ENGLISH_FUNCTION_WORDS = new Set([
  "the",
  "a",
  "an",
  "is",
  "are",
  "do",
  "does",
  "to",
  "of",
  "for",
  "in",
  "on",
  "how",
  "what",
  "i",
  "we",
  "my",
  "our",
  "can",
  "and",
  "or",
  "with",
  "it",
  "you",
  "need",
  "register",
  "should",
  "which",
  "when",
  "where",
  "who",
  "this",
  "that",
  "have",
  "has",
  "be",
]);

/** True when a lower-case text is written in Latin letters and reads as Kazakh rather than English. */
export function looksLikeLatinKazakh(lower: string): boolean {
  // The first words tell; long texts need not be read to the end.
  const sample = lower.length > 600 ? lower.slice(0, 600) : lower;
  // Most texts are not mostly Latin: a loop over the characters says so without the regular expressions below.
  if (mostlyLatinWords(sample) === false) return false;
  const words = sample.match(/[\p{L}'’`]+/gu) ?? [];
  let latin = 0;
  let strong = 0;
  let weak = 0;
  let english = 0;
  for (const word of words) {
    if (!/^[a-zäöüğıñşūç'’`]+$/.test(word)) continue;
    latin++;
    if (KAZAKH_LATIN_LETTER.test(word) || KAZAKH_LATIN_WORDS.has(word)) strong++;
    else if (KAZAKH_LATIN_SPELLING.test(word) || (word.length >= 4 && KAZAKH_LATIN_SHAPE.test(word))) weak++;
    if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
  }
  if (latin === 0 || latin * 2 < words.length) return false;
  const kazakh = strong + weak;
  if (strong === 0 && latin < 2) return false;
  return kazakh >= 1 && kazakh > english && kazakh * 3 >= latin;
}

/** Word characters of looksLikeLatinKazakh, as in its regular expressions. */
const WORD_CHARACTER = /^[\p{L}'’`]$/u;
const LATIN_WORD_CHARACTER = /^[a-zäöüğıñşūç'’`]$/;
/** The code units below this are classified by a table; a text with a higher one is left to the regular expressions. */
const WORD_CLASS_LIMIT = 0x3000;
const NOT_IN_WORD = 0;
const IN_WORD = 1;
const IN_LATIN_WORD = 2;
/** Per code unit below WORD_CLASS_LIMIT: NOT_IN_WORD, IN_WORD or IN_LATIN_WORD. Built on first use. */
let wordClasses: Uint8Array | undefined;

function wordClassTable(): Uint8Array {
  if (wordClasses) return wordClasses;
  const table = new Uint8Array(WORD_CLASS_LIMIT);
  for (let code = 0; code < WORD_CLASS_LIMIT; code++) {
    const char = String.fromCharCode(code);
    table[code] = LATIN_WORD_CHARACTER.test(char) ? IN_LATIN_WORD : WORD_CHARACTER.test(char) ? IN_WORD : NOT_IN_WORD;
  }
  wordClasses = table;
  return table;
}

/**
 * Whether at least one word of the text and at least half of them are Latin-script words (runs of
 * [\p{L}'’`] made only of [a-zäöüğıñşūç'’`]): the first test of looksLikeLatinKazakh, by a loop over the
 * characters. Undefined when the text has a character the table does not classify (e.g. a surrogate pair).
 */
export function mostlyLatinWords(text: string): boolean | undefined {
  const table = wordClassTable();
  let words = 0;
  let latin = 0;
  let inWord = false;
  let allLatin = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (code >= WORD_CLASS_LIMIT) return undefined;
    const wordClass = table[code] as number;
    if (wordClass === NOT_IN_WORD) {
      if (inWord) {
        words++;
        if (allLatin) latin++;
        inWord = false;
      }
      continue;
    }
    if (!inWord) {
      inWord = true;
      allLatin = true;
    }
    if (wordClass === IN_WORD) allLatin = false;
  }
  return latin > 0 && latin * 2 >= words;
}

// ---------------------------------------------------------------------------------------------------------
// Look-alike letters

/** Latin letters typed inside Cyrillic words (a Kazakh keyboard is often missing): бiрлестiк → бірлестік. */
const HOMOGLYPHS: Record<string, string> = {
  a: "а",
  c: "с",
  e: "е",
  h: "һ",
  i: "і",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
  ə: "ә",
  ɵ: "ө",
  θ: "ө",
  ı: "і",
};

/** A Cyrillic letter next to a Latin one (or a look-alike): some word mixes scripts. */
const MIXED_SCRIPT = /[а-яәғқңөұүһі][a-zəɵθı]|[a-zəɵθı][а-яәғқңөұүһі]/;

function fixMixedScriptWord(word: string): string {
  if (!MIXED_SCRIPT.test(word)) return word;
  let out = "";
  for (const char of word) out += HOMOGLYPHS[char] ?? char;
  return out;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * The normalized form every question and item text goes through before tokenizing: personal data masked,
 * lower case, ё→е, mixed-script words repaired, Latin Kazakh transliterated to Cyrillic, punctuation to
 * spaces (letters of all three alphabets, Kazakh ә ғ қ ң ө ұ ү һ і included, and digits are kept).
 */
export function normalizeText(text: string): string {
  return normalizeWords(text).join(" ");
}

export interface NormalizeOptions {
  /**
   * Whether Latin text may be Kazakh (default true). The index passes false for Russian and English fields, whose
   * Latin words are English, and saves the check on long texts.
   */
  latinKazakh?: boolean;
}

/**
 * Everything that is not a letter of the three alphabets (Latin with the Latin-Kazakh letters, Cyrillic with the
 * Kazakh letters) or a digit separates words. A plain character class: far faster than \p{L} on long texts.
 */
const NOT_A_LETTER = /[^0-9a-zа-яёәғқңөұүһіäöüğıñşūçəɵθ]+/;

/** normalizeText as a list of words (what the tokenizer needs, without joining and splitting again). */
export function normalizeWords(text: string, options: NormalizeOptions = {}): string[] {
  // Each step runs only when the text needs it: indexing 10 000 items normalizes millions of words.
  let lower = /\d{3}/.test(text) ? maskPersonalData(text) : text;
  if (/[\u0300-\u036f]/.test(lower)) lower = lower.normalize("NFC");
  lower = lower.toLowerCase();
  if (lower.includes("i\u0307")) lower = lower.replace(/i\u0307/g, "i");
  if (lower.includes("ё")) lower = lower.replace(/ё/g, "е");
  const latin = /[a-zäöüğıñşūçəɵθ]/.test(lower);
  if (latin && options.latinKazakh !== false && looksLikeLatinKazakh(lower)) {
    lower = lower.replace(/[a-zäöüğıñşūç'’`]+/g, (word) => transliterateKazakhWord(word));
  }
  const mixed = latin && MIXED_SCRIPT.test(lower);
  const out: string[] = [];
  for (const word of lower.split(NOT_A_LETTER)) if (word) out.push(mixed ? fixMixedScriptWord(word) : word);
  return out;
}

/** True when the word has a letter only Kazakh uses. */
export function hasKazakhLetter(word: string): boolean {
  return KAZAKH_LETTER.test(word);
}

/** True when the word is written in Cyrillic. */
export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

/**
 * Folds Kazakh letters to their Russian look-alikes and drops ь/ъ. Applied to stems on both the index and the
 * query side, so Kazakh typed on a Russian keyboard ("когамдык бирлестик") and the common ь/ъ typo
 * ("обьединение") still match.
 */
export function foldTerm(term: string): string {
  return term.replace(/[әғқңөұүһіьъ]/g, (char) => FOLD[char] ?? "");
}

const FOLD: Record<string, string> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  ь: "",
  ъ: "",
};
