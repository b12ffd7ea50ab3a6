import * as z from "zod";
import type { Glossary } from "../knowledge/glossary.js";
import { type KnowledgeItem, LANGUAGES } from "../knowledge/item-schema.js";
import { stableHash } from "../stable-hash.js";
import { analyze } from "./analyze.js";
import { DEFAULT_INDEX_PARAMS, type IndexParams, KnowledgeIndex, type StoredIndex } from "./knowledge-index.js";

/**
 * A built index as bytes, to be built once per knowledge version and loaded by every worker that starts: building
 * 10,000 items takes seconds, loading their snapshot a fraction of one. Layout: MAGIC, the header's length (u32,
 * little-endian), the header (JSON), then each array's bytes at an offset that is a multiple of 8.
 */
const MAGIC = "NGOINDEX";
/**
 * The layout and the meaning of the stored arrays. Raise it whenever the build changes what it stores (field
 * weighting, phrases, concepts): stores name snapshots by it, so a new engine never reads an old one.
 */
export const INDEX_SNAPSHOT_FORMAT = 1;
const FORMAT = INDEX_SNAPSHOT_FORMAT;
const ALIGNMENT = 8;
/** Items whose titles are analyzed again on loading, to notice a snapshot made by an engine that analyzed differently. */
const PROBED_ITEMS = 50;

const ARRAY_TYPES = {
  idf: Float64Array,
  postingStart: Int32Array,
  postingDocs: Int32Array,
  postingSats: Float32Array,
  phrasePostingStart: Int32Array,
  phrasePostingList: Int32Array,
  phraseItem: Int32Array,
  phraseNorm: Float64Array,
} as const;
type ArrayName = keyof typeof ARRAY_TYPES;
const ARRAY_NAMES = Object.keys(ARRAY_TYPES) as ArrayName[];

const fieldNumbers = z.object({
  title: z.number(),
  questions: z.number(),
  summary: z.number(),
  body: z.number(),
  basis: z.number(),
});
const headerSchema = z.object({
  format: z.literal(FORMAT),
  /** Which knowledge version the index was built from (the caller's label, e.g. the published version). */
  knowledgeVersion: z.string().min(1),
  itemIds: z.array(z.string()),
  /** The glossary's concepts are terms of the index: another glossary needs another index. */
  glossaryHash: z.number().int().nonnegative(),
  params: z.object({
    fieldWeights: fieldNumbers,
    fieldB: fieldNumbers,
    k1: z.number(),
    idfPower: z.number(),
    fuzzyMinLength: z.number(),
    fuzzyMinSimilarity: z.number(),
    secondPhraseWeight: z.number(),
    phrasePartWeight: z.number(),
  }),
  terms: z.array(z.string()),
  arrays: z.array(
    z.object({
      name: z.enum(ARRAY_NAMES as [ArrayName, ...ArrayName[]]),
      offset: z.number().int().nonnegative(),
      length: z.number().int().nonnegative(),
    }),
  ),
});
type SnapshotHeader = z.infer<typeof headerSchema>;

/** The snapshot of a built index; `knowledgeVersion` names the knowledge it was built from. */
export function encodeIndexSnapshot(index: KnowledgeIndex, knowledgeVersion: string): Uint8Array {
  const stored = index.stored();
  const arrays: SnapshotHeader["arrays"] = [];
  let offset = 0;
  for (const name of ARRAY_NAMES) {
    arrays.push({ name, offset, length: stored[name].length });
    offset = aligned(offset + stored[name].byteLength);
  }
  const header: SnapshotHeader = {
    format: FORMAT,
    knowledgeVersion,
    itemIds: index.items.map((item) => item.id),
    glossaryHash: glossaryHashOf(index.glossarySource),
    params: index.params,
    terms: stored.terms,
    arrays,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = aligned(MAGIC.length + 4 + headerBytes.length);
  const bytes = new Uint8Array(dataStart + offset);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  bytes.set(headerBytes, MAGIC.length + 4);
  for (const { name, offset: at } of arrays) {
    const array = stored[name];
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), dataStart + at);
  }
  return bytes;
}

/**
 * The index stored in `bytes`, for these items. Throws a clear error when the bytes are not a snapshot, are cut
 * short, or were made from other items, another knowledge version, another glossary, other parameters or an engine
 * that analyzes words differently: the caller then builds the index instead.
 */
export function decodeIndexSnapshot(
  bytes: Uint8Array,
  items: readonly KnowledgeItem[],
  glossary: Glossary,
  knowledgeVersion: string,
  params: IndexParams = DEFAULT_INDEX_PARAMS,
): KnowledgeIndex {
  const fail = (why: string): never => {
    throw new Error(`index snapshot rejected: ${why}`);
  };
  if (bytes.length < MAGIC.length + 4 || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC)
    fail("not an index snapshot");
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, true);
  const headerEnd = MAGIC.length + 4 + headerLength;
  if (headerEnd > bytes.length) fail("cut short in its header");
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, headerEnd)));
  } catch {
    fail("its header is not JSON");
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) return fail(`its header is invalid (${z.prettifyError(parsed.error)})`);
  const header = parsed.data;
  if (header.knowledgeVersion !== knowledgeVersion)
    fail(`made for knowledge version ${header.knowledgeVersion}, not ${knowledgeVersion}`);
  if (header.itemIds.length !== items.length || header.itemIds.some((id, i) => id !== items[i]?.id))
    fail("made from other items");
  if (header.glossaryHash !== glossaryHashOf(glossary)) fail("made with another glossary");
  if (JSON.stringify(header.params) !== JSON.stringify(params)) fail("made with other retrieval parameters");

  const dataStart = aligned(headerEnd);
  const views: Partial<Record<ArrayName, ArrayLike<number>>> = {};
  for (const { name, offset, length } of header.arrays) {
    const type = ARRAY_TYPES[name];
    const start = dataStart + offset;
    if (start + length * type.BYTES_PER_ELEMENT > bytes.length) fail(`cut short in ${name}`);
    // Typed arrays need aligned offsets: a copy when the bytes do not start at a multiple of 8 of their buffer.
    views[name] =
      (bytes.byteOffset + start) % ALIGNMENT === 0
        ? new type(bytes.buffer as ArrayBuffer, bytes.byteOffset + start, length)
        : new type(bytes.slice(start, start + length * type.BYTES_PER_ELEMENT).buffer);
  }
  const missing = ARRAY_NAMES.filter((name) => views[name] === undefined);
  if (missing.length > 0) fail(`no ${missing.join(", ")}`);
  const stored = { terms: header.terms, ...views } as StoredIndex;
  const index = new KnowledgeIndex(items, glossary, params, stored);
  const unknownTerm = probeAnalysis(index);
  if (unknownTerm !== undefined)
    fail(`made by an engine that analyzes words differently ("${unknownTerm}" is missing)`);
  return index;
}

/**
 * Analyzes the titles of some items again: every term must be in the index. A stemmer or normalizer change since
 * the snapshot was made shows up as a missing term. Returns the first missing term.
 */
function probeAnalysis(index: KnowledgeIndex): string | undefined {
  const step = Math.max(1, Math.floor(index.items.length / PROBED_ITEMS));
  for (let i = 0; i < index.items.length; i += step) {
    const item = index.items[i] as KnowledgeItem;
    for (const language of LANGUAGES) {
      // Titles are indexed as written (only paraphrases may be Latin Kazakh to transliterate).
      for (const term of analyze(item.title[language], language, { latinKazakh: false }))
        if (!index.hasTerm(term)) return term;
    }
  }
  return undefined;
}

function glossaryHashOf(glossary: Glossary): number {
  return stableHash(JSON.stringify(glossary));
}

function aligned(offset: number): number {
  return Math.ceil(offset / ALIGNMENT) * ALIGNMENT;
}
