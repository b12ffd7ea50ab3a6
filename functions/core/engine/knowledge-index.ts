import type { Glossary } from "../knowledge/glossary.js";
import { type KnowledgeItem, LANGUAGES, type Language } from "../knowledge/item-schema.js";
import { termOf } from "./analyze.js";
import { CyrillicLanguageModel } from "./cyrillic-language-model.js";
import { CONCEPT_PREFIX, GlossaryMatcher, type GlossaryPhrase } from "./glossary-matcher.js";
import type { PhraseCounts } from "./question-vocabulary.js";
import { StringNumbering } from "./string-numbering.js";
import { grownInt32, IntList } from "./typed-arrays.js";
import { WordScanner } from "./word-scanner.js";

/** Fields of an item (BM25F). */
export type Field = "title" | "questions" | "summary" | "body" | "basis";
const FIELDS: Field[] = ["title", "questions", "summary", "body", "basis"];

/**
 * Retrieval parameters. The defaults were chosen by a coordinate search (`npm run eval -- --search`) maximizing
 * hit@1 on the answerable questions of the hand-written tuning sets plus 0.3 × hit@1 on the items' own paraphrases
 * (5-fold); never on the held-out sets.
 */
export interface IndexParams {
  /** How much a term found in each field counts. Paraphrases and titles are written to match questions. */
  fieldWeights: Record<Field, number>;
  /** BM25 length normalization per field (0 = none). */
  fieldB: Record<Field, number>;
  /** BM25 term-frequency saturation. */
  k1: number;
  /** idf is raised to this power: below 1, a rare word that happens to be in one item dominates less. */
  idfPower: number;
  /** Fuzzy matching (typos, inflections the stemmers miss) only for terms at least this long … */
  fuzzyMinLength: number;
  /** … and at least this similar (trigram Dice, or prefix). */
  fuzzyMinSimilarity: number;
  /** An item's phrase score also counts its second-best paraphrase with this weight (several matching paraphrases). */
  secondPhraseWeight: number;
  /** A question word inside a multi-word glossary term ("public association") counts this much on its own. */
  phrasePartWeight: number;
}

export const DEFAULT_INDEX_PARAMS: IndexParams = {
  fieldWeights: { title: 1.5, questions: 1, summary: 1.25, body: 0.45, basis: 0.12 },
  fieldB: { title: 0.1, questions: 1, summary: 0.3, body: 0.75, basis: 0.5 },
  k1: 2,
  idfPower: 0.2,
  fuzzyMinLength: 5,
  fuzzyMinSimilarity: 0.6,
  secondPhraseWeight: 0.9,
  phrasePartWeight: 0.25,
};

const FUZZY_MAX_ALTERNATIVES = 4;
/** termOfWord entries: a stop word, and a word not yet analyzed in that language. */
const STOP_WORD = -1;
const NOT_ANALYZED = -2;

/** One way a question term can match the index: the term itself, a glossary concept, or a similar term. */
export interface Alternative {
  termId: number;
  /** 1 for the exact term and concepts, the trigram similarity for fuzzy matches. */
  similarity: number;
  /**
   * Multiplier of the match (default 1). A word that is part of a multi-word glossary term in the question counts
   * less on its own than the term: in "public association" the concept decides, not every item saying "association".
   */
  weight?: number;
}

/** One term of the question with its alternatives and its weight (idf) in the normalization. */
export interface Slot {
  term: string;
  /** The term itself or a glossary concept of it is in the index. */
  known: boolean;
  idf: number;
  alternatives: Alternative[];
}

/** The arrays of a built index (see KnowledgeIndex.stored): what a stored index holds. */
export interface StoredIndex {
  /** Search terms, each at its id. */
  terms: string[];
  idf: Float64Array;
  postingStart: Int32Array;
  postingDocs: Int32Array;
  postingSats: Float32Array;
  phrasePostingStart: Int32Array;
  phrasePostingList: Int32Array;
  /** Phrase → position of its item. */
  phraseItem: Int32Array;
  phraseNorm: Float64Array;
}

/** Per-item scores of one question, before calibration. */
export interface ItemScores {
  /** BM25F over all fields, normalized by the question's total idf: 0..1. */
  lexical: Float64Array;
  /** Best similarity between the question and one of the item's paraphrases or titles: 0..1. */
  phrase: Float64Array;
  /** Share of the question's idf mass that the item's text matches at all: 0..1. */
  coverage: Float64Array;
}

/** The searchable form of the knowledge items. Build once per knowledge version; it is immutable. */
export class KnowledgeIndex implements PhraseCounts {
  readonly items: readonly KnowledgeItem[];
  readonly glossary: GlossaryMatcher;
  /** The glossary the index was built with. */
  readonly glossarySource: Glossary;
  /** Russian vs Kazakh letter trigrams learned from these items (language detection). */
  readonly languageModel: CyrillicLanguageModel;
  private readonly idToIndex = new Map<string, number>();
  /** Search terms (stems and concepts) and their ids. */
  private readonly termIds = new StringNumbering();
  private readonly terms = this.termIds.strings;
  private idf: Float64Array = new Float64Array(0);
  /** idf of a term no item contains. */
  readonly unknownIdf: number;
  /**
   * Items containing each term, with the term's saturated BM25F weight in each, in one pair of arrays:
   * term t's postings are [postingStart[t], postingStart[t + 1]).
   */
  private postingStart: Int32Array = new Int32Array(1);
  private postingDocs: Int32Array = new Int32Array(0);
  private postingSats: Float32Array = new Float32Array(0);
  /** The same layout for term → phrases (paraphrases and titles) that contain it. */
  private phrasePostingStart: Int32Array = new Int32Array(1);
  private phrasePostingList: Int32Array = new Int32Array(0);
  private readonly phraseItem: number[] = [];
  private phraseNorm: Float64Array = new Float64Array(0);
  /** Trigram → ids of the terms containing it (for fuzzy matching). */
  private readonly trigrams = new Map<string, number[]>();
  private readonly trigramCount: number[] = [];
  /**
   * Distinct normalized words of the item texts, numbered in order of first sight, in one table for every
   * language (the synthetic 10,000-item base has 9,200 words, which four tables, one per scanner, each held): less
   * memory for the scanning loop to read. Which term a word is depends on the language of its text: `termOfWord`.
   */
  private readonly wordNumbers = new StringNumbering();
  private readonly words = this.wordNumbers.strings;
  /** Words of item texts → word numbers. */
  private readonly scanner = new WordScanner((word) => this.wordNumbers.numberOf(word), { latinKazakh: false });
  /** For the paraphrases, which may be informal Latin Kazakh ("qogamdyq birlestik"). */
  private readonly kazakhQuestionScanner = new WordScanner((word) => this.wordNumbers.numberOf(word), {
    latinKazakh: true,
  });
  /** Per language: word number → term id (STOP_WORD, or NOT_ANALYZED until the word is met in that language). */
  private readonly termOfWord: Record<Language, Int32Array> = {
    ru: new Int32Array(1024).fill(NOT_ANALYZED),
    kk: new Int32Array(1024).fill(NOT_ANALYZED),
    en: new Int32Array(1024).fill(NOT_ANALYZED),
  };
  /**
   * Term id → 1 when a glossary phrase starts with it (most terms: 0): `phrasesStartingWith[id] !== undefined` as
   * bytes. It is read for every word indexed; reading the array of lists instead made the 10,000-item build about
   * a tenth slower.
   */
  private startsPhrase = new Uint8Array(1024);
  /** Scratch list of textTermIds while building. */
  private readonly textIds = new IntList();
  /** Term id → the glossary phrases starting with it (undefined for most terms). */
  private readonly phrasesStartingWith: (readonly GlossaryPhrase[] | undefined)[] = [];
  /** Adds a concept found in the text being indexed to its term ids (one function for every text). */
  private readonly addConcept = (phrase: GlossaryPhrase): void => this.textIds.push(this.intern(phrase.concept));
  // Scratch buffers reused by every search (the engine is synchronous, so they are never shared).
  private readonly slotBest: Float64Array;
  private readonly phraseSum: Float64Array;
  private readonly slotCover: Float64Array;
  private readonly touchedDocs: Int32Array;
  private readonly touchedPhrases: Int32Array;
  private readonly touchedPhrasesAll: Int32Array;

  readonly params: IndexParams;

  /**
   * Builds the index of the items, or, given `stored` (the arrays of an index built earlier from the same items
   * and parameters: `stored()`), takes them after checking that they fit together and fit the items.
   */
  constructor(
    items: readonly KnowledgeItem[],
    glossary: Glossary,
    params: IndexParams = DEFAULT_INDEX_PARAMS,
    stored?: StoredIndex,
  ) {
    this.items = items;
    this.params = params;
    this.glossary = new GlossaryMatcher(glossary);
    this.glossarySource = glossary;
    this.languageModel = CyrillicLanguageModel.fromItems([...items]);
    items.forEach((item, index) => {
      if (!this.idToIndex.has(item.id)) this.idToIndex.set(item.id, index);
    });
    this.unknownIdf = Math.log(1 + (items.length + 0.5) / 0.5) ** params.idfPower;
    if (stored) this.restore(stored);
    else this.build();

    this.terms.forEach((term, id) => {
      if (!this.fuzzyCandidate(term)) return;
      const grams = trigramsOf(term);
      this.trigramCount[id] = grams.length;
      for (const gram of grams) {
        const list = this.trigrams.get(gram);
        if (list) list.push(id);
        else this.trigrams.set(gram, [id]);
      }
    });

    const n = items.length;
    const phraseCount = this.phraseNorm.length;
    this.slotBest = new Float64Array(Math.max(n, phraseCount));
    this.phraseSum = new Float64Array(phraseCount);
    this.slotCover = new Float64Array(n);
    this.touchedDocs = new Int32Array(n);
    this.touchedPhrases = new Int32Array(phraseCount);
    this.touchedPhrasesAll = new Int32Array(phraseCount);
  }

  /**
   * The arrays that make up the index (the typed arrays themselves, not copies), to store it and load it without
   * building.
   */
  stored(): StoredIndex {
    return {
      terms: [...this.terms],
      idf: this.idf,
      postingStart: this.postingStart,
      postingDocs: this.postingDocs,
      postingSats: this.postingSats,
      phrasePostingStart: this.phrasePostingStart,
      phrasePostingList: this.phrasePostingList,
      phraseItem: Int32Array.from(this.phraseItem),
      phraseNorm: this.phraseNorm,
    };
  }

  /** Takes stored arrays, checking every number that is used as a position, so a damaged store cannot misread. */
  private restore(stored: StoredIndex): void {
    const n = this.items.length;
    const termCount = stored.terms.length;
    const phraseCount = stored.phraseNorm.length;
    const fail = (what: string): never => {
      throw new Error(`stored index does not fit: ${what}`);
    };
    stored.terms.forEach((term, id) => {
      if (this.termIds.numberOf(term) !== id) fail(`term ${id} is a duplicate`);
    });
    if (stored.idf.length !== termCount) fail("idf length");
    checkOffsets(stored.postingStart, termCount, stored.postingDocs.length, "postings", fail);
    if (stored.postingSats.length !== stored.postingDocs.length) fail("posting weights length");
    checkOffsets(stored.phrasePostingStart, termCount, stored.phrasePostingList.length, "phrase postings", fail);
    if (stored.phraseItem.length !== phraseCount) fail("phrase items length");
    if (!allBelow(stored.postingDocs, n)) fail("a posting names an item that is not there");
    if (!allBelow(stored.phraseItem, n)) fail("a phrase belongs to an item that is not there");
    if (!allBelow(stored.phrasePostingList, phraseCount)) fail("a phrase posting names a phrase that is not there");
    this.idf = stored.idf;
    this.postingStart = stored.postingStart;
    this.postingDocs = stored.postingDocs;
    this.postingSats = stored.postingSats;
    this.phrasePostingStart = stored.phrasePostingStart;
    this.phrasePostingList = stored.phrasePostingList;
    for (const item of stored.phraseItem) this.phraseItem.push(item);
    this.phraseNorm = stored.phraseNorm;
  }

  /** Reads the items' texts into the postings (the build proper). */
  private build(): void {
    const items = this.items;
    const params = this.params;
    const n = items.length;
    const fieldCount = FIELDS.length;
    // Pass 1: each item's term counts per field, kept compactly in one pair of growing arrays (entry = term *
    // fieldCount + field, count; item d's entries are [entryStart[d], entryStart[d + 1])), plus document frequencies,
    // field lengths and the phrases. Arrays indexed by term id replace per-item maps and sets (12 million words for
    // 10 000 items: per-text allocations were a tenth of the build).
    const lengths = FIELDS.map(() => new Float64Array(n));
    const entryStart = new Int32Array(n + 1);
    let entryKeys = new Int32Array(1 << 16);
    let entryCounts = new Int32Array(1 << 16);
    let entryCount = 0;
    let counts = new Int32Array(1024);
    let df = new Int32Array(1024);
    let lastDoc = new Int32Array(1024).fill(-1);
    /** Term id → the last phrase it was added to (distinct terms per phrase). */
    let inPhrase = new Int32Array(1024).fill(-1);
    /** Distinct terms of each phrase, one after another: phrase p's are [phraseStart[p], phraseStart[p + 1]). */
    const phraseTerms = new IntList(1 << 16);
    const phraseStart = new IntList(1 << 12);
    phraseStart.push(0);
    const touched = new IntList();
    for (let doc = 0; doc < n; doc++) {
      const texts = itemTexts(items[doc] as KnowledgeItem);
      for (let fieldIndex = 0; fieldIndex < fieldCount; fieldIndex++) {
        const field = FIELDS[fieldIndex] as Field;
        const isPhrase = field === "title" || field === "questions";
        let length = 0;
        for (const [text, language] of texts[field]) {
          const termList = this.textTermIds(text, language, field === "questions");
          const termIds = termList.values;
          const termCount = termList.length;
          if (this.terms.length > counts.length) {
            const needed = this.terms.length - 1;
            counts = grownInt32(counts, needed);
            df = grownInt32(df, needed);
            lastDoc = grownInt32(lastDoc, needed, -1);
            inPhrase = grownInt32(inPhrase, needed, -1);
          }
          length += termCount;
          for (let i = 0; i < termCount; i++) {
            const id = termIds[i] as number;
            if ((counts[id] as number) === 0) touched.push(id);
            counts[id] = (counts[id] as number) + 1;
          }
          if (isPhrase) {
            const phrase = phraseStart.length - 1;
            for (let i = 0; i < termCount; i++) {
              const id = termIds[i] as number;
              if (inPhrase[id] === phrase) continue;
              inPhrase[id] = phrase;
              phraseTerms.push(id);
            }
            if (phraseTerms.length > (phraseStart.values[phrase] as number)) {
              this.phraseItem.push(doc);
              phraseStart.push(phraseTerms.length);
            }
          }
        }
        (lengths[fieldIndex] as Float64Array)[doc] = length;
        if (entryCount + touched.length > entryKeys.length) {
          entryKeys = grownInt32(entryKeys, entryCount + touched.length);
          entryCounts = grownInt32(entryCounts, entryCount + touched.length);
        }
        const touchedIds = touched.values;
        for (let t = 0; t < touched.length; t++) {
          const id = touchedIds[t] as number;
          if (lastDoc[id] !== doc) {
            lastDoc[id] = doc;
            df[id] = (df[id] as number) + 1;
          }
          entryKeys[entryCount] = id * fieldCount + fieldIndex;
          entryCounts[entryCount++] = counts[id] as number;
          counts[id] = 0;
        }
        touched.clear();
      }
      entryStart[doc + 1] = entryCount;
    }
    const phraseCount = phraseStart.length - 1;
    const phraseBounds = phraseStart.values;
    const phraseTermIds = phraseTerms.values;

    const termCount = this.terms.length;
    this.idf = new Float64Array(termCount);
    for (let id = 0; id < termCount; id++) {
      const count = df[id] ?? 0;
      this.idf[id] = Math.log(1 + (n - count + 0.5) / (count + 0.5)) ** params.idfPower;
    }

    // Pass 2: BM25F weights (they need the average field lengths) written straight into the postings arrays.
    const fieldWeight = FIELDS.map((field, fieldIndex) => {
      const total = (lengths[fieldIndex] as Float64Array).reduce((sum, length) => sum + length, 0);
      return {
        average: Math.max(1, total / Math.max(1, n)),
        b: params.fieldB[field],
        weight: params.fieldWeights[field],
      };
    });
    this.postingStart = new Int32Array(termCount + 1);
    for (let id = 0; id < termCount; id++)
      this.postingStart[id + 1] = (this.postingStart[id] as number) + (df[id] ?? 0);
    this.postingDocs = new Int32Array(this.postingStart[termCount] as number);
    this.postingSats = new Float32Array(this.postingDocs.length);
    const cursor = this.postingStart.slice(0, termCount);
    const weighted = new Float64Array(termCount);
    for (let doc = 0; doc < n; doc++) {
      const norms = fieldWeight.map(({ average, b, weight }, fieldIndex) => {
        const length = (lengths[fieldIndex] as Float64Array)[doc] as number;
        return weight / (1 - b + (b * length) / average);
      });
      for (let e = entryStart[doc] as number; e < (entryStart[doc + 1] as number); e++) {
        const entry = entryKeys[e] as number;
        const id = Math.floor(entry / fieldCount);
        if (weighted[id] === 0) touched.push(id);
        weighted[id] = (weighted[id] as number) + (norms[entry % fieldCount] as number) * (entryCounts[e] as number);
      }
      const touchedIds = touched.values;
      for (let t = 0; t < touched.length; t++) {
        const id = touchedIds[t] as number;
        const tf = weighted[id] as number;
        const at = cursor[id] as number;
        cursor[id] = at + 1;
        this.postingDocs[at] = doc;
        this.postingSats[at] = tf / (params.k1 + tf);
        weighted[id] = 0;
      }
      touched.clear();
    }

    // Term → phrases.
    this.phrasePostingStart = new Int32Array(termCount + 1);
    const phraseTermTotal = phraseBounds[phraseCount] as number;
    for (let i = 0; i < phraseTermTotal; i++) {
      const id = phraseTermIds[i] as number;
      this.phrasePostingStart[id + 1] = (this.phrasePostingStart[id + 1] as number) + 1;
    }
    for (let id = 0; id < termCount; id++)
      this.phrasePostingStart[id + 1] =
        (this.phrasePostingStart[id + 1] as number) + (this.phrasePostingStart[id] as number);
    this.phrasePostingList = new Int32Array(this.phrasePostingStart[termCount] as number);
    const phraseCursor = this.phrasePostingStart.slice(0, termCount);
    // Concepts are alternatives of the phrase's own words, not extra words: only the stems count in its norm.
    const isConcept = new Uint8Array(termCount);
    for (let id = 0; id < termCount; id++)
      isConcept[id] = (this.terms[id] as string).startsWith(CONCEPT_PREFIX) ? 1 : 0;
    this.phraseNorm = new Float64Array(phraseCount);
    for (let phrase = 0; phrase < phraseCount; phrase++) {
      let norm = 0;
      for (let i = phraseBounds[phrase] as number; i < (phraseBounds[phrase + 1] as number); i++) {
        const id = phraseTermIds[i] as number;
        const at = phraseCursor[id] as number;
        phraseCursor[id] = at + 1;
        this.phrasePostingList[at] = phrase;
        if (isConcept[id] === 0) norm += this.idf[id] as number;
      }
      this.phraseNorm[phrase] = norm;
    }
  }

  /** The item with this id, if the index has it. */
  byId(id: string): KnowledgeItem | undefined {
    const index = this.idToIndex.get(id);
    return index === undefined ? undefined : this.items[index];
  }

  /** Position of the item with this id in `items`, or -1. */
  positionOf(id: string): number {
    return this.idToIndex.get(id) ?? -1;
  }

  /** Whether the term (a stem or concept) is in the index. */
  hasTerm(term: string): boolean {
    return this.termIds.find(term) !== undefined;
  }

  /** Number of phrases (titles and paraphrases of all items). */
  get phraseCount(): number {
    return this.phraseNorm.length;
  }

  /** Number of phrases containing the term. */
  phrasesContaining(term: string): number {
    const id = this.termIds.find(term);
    return id === undefined ? 0 : (this.phrasePostingStart[id + 1] as number) - (this.phrasePostingStart[id] as number);
  }

  /** Number of distinct search terms (stems and concepts). */
  get vocabularySize(): number {
    return this.terms.length;
  }

  private intern(term: string): number {
    const known = this.termIds.size;
    const id = this.termIds.numberOf(term);
    if (id === known) {
      this.glossary.noteTermId(term, id);
      const phrases = this.glossary.phrasesStartingWith(term);
      this.phrasesStartingWith[id] = phrases;
      if (id >= this.startsPhrase.length) {
        const bigger = new Uint8Array(this.startsPhrase.length * 2);
        bigger.set(this.startsPhrase);
        this.startsPhrase = bigger;
      }
      this.startsPhrase[id] = phrases === undefined ? 0 : 1;
    }
    return id;
  }

  /**
   * An item text → its term ids, followed by the glossary concepts found in it. Only paraphrases are checked for
   * informal Latin-script Kazakh: titles, summaries and answers are written in Cyrillic. The list is reused: it is
   * valid until the next call.
   */
  private textTermIds(text: string, language: Language, paraphrase: boolean): IntList {
    const ids = this.textIds;
    ids.clear();
    const scanner = language === "kk" && paraphrase ? this.kazakhQuestionScanner : this.scanner;
    scanner.scan(text, ids);
    let termOfWord = this.termOfWord[language];
    if (this.words.length > termOfWord.length) {
      termOfWord = grownInt32(termOfWord, this.words.length - 1, NOT_ANALYZED);
      this.termOfWord[language] = termOfWord;
    }
    // Word numbers → term ids, each word analyzed once per language; stop words dropped in place.
    const values = ids.values;
    let count = 0;
    let concepts = false;
    for (let i = 0; i < ids.length; i++) {
      const word = values[i] as number;
      let id = termOfWord[word] as number;
      if (id === NOT_ANALYZED) {
        const term = termOf(this.words[word] as string, language);
        id = term ? this.intern(term) : STOP_WORD;
        termOfWord[word] = id;
      }
      if (id === STOP_WORD) continue;
      values[count++] = id;
      if (this.startsPhrase[id] === 1) concepts = true;
    }
    ids.length = count;
    if (!concepts) return ids;
    for (let start = 0; start < count; start++) {
      const candidates = this.phrasesStartingWith[ids.values[start] as number];
      if (candidates !== undefined)
        this.glossary.forEachConceptAt(candidates, ids.values, start, count, this.addConcept);
    }
    return ids;
  }

  /**
   * Turns a question's analyzed terms into slots: each distinct term with the ways it can match (itself,
   * the glossary concepts it is part of, similar index terms).
   */
  slots(terms: readonly string[], alternates: readonly (string | undefined)[] = []): Slot[] {
    const concepts = this.glossary.match(terms);
    const slots: Slot[] = [];
    const seen = new Set<string>();
    terms.forEach((term, position) => {
      if (seen.has(term)) return;
      seen.add(term);
      const alternatives: Alternative[] = [];
      let id = this.termIds.find(term);
      const alternate = alternates[position];
      const alternateId = alternate === undefined ? undefined : this.termIds.find(alternate);
      if (alternateId !== undefined) {
        // The word read in its other possible language: use whichever reading the index knows, both if both.
        if (id === undefined) id = alternateId;
        else alternatives.push({ termId: alternateId, similarity: 1 });
      }
      const known = id !== undefined;
      const partOfPhrase = concepts.some(
        (match) =>
          position >= match.start &&
          position < match.end &&
          match.end - match.start >= 2 &&
          this.termIds.find(match.concept) !== undefined,
      );
      const wordWeight = partOfPhrase ? this.params.phrasePartWeight : 1;
      if (known) alternatives.push({ termId: id as number, similarity: 1, weight: wordWeight });
      let idf = known ? (this.idf[id as number] ?? this.unknownIdf) : this.unknownIdf;
      let conceptIdf = 0;
      for (const match of concepts) {
        if (position < match.start || position >= match.end) continue;
        const conceptId = this.termIds.find(match.concept);
        if (conceptId === undefined) continue;
        alternatives.push({ termId: conceptId, similarity: 1 });
        conceptIdf = Math.max(conceptIdf, this.idf[conceptId] ?? 0);
      }
      if (!known && conceptIdf > 0) idf = conceptIdf;
      for (const fuzzy of this.similarTerms(term)) {
        if (fuzzy.termId !== id) alternatives.push({ ...fuzzy, weight: wordWeight });
      }
      slots.push({ term, known: known || conceptIdf > 0, idf, alternatives });
    });
    return slots;
  }

  private fuzzyCandidate(term: string): boolean {
    return !term.startsWith(CONCEPT_PREFIX) && term.length >= this.params.fuzzyMinLength && !/\d/.test(term);
  }

  /**
   * Index terms similar to `term`: trigram Dice similarity, or one a prefix of the other (Kazakh and Russian
   * derive words by adding suffixes: сыйлық/сыйлықақы, тірке/тіркеу), at least fuzzyMinSimilarity.
   */
  private similarTerms(term: string): Alternative[] {
    if (!this.fuzzyCandidate(term)) return [];
    const grams = trigramsOf(term);
    const counts = new Map<number, number>();
    for (const gram of grams) {
      for (const id of this.trigrams.get(gram) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const found: Alternative[] = [];
    const minimum = this.params.fuzzyMinSimilarity;
    const minShared = Math.max(2, Math.ceil(((minimum * grams.length) / 2) * 0.7));
    for (const [id, shared] of counts) {
      if (shared < minShared) continue;
      const other = this.terms[id] as string;
      let similarity = (2 * shared) / (grams.length + (this.trigramCount[id] ?? 0));
      const [short, long] = other.length < term.length ? [other, term] : [term, other];
      if (long.startsWith(short) && short.length >= 4)
        similarity = Math.max(similarity, 0.5 + (0.5 * short.length) / long.length);
      // A typo: one letter dropped, added, changed or two swapped ("liqudating", "registartion").
      else if (oneEditApart(term, other)) similarity = Math.max(similarity, 1 - 1 / long.length);
      if (similarity >= minimum && similarity < 1) found.push({ termId: id, similarity });
    }
    found.sort((a, b) => b.similarity - a.similarity);
    return found.slice(0, FUZZY_MAX_ALTERNATIVES);
  }

  /** Lexical, best-phrase and coverage scores of every item for the question's slots. */
  score(slots: readonly Slot[], fuzzyWeight: number): ItemScores {
    const n = this.items.length;
    const lexical = new Float64Array(n);
    const coverage = new Float64Array(n);
    const phrase = new Float64Array(n);
    let total = 0;
    for (const slot of slots) total += slot.idf;
    if (total === 0) return { lexical, phrase, coverage };

    const phraseSum = this.phraseSum;
    const best = this.slotBest;
    const cover = this.slotCover;
    // Lists of what a slot (or the whole question) touched, in preallocated arrays: on 10 000 items a common word
    // touches tens of thousands of phrases, and growing plain arrays that long was a large share of the time.
    const touchedDocs = this.touchedDocs;
    const touched = this.touchedPhrases;
    const touchedPhrases = this.touchedPhrasesAll;
    let touchedPhraseCount = 0;
    for (const slot of slots) {
      // Items: the best alternative per item for this slot (and the best weight with which the item has it at all).
      let touchedDocCount = 0;
      for (const alternative of slot.alternatives) {
        const weight = alternativeWeight(alternative, fuzzyWeight);
        const value = weight * Math.min(this.idf[alternative.termId] ?? 0, slot.idf);
        const docs = this.postingDocs;
        const sats = this.postingSats;
        const end = this.postingStart[alternative.termId + 1] as number;
        for (let i = this.postingStart[alternative.termId] as number; i < end; i++) {
          const doc = docs[i] as number;
          if (cover[doc] === 0) touchedDocs[touchedDocCount++] = doc;
          const contribution = value * (sats[i] as number);
          if (contribution > (best[doc] as number)) best[doc] = contribution;
          if (weight > (cover[doc] as number)) cover[doc] = weight;
        }
      }
      for (let t = 0; t < touchedDocCount; t++) {
        const doc = touchedDocs[t] as number;
        lexical[doc] = (lexical[doc] as number) + (best[doc] as number);
        coverage[doc] = (coverage[doc] as number) + (cover[doc] as number) * slot.idf;
        best[doc] = 0;
        cover[doc] = 0;
      }

      // Phrases: the best alternative per phrase for this slot.
      let touchedCount = 0;
      for (const alternative of slot.alternatives) {
        const value =
          alternativeWeight(alternative, fuzzyWeight) * Math.min(this.idf[alternative.termId] ?? 0, slot.idf);
        const list = this.phrasePostingList;
        const end = this.phrasePostingStart[alternative.termId + 1] as number;
        for (let i = this.phrasePostingStart[alternative.termId] as number; i < end; i++) {
          const p = list[i] as number;
          if (best[p] === 0) touched[touchedCount++] = p;
          if (value > (best[p] as number)) best[p] = value;
        }
      }
      for (let t = 0; t < touchedCount; t++) {
        const p = touched[t] as number;
        if (phraseSum[p] === 0) touchedPhrases[touchedPhraseCount++] = p;
        phraseSum[p] = (phraseSum[p] as number) + (best[p] as number);
        best[p] = 0;
      }
    }

    // Each item's best paraphrase similarity, plus its second best with a smaller weight.
    const second = new Float64Array(n);
    for (let t = 0; t < touchedPhraseCount; t++) {
      const p = touchedPhrases[t] as number;
      const norm = Math.sqrt(total * (this.phraseNorm[p] as number));
      const similarity = norm > 0 ? (phraseSum[p] as number) / norm : 0;
      phraseSum[p] = 0;
      const doc = this.phraseItem[p] as number;
      if (similarity > (phrase[doc] as number)) {
        second[doc] = phrase[doc] as number;
        phrase[doc] = similarity;
      } else if (similarity > (second[doc] as number)) second[doc] = similarity;
    }
    const secondWeight = this.params.secondPhraseWeight;
    for (let doc = 0; doc < n; doc++) {
      if (secondWeight > 0 && phrase[doc] !== 0) {
        phrase[doc] = ((phrase[doc] as number) + secondWeight * (second[doc] as number)) / (1 + secondWeight);
      }
      lexical[doc] = (lexical[doc] as number) / total;
      coverage[doc] = (coverage[doc] as number) / total;
    }
    return { lexical, phrase, coverage };
  }
}

/** How much a match counts: exact terms and concepts fully, fuzzy ones by similarity; times the part-of-phrase weight. */
function alternativeWeight(alternative: Alternative, fuzzyWeight: number): number {
  return (alternative.similarity === 1 ? 1 : fuzzyWeight * alternative.similarity) * (alternative.weight ?? 1);
}

/** Builds the search index over the knowledge items and the glossary. Pure and synchronous. */
export function buildKnowledgeIndex(items: KnowledgeItem[], glossary: Glossary, params?: IndexParams): KnowledgeIndex {
  return new KnowledgeIndex(items, glossary, params);
}

type TextsByField = Record<Field, [string, Language][]>;

function itemTexts(item: KnowledgeItem): TextsByField {
  const texts: TextsByField = { title: [], questions: [], summary: [], body: [], basis: [] };
  for (const language of LANGUAGES) {
    texts.title.push([item.title[language], language]);
    texts.summary.push([item.summary[language], language]);
    texts.body.push([plainText(item.body[language]), language]);
    for (const question of item.questions[language]) texts.questions.push([question, language]);
    for (const basis of item.legal_basis)
      texts.basis.push([`${basis.act[language]} ${basis.article[language]}`, language]);
  }
  return texts;
}

/** Offsets into a list of `total` entries for `count` keys: count + 1 of them, from 0 to total, never falling. */
function checkOffsets(
  offsets: Int32Array,
  count: number,
  total: number,
  what: string,
  fail: (what: string) => never,
): void {
  if (offsets.length !== count + 1 || offsets[0] !== 0 || offsets[count] !== total) fail(`${what} offsets`);
  for (let i = 0; i < count; i++) if ((offsets[i] as number) > (offsets[i + 1] as number)) fail(`${what} offsets`);
}

function allBelow(values: Int32Array, limit: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value < 0 || value >= limit) return false;
  }
  return true;
}

/** Whether b is a with one character deleted, inserted or replaced, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const differA = endA - start;
  const differB = endB - start;
  if (differA <= 1 && differB <= 1) return true;
  return differA === 2 && differB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

function trigramsOf(term: string): string[] {
  const padded = `^${term}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

/** Markdown body → words only: link targets and bare URLs are not content. */
function plainText(markdown: string): string {
  // Most bodies have neither a link nor a URL: the regular expressions need not run over them.
  const withoutLinks = markdown.includes("](") ? markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") : markdown;
  return withoutLinks.includes("http") ? withoutLinks.replace(/https?:\/\/\S+/g, " ") : withoutLinks;
}
