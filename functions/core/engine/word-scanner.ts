import { looksLikeLatinKazakh, normalizeWords } from "./normalize.js";
import { grownUint16, type IntList } from "./typed-arrays.js";

/**
 * Fast path of `normalizeWords` for indexing: one pass over the characters that lower-cases, splits and looks each
 * word up in a hash table without creating a string per word. Indexing 10 000 items reads about 100 MB of text
 * (12 million words, but only some tens of thousands of distinct ones); the regex split and a string per word took
 * most of the build time.
 *
 * It gives exactly the words of `normalizeWords`; a text that needs one of its rarer steps (personal-data masking,
 * Unicode composition, Latin Kazakh transliteration) goes to `normalizeWords` itself. Mixed-script words are
 * repaired the same way, once per distinct word, by handing them to `normalizeWords`.
 */

/** Per UTF-16 code unit: 0 = separates words, 1 = needs the full normalizer, else the lower-case word character. */
let characterTable: Uint16Array | undefined;
const NEEDS_NORMALIZER = 1;
const LATIN = 1;
const CYRILLIC = 2;
/** The Latin letters normalizeWords looks for before checking for Latin Kazakh. */
const LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüğıñşūçəɵθ";
/** Per code unit of the table's output: LATIN / CYRILLIC for letters that make a word mixed-script (see normalize). */
let scriptTable: Uint8Array | undefined;
/** Per code unit: 1 when it may stand between the digits of a phone number or IIN (white space, brackets, -, +). */
let numberGlueTable: Uint8Array | undefined;
/**
 * The three tables in one, so that the scanning loop reads one number per character: the lower-case character (or
 * 0 for a separator, or NEEDS_NORMALIZER) in the low 16 bits, its script in bits 16–17, DIGIT_FLAG, GLUE_FLAG and
 * LATIN_LETTER_FLAG above.
 */
let scanTable: Int32Array | undefined;
const SCRIPT_SHIFT = 16;
const DIGIT_FLAG = 1 << 18;
const GLUE_FLAG = 1 << 19;
/** The lower-case character is one of LATIN_LETTERS: the text may be Latin Kazakh (see mayBeLatinKazakh). */
const LATIN_LETTER_FLAG = 1 << 20;
const CHARACTER_MASK = 0xffff;
/** Both scripts seen in one word (LATIN | CYRILLIC). */
const MIXED_SCRIPTS = 3;

/** The word characters after lower-casing and ё→е; kept in step with NOT_A_LETTER in normalize.ts. */
const WORD_CHARACTERS = "0123456789abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіäöüğıñşūçəɵθ";
/** What `\s` matches (ECMAScript WhiteSpace and LineTerminator), plus the brackets, dash and plus of phone numbers. */
const NUMBER_GLUE =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff()+-";

/**
 * Above this code unit only U+212A KELVIN SIGN lower-cases into a word character (k); none lower-cases to more than
 * one unit. A test checks this against every code unit, so the tables are built in about a millisecond.
 */
const LAST_CASED_WORD_CHARACTER = 0x052f;
const KELVIN_SIGN = 0x212a;

/** Built on first use. */
export function characterTables(): { characters: Uint16Array; scripts: Uint8Array; numberGlue: Uint8Array } {
  if (characterTable && scriptTable && numberGlueTable)
    return { characters: characterTable, scripts: scriptTable, numberGlue: numberGlueTable };
  const characters = new Uint16Array(0x10000);
  const scripts = new Uint8Array(0x10000);
  const numberGlue = new Uint8Array(0x10000);
  const wordCharacters = new Set([...WORD_CHARACTERS].map((char) => char.charCodeAt(0)));
  const yo = "ё".charCodeAt(0);
  const ye = "е".charCodeAt(0);
  for (let code = 0; code <= LAST_CASED_WORD_CHARACTER; code++) {
    if (code >= 0x300 && code <= 0x36f) {
      characters[code] = NEEDS_NORMALIZER; // combining marks: the normalizer composes them first
      continue;
    }
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length > 1) {
      characters[code] = NEEDS_NORMALIZER; // İ → i + combining dot
      continue;
    }
    const lowerCode = lower.charCodeAt(0) === yo ? ye : lower.charCodeAt(0);
    if (wordCharacters.has(lowerCode)) characters[code] = lowerCode;
  }
  characters[KELVIN_SIGN] = "k".charCodeAt(0); // surrogates and everything else above: separators
  for (const char of NUMBER_GLUE) numberGlue[char.charCodeAt(0)] = 1;
  for (const char of "abcdefghijklmnopqrstuvwxyzəɵθı") scripts[char.charCodeAt(0)] = LATIN;
  for (const char of "абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі") scripts[char.charCodeAt(0)] = CYRILLIC;
  characterTable = characters;
  scriptTable = scripts;
  numberGlueTable = numberGlue;
  return { characters, scripts, numberGlue };
}

/** The combined table of scanKnown, built from characterTables on first use. */
function scanningTable(): Int32Array {
  if (scanTable) return scanTable;
  const { characters, scripts, numberGlue } = characterTables();
  const table = new Int32Array(0x10000);
  const latinLetters = new Set([...LATIN_LETTERS].map((char) => char.charCodeAt(0)));
  for (let code = 0; code < 0x10000; code++) {
    const char = characters[code] as number;
    let entry = char;
    if (char > NEEDS_NORMALIZER) {
      entry |= (scripts[char] as number) << SCRIPT_SHIFT;
      if (char >= DIGIT_0 && char <= DIGIT_9) entry |= DIGIT_FLAG;
      if (latinLetters.has(char)) entry |= LATIN_LETTER_FLAG;
    }
    if (numberGlue[code] === 1) entry |= GLUE_FLAG;
    table[code] = entry;
  }
  scanTable = table;
  return table;
}

/** FNV-1a, as a 32-bit integer (a plain 0x811c9dc5 would be a double and slow the hashing down). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const MISSING = -2;
/** Numbers per slot of the word table: hash, start in the pool, length, id. */
export const SLOT_SIZE = 4;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
/** A run of this many digits (with spaces, brackets, dashes, plus between them) may be a phone number or IIN. */
const MASKABLE_DIGITS = 10;

/** The string of buffer[0..length), in chunks (a spread of a huge array would overflow the stack). */
function stringOf(buffer: Uint16Array, length: number): string {
  let out = "";
  for (let start = 0; start < length; start += 4096)
    out += String.fromCharCode(...buffer.subarray(start, Math.min(length, start + 4096)));
  return out;
}

export interface WordScannerOptions {
  /** As NormalizeOptions.latinKazakh: whether Latin text may be Kazakh to transliterate. */
  latinKazakh: boolean;
}

/** Words of texts → ids, with a table from each distinct word to its id (the `resolve` of its first occurrence). */
export class WordScanner {
  /**
   * Open-addressing table of the known words, SLOT_SIZE numbers per slot (hash, start, length, id) side by side, so
   * that a lookup reads one cache line of the table; length 0 marks an empty slot.
   */
  private table = new Int32Array(SLOT_SIZE << 12);
  private mask = (1 << 12) - 1;
  /** Characters of the known words, one after another: a word is pool[start .. start + length). */
  private pool = new Uint16Array(1 << 15);
  private poolUsed = 0;
  private count = 0;
  private buffer = new Uint16Array(256);
  /** Whether the last successful scanKnown met a letter of LATIN_LETTERS. */
  private sawLatinLetter = false;
  /** New words met by the current scan, resolved when it succeeds. */
  private readonly pending: { at: number; word: string; hash: number; mixed: boolean }[] = [];

  constructor(
    /** Normalized word → id (called once per distinct word). */
    private readonly resolve: (word: string) => number,
    private readonly options: WordScannerOptions,
  ) {}

  /** Appends the ids of the text's words (in order) to `out`. */
  scan(text: string, out: IntList): void {
    const start = out.length;
    if (this.scanFast(text, out)) return;
    out.length = start;
    for (const word of normalizeWords(text, { latinKazakh: this.options.latinKazakh })) out.push(this.idOf(word));
  }

  /** The id of an already normalized word. */
  private idOf(word: string): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
    return this.lookupWord(word, hash, false);
  }

  /** lookup for a word given as a string (copied into the buffer). */
  private lookupWord(word: string, hash: number, mixed: boolean): number {
    if (word.length > this.buffer.length) this.buffer = grownUint16(this.buffer, word.length);
    for (let i = 0; i < word.length; i++) this.buffer[i] = word.charCodeAt(i);
    return this.lookup(this.buffer, word.length, hash, mixed, word);
  }

  /**
   * Whether normalizeWords would transliterate the text from Latin Kazakh, for a text the scan saw a Latin letter
   * in (normalizeWords's first test). Asked before new words are resolved, so that the Latin spellings are never
   * resolved as words of their own.
   */
  private mayBeLatinKazakh(text: string): boolean {
    return this.options.latinKazakh && looksLikeLatinKazakh(text.toLowerCase().replace(/ё/g, "е"));
  }

  /** False when the text needs the full normalizer (out may then hold a partial result). */
  private scanFast(text: string, out: IntList): boolean {
    this.pending.length = 0;
    if (!this.scanKnown(text, out)) return false;
    // Only a text with a Latin letter can be Latin Kazakh: the scan saw whether it has one, so most texts skip
    // the lower-casing and regular expressions of the check (a tenth of building 10,000 items).
    if (this.sawLatinLetter && this.mayBeLatinKazakh(text)) return false;
    for (const { at, word, hash, mixed } of this.pending) out.values[at] = this.lookupWord(word, hash, mixed);
    return true;
  }

  /** Scans the text; known words get their ids, new ones MISSING and a place in `pending`. */
  private scanKnown(text: string, out: IntList): boolean {
    const table = scanningTable();
    const textLength = text.length;
    // No word is longer than the text and a text of n characters has at most (n + 1) / 2 words: with room for
    // both made here, the loop writes without checks.
    if (this.buffer.length < textLength) this.buffer = new Uint16Array(textLength);
    const buffer = this.buffer;
    out.reserve((textLength >> 1) + 1);
    const ids = out.values;
    let count = out.length;
    let length = 0;
    let hash = FNV_OFFSET;
    let scripts = 0;
    let digits = 0; // digits in the current number-like run
    let flags = 0; // the table entries of the word characters, or-ed
    for (let i = 0; i < textLength; i++) {
      const entry = table[text.charCodeAt(i)] as number;
      const char = entry & CHARACTER_MASK;
      if (char <= NEEDS_NORMALIZER) {
        if (char === NEEDS_NORMALIZER) return false;
        if (length > 0) {
          ids[count] = this.wordAt(buffer, length, hash, scripts, count);
          count++;
          length = 0;
          hash = FNV_OFFSET;
          scripts = 0;
        }
        if ((entry & GLUE_FLAG) === 0) digits = 0;
        continue;
      }
      if ((entry & DIGIT_FLAG) !== 0) {
        if (++digits >= MASKABLE_DIGITS) return false;
      } else digits = 0;
      scripts |= (entry >>> SCRIPT_SHIFT) & MIXED_SCRIPTS;
      flags |= entry;
      buffer[length++] = char;
      hash = Math.imul(hash ^ char, FNV_PRIME);
    }
    if (length > 0) {
      ids[count] = this.wordAt(buffer, length, hash, scripts, count);
      count++;
    }
    out.length = count;
    this.sawLatinLetter = (flags & LATIN_LETTER_FLAG) !== 0;
    return true;
  }

  /**
   * The id of the word in buffer[0..length), which goes to place `at` of the output; a new word is MISSING there
   * and goes to `pending`: new words are resolved only once the whole text is known to be scannable (scanFast).
   */
  private wordAt(buffer: Uint16Array, length: number, hash: number, scripts: number, at: number): number {
    const found = this.find(buffer, length, hash);
    if (found === MISSING)
      this.pending.push({ at, word: stringOf(buffer, length), hash, mixed: scripts === MIXED_SCRIPTS });
    return found;
  }

  /**
   * The id of the word in buffer[0..length). A new word is resolved: mixed-script ones (a Cyrillic letter next to
   * a Latin one) through normalizeWords, which repairs look-alike letters.
   */
  private lookup(buffer: Uint16Array, length: number, hash: number, mixed: boolean, known: string | undefined): number {
    const found = this.find(buffer, length, hash);
    if (found !== MISSING) return found;
    const word = known ?? stringOf(buffer, length);
    const normalized = mixed ? (normalizeWords(word, { latinKazakh: false })[0] ?? word) : word;
    const id = this.resolve(normalized);
    this.insert(buffer, length, hash, id);
    return id;
  }

  /** The id of a known word, or MISSING. Small, so that the scanning loop can inline it. */
  private find(buffer: Uint16Array, length: number, hash: number): number {
    const table = this.table;
    const pool = this.pool;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * SLOT_SIZE;
      const slotLength = table[at + 2] as number;
      if (slotLength === 0) return MISSING;
      if (table[at] === hash && slotLength === length) {
        const start = table[at + 1] as number;
        let i = 0;
        while (i < length && pool[start + i] === buffer[i]) i++;
        if (i === length) return table[at + 3] as number;
      }
    }
  }

  private insert(buffer: Uint16Array, length: number, hash: number, id: number): void {
    if (this.poolUsed + length > this.pool.length) this.pool = grownUint16(this.pool, this.poolUsed + length);
    this.pool.set(buffer.subarray(0, length), this.poolUsed);
    placeWord(this.table, this.mask, hash, this.poolUsed, length, id);
    this.poolUsed += length;
    if (++this.count * 2 > this.mask + 1) this.grow();
  }

  /** Doubles the table (kept at most half full, so probe runs stay short). */
  private grow(): void {
    this.mask = this.mask * 2 + 1;
    this.table = rehashedWordTable(this.table, this.mask);
  }
}

/**
 * Puts a word into the first free slot from its hash on, in an open-addressing table of SLOT_SIZE numbers per slot
 * (hash, start in the pool, length, id; length 0 marks a free slot).
 */
export function placeWord(
  table: Int32Array,
  mask: number,
  hash: number,
  start: number,
  length: number,
  id: number,
): void {
  let slot = hash & mask;
  while (table[slot * SLOT_SIZE + 2] !== 0) slot = (slot + 1) & mask;
  const at = slot * SLOT_SIZE;
  table[at] = hash;
  table[at + 1] = start;
  table[at + 2] = length;
  table[at + 3] = id;
}

/** A table of mask + 1 slots with every word of `old` placed again. */
export function rehashedWordTable(old: Int32Array, mask: number): Int32Array<ArrayBuffer> {
  const table = new Int32Array((mask + 1) * SLOT_SIZE);
  for (let at = 0; at < old.length; at += SLOT_SIZE)
    if (old[at + 2] !== 0)
      placeWord(table, mask, old[at] as number, old[at + 1] as number, old[at + 2] as number, old[at + 3] as number);
  return table;
}
