import type { Glossary } from "../knowledge/glossary.js";
import { LANGUAGES } from "../knowledge/item-schema.js";
import { analyze } from "./analyze.js";

/** Prefix of the search term that stands for a glossary entry (a concept shared by all its terms). */
export const CONCEPT_PREFIX = "§";

/** A glossary term as analyzed terms, and the concept of its entry. */
export interface GlossaryPhrase {
  terms: string[];
  concept: string;
  /**
   * The ids of `terms` in the numbering of the index being built (see noteTermId), -1 while a term has none:
   * indexing compares numbers, not strings.
   */
  ids: Int32Array;
}

export interface ConceptMatch {
  concept: string;
  /** Positions of the terms the concept was recognised from. */
  start: number;
  end: number;
}

/**
 * Recognises glossary terms (ОО, қоғамдық бірлестік, public association, НКО/КЕҰ/NCO, МРП/АЕК/MCI …) in a
 * sequence of analyzed terms. Every entry becomes one concept term, so a question using any term or
 * abbreviation of an entry in any language matches items that use another one.
 */
export class GlossaryMatcher {
  /** First term of a glossary phrase → the phrases starting with it (longest first). */
  private readonly phrases = new Map<string, GlossaryPhrase[]>();
  /** Term → the phrases containing it and where, to record its id (noteTermId). */
  private readonly occurrences = new Map<string, { phrase: GlossaryPhrase; offset: number }[]>();

  constructor(glossary: Glossary) {
    glossary.terms.forEach((entry, index) => {
      const concept = `${CONCEPT_PREFIX}${index}`;
      const seen = new Set<string>();
      for (const language of LANGUAGES) {
        for (const term of entry[language]) {
          const terms = analyze(term, language);
          const first = terms[0];
          const key = terms.join(" ");
          if (!first || seen.has(key)) continue;
          seen.add(key);
          const list = this.phrases.get(first) ?? [];
          const phrase = { terms, concept, ids: new Int32Array(terms.length).fill(-1) };
          list.push(phrase);
          terms.forEach((term, offset) => {
            const places = this.occurrences.get(term) ?? [];
            places.push({ phrase, offset });
            this.occurrences.set(term, places);
          });
          list.sort((a, b) => b.terms.length - a.terms.length);
          this.phrases.set(first, list);
        }
      }
    });
  }

  /** Every glossary phrase found in `terms` (overlapping matches of different entries are all kept). */
  match(terms: readonly string[]): ConceptMatch[] {
    return terms.flatMap((_, start) => this.matchAt(terms, start));
  }

  /** The glossary phrases that start at `terms[start]` (one per entry: its longest). */
  matchAt(terms: readonly string[], start: number): ConceptMatch[] {
    const candidates = this.phrases.get(terms[start] as string);
    if (!candidates) return [];
    const matches: ConceptMatch[] = [];
    const found = new Set<string>();
    for (const phrase of candidates) {
      if (found.has(phrase.concept)) continue;
      if (phrase.terms.every((t, offset) => terms[start + offset] === t)) {
        found.add(phrase.concept);
        matches.push({ concept: phrase.concept, start, end: start + phrase.terms.length });
      }
    }
    return matches;
  }

  /**
   * The concepts of the glossary phrases that start at `ids[start]`, for a text given as term ids (`terms[id]` is
   * the term, its id given to noteTermId; ids from `end` on are not part of the text). Same matching as matchAt,
   * without a string array of the whole text; indexing uses forEachConceptAt, which this collects.
   */
  conceptsAt(ids: ArrayLike<number>, start: number, end: number, terms: readonly string[]): string[] {
    const concepts: string[] = [];
    this.forEachConceptAt(this.phrasesStartingWith(terms[ids[start] as number] as string), ids, start, end, (phrase) =>
      concepts.push(phrase.concept),
    );
    return concepts;
  }

  /**
   * Records the id an index gave this term, so that forEachConceptAt compares ids. A matcher serves the numbering
   * of one index (each index makes its own).
   */
  noteTermId(term: string, id: number): void {
    for (const { phrase, offset } of this.occurrences.get(term) ?? []) phrase.ids[offset] = id;
  }

  /** The phrases that start with this term, longest first (undefined when none: most terms). */
  phrasesStartingWith(term: string): readonly GlossaryPhrase[] | undefined {
    return this.phrases.get(term);
  }

  /**
   * Calls `found` with each phrase of `candidates` (those starting with the term `ids[start]`) that matches at
   * `start`, one per concept (its longest), without allocating: indexing calls this millions of times. The ids are
   * those given to noteTermId.
   */
  forEachConceptAt(
    candidates: readonly GlossaryPhrase[] | undefined,
    ids: ArrayLike<number>,
    start: number,
    end: number,
    found: (phrase: GlossaryPhrase) => void,
  ): void {
    if (!candidates) return;
    for (let c = 0; c < candidates.length; c++) {
      const phrase = candidates[c] as GlossaryPhrase;
      if (!matchesAt(phrase, ids, start, end)) continue;
      // A longer phrase of the same concept that matched earlier wins (candidates are longest first).
      let seen = false;
      for (let earlier = 0; earlier < c && !seen; earlier++) {
        const other = candidates[earlier] as GlossaryPhrase;
        seen = other.concept === phrase.concept && matchesAt(other, ids, start, end);
      }
      if (!seen) found(phrase);
    }
  }
}

/** Whether the whole phrase stands at `start` of the text given as term ids (before `end`). */
function matchesAt(phrase: GlossaryPhrase, ids: ArrayLike<number>, start: number, end: number): boolean {
  const phraseIds = phrase.ids;
  const length = phraseIds.length;
  if (start + length > end) return false;
  for (let offset = 0; offset < length; offset++) if (ids[start + offset] !== phraseIds[offset]) return false;
  return true;
}
