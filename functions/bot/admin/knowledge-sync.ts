import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkKnowledge, type KnowledgeFile } from "../../core/knowledge/check-knowledge.js";
import { diffItems } from "../../core/knowledge/item-diff.js";
import type { KnowledgeIssue } from "../../core/knowledge/parse-item.js";
import type { AuditLog } from "../../storage/audit-log.js";
import { type KnowledgeStore, MAX_CHANGES_PER_PUBLISH, type PublishChange } from "../../storage/knowledge-store.js";

export type ImportResult =
  | { status: "invalid"; issues: KnowledgeIssue[] }
  | { status: "skipped"; version: number }
  | {
      status: "imported";
      version: number;
      created: string[];
      changed: string[];
      unchanged: number;
      /** Live items that are not in the folder: kept, never deleted by an import. */
      notInFolder: string[];
    };

/**
 * `kb:import`: loads a knowledge folder into the live store. The folder must pass `kb:check` as a whole; then
 * only new or changed items are published (as `import` revisions, in transactions of at most 30 items), so
 * importing the same folder twice changes nothing. `ifEmpty` only seeds a store that has never been loaded
 * (deploys and `npm start`), leaving the admins' later edits alone.
 */
export async function importKnowledge(
  store: KnowledgeStore,
  audit: AuditLog,
  files: KnowledgeFile[],
  options: { actor: string; today: string; ifEmpty?: boolean },
): Promise<ImportResult> {
  const relative = relativeToFolder(files);
  const { items, issues } = checkKnowledge(relative, options.today);
  if (issues.length > 0) return { status: "invalid", issues };
  let version = await store.version();
  if (options.ifEmpty && version > 0) return { status: "skipped", version };

  const live = new Map((await store.liveItems()).map((item) => [item.id, item]));
  const liveItems = new Map(
    checkKnowledge(
      [...live.values()].map((item) => ({ file: item.path, text: item.markdown })),
      options.today,
    ).items.map((item) => [item.id, item]),
  );
  const textByPath = new Map(relative.map((file) => [file.file, file.text]));
  const changes: PublishChange[] = [];
  const created: string[] = [];
  const changed: string[] = [];
  for (const item of items) {
    const markdown = textByPath.get(item.source) ?? "";
    const current = live.get(item.id);
    if (current && current.markdown === markdown && current.path === item.source) continue;
    (current ? changed : created).push(item.id);
    changes.push({
      id: item.id,
      path: item.source,
      markdown,
      expectedRevision: current?.revision ?? 0,
      changes: diffItems(liveItems.get(item.id), item),
    });
  }
  for (let start = 0; start < changes.length; start += MAX_CHANGES_PER_PUBLISH) {
    version = await store.publish(changes.slice(start, start + MAX_CHANGES_PER_PUBLISH), {
      author: options.actor,
      kind: "import",
      expectedVersion: version,
    });
  }
  if (changes.length > 0) {
    await audit.record({
      actor: options.actor,
      action: "kb.import",
      target: `${created.length} new, ${changed.length} changed`,
      details: `version ${version}`,
    });
  }
  const inFolder = new Set(items.map((item) => item.id));
  return {
    status: "imported",
    version,
    created,
    changed,
    unchanged: items.length - changes.length,
    notInFolder: [...live.keys()].filter((id) => !inFolder.has(id)).sort(),
  };
}

/**
 * `kb:export`: writes every live item back to `<dir>/<its path>` exactly as stored, so the folder can be
 * reviewed and committed in git. Returns the paths written.
 */
export async function exportKnowledge(store: KnowledgeStore, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const item of await store.liveItems()) {
    const target = path.join(dir, item.path);
    if (!path.resolve(target).startsWith(`${path.resolve(dir)}${path.sep}`)) {
      throw new Error(`refusing to write outside ${dir}: ${item.path}`);
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, item.markdown, "utf8");
    written.push(item.path);
  }
  return written.sort();
}

/**
 * Paths relative to the knowledge folder (`registration/x.md` instead of `knowledge/registration/x.md`): the
 * form stored with every item, whatever folder it was read from.
 */
export function relativeToFolder(files: KnowledgeFile[]): KnowledgeFile[] {
  return files.map((file) => ({ file: file.file.split(/[\\/]/).slice(1).join("/"), text: file.text }));
}
