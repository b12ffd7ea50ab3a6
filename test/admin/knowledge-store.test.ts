import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readGlossary, readKnowledgeFiles } from "../../functions/adapters/knowledge-folder.js";
import { readLocaleSources } from "../../functions/adapters/locales-folder.js";
import { type Logger, silentLogger } from "../../functions/adapters/logger.js";
import { exportKnowledge, importKnowledge, relativeToFolder } from "../../functions/bot/admin/knowledge-sync.js";
import {
  INDEX_SNAPSHOT_MIN_ITEMS,
  indexSnapshotName,
  LiveKnowledge,
  type LiveKnowledgeDeps,
} from "../../functions/bot/live-knowledge.js";
import { createTranslator } from "../../functions/core/i18n/translator.js";
import { checkKnowledge } from "../../functions/core/knowledge/check-knowledge.js";
import { startLocalS3 } from "../../functions/local/local-s3.js";
import { AuditLog } from "../../functions/storage/audit-log.js";
import { type IndexSnapshotStore, S3IndexSnapshotStore } from "../../functions/storage/index-snapshot-store.js";
import { KnowledgeConflictError, KnowledgeStore } from "../../functions/storage/knowledge-store.js";
import { TEST_TODAY } from "../helpers/app-bot.js";
import { freshTables } from "../helpers/dynamo.js";

async function emptyStore() {
  const { documents, names } = await freshTables();
  return {
    store: new KnowledgeStore(documents, names.stateTable),
    audit: new AuditLog(documents, names.stateTable),
  };
}

const options = { actor: "test", today: TEST_TODAY };

/** A LiveKnowledge on the store with the project's glossary, messages and knowledge folder; `deps` overrides. */
async function liveKnowledge(store: KnowledgeStore, deps: Partial<LiveKnowledgeDeps> = {}): Promise<LiveKnowledge> {
  return new LiveKnowledge({
    store,
    glossary: await readGlossary(),
    translator: createTranslator(await readLocaleSources()),
    today: () => TEST_TODAY,
    bundledFiles: async () => relativeToFolder(await readKnowledgeFiles()),
    log: silentLogger,
    ...deps,
  });
}

describe("kb:import and kb:export", () => {
  it("should round-trip the knowledge folder byte for byte, and the export should pass kb:check", async () => {
    const { store, audit } = await emptyStore();
    const files = await readKnowledgeFiles();
    const imported = await importKnowledge(store, audit, files, options);
    expect(imported).toMatchObject({ status: "imported", unchanged: 0, changed: [], notInFolder: [] });
    expect(imported.status === "imported" && imported.created.length).toBe(files.length);

    const out = path.join(await mkdtemp(path.join(os.tmpdir(), "kb-export-")), "knowledge");
    const written = await exportKnowledge(store, out);
    expect(written).toEqual(
      relativeToFolder(files)
        .map((file) => file.file)
        .sort(),
    );
    for (const file of relativeToFolder(files)) {
      expect(await readFile(path.join(out, file.file), "utf8"), file.file).toBe(file.text);
    }
    const exported = await readKnowledgeFiles(out);
    expect(checkKnowledge(exported, TEST_TODAY).issues).toEqual([]);

    // Importing the export again changes nothing: same bytes, no new revisions.
    const again = await importKnowledge(store, audit, exported, options);
    expect(again).toMatchObject({ status: "imported", created: [], changed: [], unchanged: files.length });
    expect(await store.version()).toBe(imported.status === "imported" ? imported.version : -1);
    expect(await store.revisions("registration-fee")).toHaveLength(1);
  });

  it("should import only changed items as new revisions, keep items missing from the folder, and honour --if-empty", async () => {
    const { store, audit } = await emptyStore();
    const files = await readKnowledgeFiles();
    const mci = files.find((file) => file.file.endsWith("mci-values.md"));
    // An extra item (a copy of mci-values with its own id and paraphrases) that the later folder lacks.
    const extra = {
      file: "knowledge/general/test-extra-item.md",
      text: (mci?.text ?? "").replace(/^id: .*$/m, "id: test-extra-item").replace(/^( {4}- )(.*)$/gm, "$1$2 extra"),
    };
    await importKnowledge(store, audit, [...files, extra], options);
    const version = await store.version();
    const edited = files.map((file) =>
      file.file.endsWith("registration-fee.md")
        ? { ...file, text: file.text.replace("review_due: 2027-01-15", "review_due: 2027-02-01") }
        : file,
    );
    expect(await importKnowledge(store, audit, edited, { ...options, ifEmpty: true })).toEqual({
      status: "skipped",
      version,
    });
    const result = await importKnowledge(store, audit, edited, options);
    expect(result).toMatchObject({ status: "imported", created: [], changed: ["registration-fee"] });
    expect(result.status === "imported" && result.notInFolder).toEqual(["test-extra-item"]);
    const [latest] = await store.revisions("registration-fee");
    expect(latest).toMatchObject({
      revision: 2,
      kind: "import",
      changes: ["review_due 2027-01-15 → 2027-02-01"],
    });
    expect(await store.liveItem("test-extra-item")).toBeDefined();
    expect((await audit.recent(1))[0]).toMatchObject({ action: "kb.import", target: "0 new, 1 changed" });
  });

  it("should import nothing from a folder that fails kb:check", async () => {
    const { store, audit } = await emptyStore();
    const files = await readKnowledgeFiles();
    const broken = files.map((file, index) =>
      index === 3 ? { ...file, text: file.text.replace(/^id: .*$/m, "id: Bad Id") } : file,
    );
    const result = await importKnowledge(store, audit, broken, options);
    expect(result.status).toBe("invalid");
    expect(result.status === "invalid" && result.issues[0]?.field).toBe("id");
    expect(await store.version()).toBe(0);
    expect(await store.liveItems()).toEqual([]);
  });
});

describe("knowledge store", () => {
  it("should let only one of two concurrent publishes win and write nothing of the loser", async () => {
    const { store, audit } = await emptyStore();
    await importKnowledge(store, audit, await readKnowledgeFiles(), options);
    const version = await store.version();
    const live = await store.liveItem("registration-fee");
    const change = (marker: string) => ({
      id: "registration-fee",
      path: live?.path ?? "",
      markdown: `${live?.markdown}\n${marker}\n`,
      expectedRevision: live?.revision ?? 0,
      changes: ["body.en"],
    });
    const results = await Promise.allSettled([
      store.publish([change("A")], { author: "a", kind: "publish", expectedVersion: version }),
      store.publish([change("B")], { author: "b", kind: "publish", expectedVersion: version }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(KnowledgeConflictError);
    expect(await store.version()).toBe(version + 1);
    expect(await store.revisions("registration-fee")).toHaveLength(2);
  });

  it("should refuse to publish a draft that was edited after it was tested", async () => {
    const { store, audit } = await emptyStore();
    await importKnowledge(store, audit, await readKnowledgeFiles(), options);
    const live = await store.liveItem("mci-values");
    const tested = await store.saveDraft({
      id: "mci-values",
      path: live?.path ?? "",
      markdown: `${live?.markdown}\nv1\n`,
      author: "a",
      baseRevision: 1,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.saveDraft({ ...tested, markdown: `${live?.markdown}\nv2\n` });
    await expect(
      store.publish(
        [
          {
            id: "mci-values",
            path: tested.path,
            markdown: tested.markdown,
            expectedRevision: 1,
            changes: [],
            draftUpdatedAt: tested.updatedAt,
          },
        ],
        { author: "a", kind: "publish", expectedVersion: await store.version() },
      ),
    ).rejects.toBeInstanceOf(KnowledgeConflictError);
    expect((await store.liveItem("mci-values"))?.revision).toBe(1);
  });
});

describe("live knowledge", () => {
  it("should answer from the bundled folder before any import, then load a publish after the refresh interval", async () => {
    const { store, audit } = await emptyStore();
    let now = 1_000_000;
    const live = await liveKnowledge(store, { refreshSeconds: 30, now: () => now });
    await live.refresh();
    expect(live.snapshot().version).toBe(0);
    expect(live.snapshot().items).toHaveLength(54);

    await importKnowledge(store, audit, await readKnowledgeFiles(), options);
    const item = await store.liveItem("registration-fee");
    const changed = item?.markdown.replace(/^ {2}en: .*$/m, "  en: Registration fee (revised title)") ?? "";
    await store.publish(
      [
        {
          id: "registration-fee",
          path: item?.path ?? "",
          markdown: changed,
          expectedRevision: 1,
          changes: ["title.en"],
        },
      ],
      { author: "t", kind: "publish", expectedVersion: await store.version() },
    );
    now += 10_000;
    await live.refresh();
    expect(live.snapshot().version).toBe(0); // still trusted: 10 s < 30 s
    now += 25_000;
    await live.refresh();
    expect(live.snapshot().version).toBe(await store.version());
    expect(live.title("registration-fee", "en")).toBe("Registration fee (revised title)");
  });
});

describe("live knowledge with index snapshots (local S3)", () => {
  let s3: Awaited<ReturnType<typeof startLocalS3>>;
  /** Each test's own bucket (snapshot names repeat: every fresh store starts at version 1). */
  let snapshots: S3IndexSnapshotStore;
  beforeAll(async () => {
    s3 = await startLocalS3();
  });
  beforeEach(async () => {
    snapshots = new S3IndexSnapshotStore({ region: "local", endpoint: s3.endpoint }, await s3.freshBucket());
  });
  afterAll(async () => {
    await s3.close();
  });

  /** A logger that keeps the messages (the fields' error text too). */
  function recordingLogger(): Logger & { lines: string[] } {
    const lines: string[] = [];
    const record = (level: string) => (message: string, fields?: Record<string, unknown>) =>
      lines.push(`${level} ${message}${fields?.error ? ` (${String(fields.error)})` : ""}`);
    return { lines, debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") };
  }

  async function liveOn(store: KnowledgeStore, indexSnapshots: IndexSnapshotStore) {
    const log = recordingLogger();
    const live = await liveKnowledge(store, {
      log,
      indexSnapshots,
      snapshotMinItems: 0, // the real 54 items are below the default
    });
    await live.refresh();
    return { live, log };
  }

  const questions = [
    "Сколько нужно учредителей для общественного объединения?",
    "қоғамдық қорды қалай тіркеймін",
    "what is the state fee for registering an NGO",
    "рецепт борща",
  ];
  const answers = (live: LiveKnowledge) =>
    questions.map((question) => {
      const answer = live.answer(question, { fallbackLanguage: "ru" });
      return [answer.answered, answer.confidence, answer.item?.id, answer.html];
    });

  it("builds a published version's index once and saves it; the next worker loads it and answers the same", async () => {
    const { store, audit } = await emptyStore();
    await importKnowledge(store, audit, await readKnowledgeFiles(), options);
    const version = await store.version();

    const first = await liveOn(store, snapshots);
    expect(first.log.lines).toContain("info index built; its snapshot saved");
    expect(await snapshots.load(indexSnapshotName(version))).toBeDefined();

    const second = await liveOn(store, snapshots);
    expect(second.log.lines).toContain("info index loaded from its snapshot");
    expect(second.log.lines.some((line) => line.includes("built"))).toBe(false);
    expect(answers(second.live)).toEqual(answers(first.live));
  });

  it("builds and saves again when the saved snapshot is damaged", async () => {
    const { store, audit } = await emptyStore();
    await importKnowledge(store, audit, await readKnowledgeFiles(), options);
    const name = indexSnapshotName(await store.version());
    await snapshots.save(name, new TextEncoder().encode("not an index"));
    const damaged = await liveOn(store, snapshots);
    expect(damaged.log.lines).toContain(
      "error index snapshot not used; building the index (Error: index snapshot rejected: not an index snapshot)",
    );
    expect(damaged.log.lines).toContain("info index built; its snapshot saved");
    expect(answers(damaged.live)[0]?.[0]).toBe(true);
    // The saved one is good again.
    expect((await liveOn(store, snapshots)).log.lines).toContain("info index loaded from its snapshot");
  });

  it("does not take a snapshot of the same version number made from other texts (a state table made anew)", async () => {
    const first = await emptyStore();
    await importKnowledge(first.store, first.audit, await readKnowledgeFiles(), options);
    expect((await liveOn(first.store, snapshots)).log.lines).toContain("info index built; its snapshot saved");
    // Another table, same version number, one title changed.
    const second = await emptyStore();
    const files = await readKnowledgeFiles();
    const edited = files.map((file) =>
      file.text.includes("id: registration-fee")
        ? { ...file, text: file.text.replace(/^ {2}en: .*$/m, "  en: Registration fee (another table)") }
        : file,
    );
    await importKnowledge(second.store, second.audit, edited, options);
    expect(await second.store.version()).toBe(await first.store.version());
    const { live, log } = await liveOn(second.store, snapshots);
    expect(
      log.lines.some(
        (line) => line.startsWith("error index snapshot not used") && line.includes("made for knowledge version"),
      ),
    ).toBe(true);
    expect(log.lines).toContain("info index built; its snapshot saved");
    expect(live.title("registration-fee", "en")).toBe("Registration fee (another table)");
  });

  it("still answers, logging the errors, when the snapshot store cannot be reached", async () => {
    const { store, audit } = await emptyStore();
    await importKnowledge(store, audit, await readKnowledgeFiles(), options);
    const unreachable = new S3IndexSnapshotStore({ region: "local", endpoint: "http://127.0.0.1:9" }, s3.bucket);
    const { live, log } = await liveOn(store, unreachable);
    expect(log.lines.filter((line) => line.startsWith("error "))).toHaveLength(2);
    expect(log.lines[0]).toMatch(/^error index snapshot not used; building the index/);
    expect(log.lines[1]).toMatch(/^error index snapshot could not be saved/);
    const withoutSnapshots = await liveKnowledge(store);
    await withoutSnapshots.refresh();
    expect(answers(live)).toEqual(answers(withoutSnapshots));
    expect(answers(live)[0]?.[0]).toBe(true);
  });

  it("does not use snapshots for the bundled folder (nothing published yet)", async () => {
    const { store } = await emptyStore();
    const { live, log } = await liveOn(store, snapshots);
    expect(live.snapshot().version).toBe(0);
    expect(log.lines.some((line) => line.includes("snapshot"))).toBe(false);
  });

  it("does not use snapshots for fewer items than snapshotMinItems (building is as fast)", async () => {
    const { store, audit } = await emptyStore();
    await importKnowledge(store, audit, await readKnowledgeFiles(), options);
    const log = recordingLogger();
    const live = await liveKnowledge(store, { log, indexSnapshots: snapshots });
    await live.refresh();
    expect(live.snapshot().items.length).toBeLessThan(INDEX_SNAPSHOT_MIN_ITEMS);
    expect(log.lines.some((line) => line.includes("snapshot"))).toBe(false);
    expect(await snapshots.load(indexSnapshotName(await store.version()))).toBeUndefined();
  });
});
