/**
 * A small, conservative Kazakh suffix stripper (no stemming library supports Kazakh).
 *
 * Kazakh words are root + derivation + plural + possessive + case, so the stripper removes, from the end, at
 * most one case ending (or a common verb ending), then one possessive ending, then one plural ending. It never
 * leaves fewer than MIN_STEM letters, and it keeps derivational suffixes (-лық/-лік, -шы/-ші, -у) because they
 * carry meaning. After removing a vowel-initial ending, the voiced stem-final consonant goes back to its
 * dictionary form (бірлестігі → бірлестіг → бірлестік, тәртібі → тәртіп).
 *
 * Works on lower-case words. Words typed on a Russian keyboard (бирлестиктин) are handled too: every ending also
 * has its "folded" spelling (Kazakh letters replaced by Russian look-alikes).
 */

const MIN_STEM = 3;
/**
 * Voiced stem-final consonants restored after a vowel-initial ending, with the shortest stem allowed for each:
 * the length limit for ғ/г keeps words that end in -ғы/-гі themselves (жарғы, жылғы) whole.
 */
const ALTERNATION: Record<string, { to: string; minStem: number }> = {
  ғ: { to: "қ", minStem: 5 },
  г: { to: "к", minStem: 5 },
  б: { to: "п", minStem: 4 },
};

interface Rule {
  suffix: string;
  /** The letter before the suffix must match. */
  after?: RegExp;
  /** The letters before the suffix must not match. */
  notAfter?: RegExp;
}

const VOWEL_I = /[ыіи]$/;

/** Case endings, and the most common verb endings, which sit in the same last slot. */
const CASE_RULES: Rule[] = [
  { suffix: "менен" },
  { suffix: "дағы" },
  { suffix: "дегі" },
  { suffix: "тағы" },
  { suffix: "тегі" },
  { suffix: "атын" },
  { suffix: "етін" },
  { suffix: "йтын" },
  { suffix: "йтін" },
  { suffix: "ның" },
  { suffix: "нің" },
  { suffix: "дың" },
  { suffix: "дің" },
  { suffix: "тың" },
  { suffix: "тің" },
  { suffix: "дан", notAfter: /с$/ },
  { suffix: "ден" },
  { suffix: "тан", notAfter: /с$/ },
  { suffix: "тен" },
  { suffix: "нан" },
  { suffix: "нен" },
  { suffix: "нда", after: VOWEL_I },
  { suffix: "нде", after: VOWEL_I },
  { suffix: "ған" },
  { suffix: "ген" },
  { suffix: "қан" },
  { suffix: "кен" },
  { suffix: "ады" },
  { suffix: "еді" },
  { suffix: "мен" },
  { suffix: "бен" },
  { suffix: "пен" },
  { suffix: "ға" },
  { suffix: "ге" },
  { suffix: "қа" },
  { suffix: "ке" },
  { suffix: "на", after: VOWEL_I },
  { suffix: "не", after: VOWEL_I },
  { suffix: "да" },
  { suffix: "де" },
  { suffix: "та" },
  { suffix: "те" },
  { suffix: "ды" },
  { suffix: "ді" },
  { suffix: "ты" },
  { suffix: "ті" },
  { suffix: "ны" },
  { suffix: "ні" },
  { suffix: "н", after: VOWEL_I },
];

const POSSESSIVE_RULES: Rule[] = [
  { suffix: "ымыз" },
  { suffix: "іміз" },
  { suffix: "ыңыз" },
  { suffix: "іңіз" },
  { suffix: "мыз" },
  { suffix: "міз" },
  { suffix: "ңыз" },
  { suffix: "ңіз" },
  { suffix: "сы" },
  { suffix: "сі" },
  // Third person after a consonant; not after ш, where -шы/-ші is the agent suffix (құрылтайшы, басшы).
  { suffix: "ы", notAfter: /[шаәеоөұүыіуэюяи]$/ },
  { suffix: "і", notAfter: /[шаәеоөұүыіуэюяи]$/ },
];

const PLURAL_RULES: Rule[] = [
  { suffix: "лар" },
  { suffix: "лер" },
  { suffix: "дар" },
  { suffix: "дер" },
  { suffix: "тар" },
  { suffix: "тер" },
];

const FOLD_MAP: Record<string, string> = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и" };
const foldLetters = (text: string): string => text.replace(/[әғқңөұүһі]/g, (char) => FOLD_MAP[char] ?? char);

/** Each rule list plus the folded spellings of its endings, longest ending first. */
function withFolded(rules: Rule[]): Rule[] {
  const all = new Map<string, Rule>();
  for (const rule of rules) {
    all.set(rule.suffix, rule);
    const folded = foldLetters(rule.suffix);
    if (!all.has(folded)) all.set(folded, { ...rule, suffix: folded });
  }
  return [...all.values()].sort((a, b) => b.suffix.length - a.suffix.length);
}

const STAGES = [withFolded(CASE_RULES), withFolded(POSSESSIVE_RULES), withFolded(PLURAL_RULES)];
const VOWEL_START = /^[аәеоөұүыіуэияю]/;

function stripOnce(word: string, rules: Rule[]): string {
  for (const rule of rules) {
    if (!word.endsWith(rule.suffix)) continue;
    let stem = word.slice(0, word.length - rule.suffix.length);
    if (stem.length < MIN_STEM) continue;
    if (rule.after && !rule.after.test(stem)) continue;
    if (rule.notAfter?.test(stem)) continue;
    if (VOWEL_START.test(rule.suffix)) {
      const last = stem.at(-1) ?? "";
      const restored = ALTERNATION[last];
      if (restored) {
        if (stem.length < restored.minStem) continue;
        stem = stem.slice(0, -1) + restored.to;
      }
    }
    return stem;
  }
  return word;
}

/**
 * Words that end like an inflection but are dictionary forms. "қайта" (again, re-) is not the locative of "қай"
 * (which): stripped, "қайта тіркеу" (re-registration) became "тіркеу" (registration).
 */
const WHOLE_WORDS = new Set(["қайта", "кайта"]);
/** Loanwords whose ending looks like a suffix, kept whole with their endings: футболкалар is not футбол. */
const LOANWORD_STEMS = ["футболк"];

/** Stems one lower-case Kazakh word: қоғамдық бірлестіктің → бірлестік, тіркеуге → тіркеу, жарғысын → жарғы. */
export function stemKazakh(word: string): string {
  if (WHOLE_WORDS.has(word)) return word;
  const loanword = LOANWORD_STEMS.find((stem) => word.startsWith(stem));
  if (loanword) return loanword;
  let stem = word;
  for (const rules of STAGES) stem = stripOnce(stem, rules);
  return stem;
}
