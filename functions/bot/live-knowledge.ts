import type { Logger } from "../adapters/logger.js";
import { decodeIndexSnapshot, encodeIndexSnapshot, INDEX_SNAPSHOT_FORMAT } from "../core/engine/index-snapshot.js";
import { buildKnowledgeIndex, type KnowledgeIndex } from "../core/engine/knowledge-index.js";
import type { Translator } from "../core/i18n/translator.js";
import { checkKnowledge, type KnowledgeFile } from "../core/knowledge/check-knowledge.js";
import type { Glossary } from "../core/knowledge/glossary.js";
import type { KnowledgeItem } from "../core/knowledge/item-schema.js";
import type { KnowledgeIssue } from "../core/knowledge/parse-item.js";
import { stableHash } from "../core/stable-hash.js";
import type { IndexSnapshotStore } from "../storage/index-snapshot-store.js";
import type { KnowledgeStore } from "../storage/knowledge-store.js";
import type { Answerer } from "./answerer.js";
import { createKnowledgeAnswerer } from "./knowledge-answerer.js";

/** One loaded version of the knowledge: the items, their Markdown files and the answerer built over them. */
export interface KnowledgeSnapshot {
  /** The store's publish counter; 0 when the bundled folder is used (nothing imported yet). */
  version: number;
  items: KnowledgeItem[];
  /** Markdown per item id, with its path and live revision (0 for the bundled folder). */
  files: Map<string, { path: string; markdown: string; revision: number }>;
  issues: KnowledgeIssue[];
  answerer: Answerer;
}

export interface LiveKnowledgeDeps {
  store: KnowledgeStore;
  glossary: Glossary;
  translator: Translator;
  today: () => string;
  /** The knowledge folder shipped with the code: answers until the first `kb:import`. */
  bundledFiles: () => Promise<KnowledgeFile[]>;
  log: Logger;
  /**
   * Where built indexes are kept per published version (S3 in AWS): a worker loads the index instead of building
   * it, which for a large knowledge base is the difference between a fraction of a second and several seconds.
   * Without it every worker builds.
   */
  indexSnapshots?: IndexSnapshotStore;
  /** Below this many items building is about as fast as fetching a snapshot: no snapshot is used. */
  snapshotMinItems?: number;
  /** How long a loaded version is trusted before the version marker is read again. */
  refreshSeconds?: number;
  now?: () => number;
}

const DEFAULT_REFRESH_SECONDS = 30;
/**
 * Measured (npm run bench): the 54 real items build in 0.3–0.5 s and 200 synthetic ones in about 0.7 s, while
 * a snapshot costs the S3 client's import (~0.1 s), the download and 0.05–0.3 s to load.
 */
export const INDEX_SNAPSHOT_MIN_ITEMS = 200;

/**
 * The bot's knowledge, read from DynamoDB: the latest published revision of every item. Before handling an
 * update the bot calls `refresh()`, which reads the version marker at most every `refreshSeconds` and
 * rebuilds the index only when a publish happened, so a publish reaches every Lambda instance within that
 * time without a redeploy. Implements `Answerer` by delegating to the current snapshot.
 */
export class LiveKnowledge implements Answerer {
  private current: KnowledgeSnapshot | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;

  constructor(private readonly deps: LiveKnowledgeDeps) {}

  /** Loads a newer version if there is one; storage errors propagate (the update is retried). */
  async refresh(force = false): Promise<void> {
    const now = (this.deps.now ?? Date.now)();
    const ttl = (this.deps.refreshSeconds ?? DEFAULT_REFRESH_SECONDS) * 1000;
    if (!force && this.current && now - this.checkedAt < ttl) return;
    this.loading ??= this.load(now).finally(() => {
      this.loading = undefined;
    });
    await this.loading;
  }

  /** The loaded snapshot; `refresh()` must have run once. */
  snapshot(): KnowledgeSnapshot {
    if (!this.current) throw new Error("knowledge not loaded yet: call refresh() first");
    return this.current;
  }

  answer: Answerer["answer"] = (question, request) => this.snapshot().answerer.answer(question, request);
  showItem: Answerer["showItem"] = (id, language) => this.snapshot().answerer.showItem(id, language);
  search: Answerer["search"] = (query, request, limit) => this.snapshot().answerer.search(query, request, limit);
  topicItems: Answerer["topicItems"] = (topic, language) => this.snapshot().answerer.topicItems(topic, language);
  title: Answerer["title"] = (id, language) => this.snapshot().answerer.title(id, language);

  private async load(now: number): Promise<void> {
    const version = await this.deps.store.version();
    if (this.current && this.current.version === version) {
      this.checkedAt = now;
      return;
    }
    const files =
      version === 0
        ? (await this.deps.bundledFiles()).map((file) => ({ ...file, revision: 0 }))
        : (await this.deps.store.liveItems()).map((item) => ({
            file: item.path,
            text: item.markdown,
            revision: item.revision,
          }));
    this.current = await this.build(version, files);
    this.checkedAt = now;
    if (version === 0) this.deps.log.warn("no knowledge imported yet; answering from the bundled folder");
    if (this.current.issues.length > 0) {
      this.deps.log.warn("live knowledge has problems; valid items are used", {
        problems: this.current.issues.length,
      });
    }
  }

  private async build(version: number, files: (KnowledgeFile & { revision: number })[]): Promise<KnowledgeSnapshot> {
    const { items, issues } = checkKnowledge(files, this.deps.today());
    const byPath = new Map(files.map((file) => [file.file, file]));
    const fileMap = new Map<string, { path: string; markdown: string; revision: number }>();
    for (const item of items) {
      const file = byPath.get(item.source);
      if (file) fileMap.set(item.id, { path: file.file, markdown: file.text, revision: file.revision });
    }
    // Review dates in the past are the admins' to fix; the stale item still answers, with a warning.
    const blocking = issues.filter((issue) => issue.field !== "review_due");
    const index = await this.indexOf(version, files, items);
    const answerer = createKnowledgeAnswerer(index, this.deps.translator, this.deps.today);
    return { version, items, files: fileMap, issues: blocking, answerer };
  }

  /**
   * The version's index: loaded from its snapshot when there is a usable one, else built (and its snapshot saved
   * for the next worker). The snapshot only saves time, so a failure to read, use or save it is logged as an
   * error and the index is built: the user still gets an answer.
   */
  private async indexOf(
    version: number,
    files: readonly KnowledgeFile[],
    items: KnowledgeItem[],
  ): Promise<KnowledgeIndex> {
    const { indexSnapshots: snapshots, glossary, log } = this.deps;
    const minItems = this.deps.snapshotMinItems ?? INDEX_SNAPSHOT_MIN_ITEMS;
    if (!snapshots || version === 0 || items.length < minItems) return buildKnowledgeIndex(items, glossary);
    // Hashing every file only when a snapshot is used.
    const label = knowledgeLabel(version, files);
    const name = indexSnapshotName(version);
    try {
      const bytes = await snapshots.load(name);
      if (bytes) {
        const index = decodeIndexSnapshot(bytes, items, glossary, label);
        log.info("index loaded from its snapshot", { version, items: items.length, bytes: bytes.length });
        return index;
      }
    } catch (error) {
      log.error("index snapshot not used; building the index", { version, error });
    }
    const index = buildKnowledgeIndex(items, glossary);
    try {
      const bytes = encodeIndexSnapshot(index, label);
      await snapshots.save(name, bytes);
      log.info("index built; its snapshot saved", { version, items: items.length, bytes: bytes.length });
    } catch (error) {
      log.error("index snapshot could not be saved", { version, error });
    }
    return index;
  }
}

/**
 * What a snapshot must have been made from: the version and a hash of every item file. The version alone would
 * repeat if the state table were ever created anew (the bucket outlives it), with other texts behind the same ids.
 */
export function knowledgeLabel(version: number, files: readonly KnowledgeFile[]): string {
  let hash = 0;
  for (const file of files) hash = Math.imul(hash ^ stableHash(`${file.file}\n${file.text}`), 0x01000193) >>> 0;
  return `${version}-${hash.toString(36)}`;
}

/** The store name of a published version's index snapshot. */
export function indexSnapshotName(version: number): string {
  return `knowledge-v${version}.format-${INDEX_SNAPSHOT_FORMAT}.bin`;
}
