import { compareRuns, type GoldenSet, type RegressionReport, runGolden } from "../../core/admin/regression-run.js";
import { addParaphrase } from "../../core/knowledge/add-paraphrase.js";
import { checkKnowledge, type KnowledgeFile } from "../../core/knowledge/check-knowledge.js";
import type { Glossary } from "../../core/knowledge/glossary.js";
import { diffItems } from "../../core/knowledge/item-diff.js";
import type { Language } from "../../core/knowledge/item-schema.js";
import { type KnowledgeIssue, parseItem } from "../../core/knowledge/parse-item.js";
import type { AuditLog } from "../../storage/audit-log.js";
import {
  type Draft,
  type KnowledgeStore,
  MAX_CHANGES_PER_PUBLISH,
  type PublishChange,
  type Revision,
} from "../../storage/knowledge-store.js";
import type { LiveKnowledge } from "../live-knowledge.js";

/** Uploaded or pasted items larger than this are refused (the largest real item is about 20 KB). */
export const MAX_ITEM_BYTES = 64 * 1024;
/** A forced publish or a rollback must say why, in a few words at least. */
export const MIN_REASON_CHARS = 10;

export interface ItemStatus {
  id: string;
  title: Record<Language, string>;
  topic: string;
  /** Live revision, 0 for an item only in a draft. */
  revision: number;
  hasDraft: boolean;
  stale: boolean;
  reviewDue?: string;
}

export type DraftResult =
  | { ok: true; draft: Draft; changes: string[]; isNew: boolean }
  | { ok: false; issues: KnowledgeIssue[] };

export type PublishResult =
  | { status: "nothing" }
  | { status: "not-imported" }
  | { status: "invalid"; issues: KnowledgeIssue[] }
  | { status: "too-many"; count: number }
  /** Drafts made from a revision that is no longer live (someone published or rolled back since). */
  | { status: "outdated"; drafts: { id: string; base: number; live: number }[] }
  | { status: "blocked"; report: RegressionReport }
  | { status: "published"; version: number; ids: string[]; report: RegressionReport; forced: boolean };

export interface KnowledgeAdminDeps {
  store: KnowledgeStore;
  audit: AuditLog;
  knowledge: LiveKnowledge;
  glossary: Glossary;
  goldenSets: () => Promise<GoldenSet[]>;
  today: () => string;
}

/**
 * What admins do to the knowledge, independent of Telegram: validate and keep drafts, run the regression
 * suite, publish (blocked on regressions unless forced with a reason), roll back, and audit every change.
 * Every draft and every publish is validated against the whole knowledge set with the same checks as
 * `kb:check`, so nothing stored can break the live bot.
 */
export class KnowledgeAdmin {
  constructor(private readonly deps: KnowledgeAdminDeps) {}

  async items(): Promise<ItemStatus[]> {
    await this.deps.knowledge.refresh(true);
    const snapshot = this.deps.knowledge.snapshot();
    const drafts = new Map((await this.deps.store.drafts()).map((draft) => [draft.id, draft]));
    const today = this.deps.today();
    const statuses: ItemStatus[] = snapshot.items.map((item) => ({
      id: item.id,
      title: item.title,
      topic: item.topic,
      revision: snapshot.files.get(item.id)?.revision ?? 0,
      hasDraft: drafts.has(item.id),
      stale: item.review_due < today,
      reviewDue: item.review_due,
    }));
    for (const draft of drafts.values()) {
      if (snapshot.files.has(draft.id)) continue;
      const parsed = parseItem(draft.path, draft.markdown);
      if (!parsed.ok) continue;
      statuses.push({
        id: draft.id,
        title: parsed.item.title,
        topic: parsed.item.topic,
        revision: 0,
        hasDraft: true,
        stale: false,
        reviewDue: parsed.item.review_due,
      });
    }
    return statuses.sort((a, b) => a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id));
  }

  /** Items whose review date has passed or falls within `withinDays`. */
  async stale(withinDays = 0): Promise<ItemStatus[]> {
    const limit = addDays(this.deps.today(), withinDays);
    return (await this.items()).filter((item) => item.reviewDue !== undefined && item.reviewDue <= limit);
  }

  /** The live Markdown of an item and its draft, if any. */
  async item(id: string) {
    await this.deps.knowledge.refresh(true);
    const snapshot = this.deps.knowledge.snapshot();
    const live = snapshot.files.get(id);
    const item = snapshot.items.find((candidate) => candidate.id === id);
    const draft = await this.deps.store.draft(id);
    return { item, live, draft };
  }

  /**
   * Validates Markdown as a draft (the item alone, then together with the live items and the other drafts) and
   * stores it. Invalid text is never stored; the issues say file, field and reason.
   */
  async saveDraft(markdown: string, actor: string, note?: string): Promise<DraftResult> {
    if (Buffer.byteLength(markdown, "utf8") > MAX_ITEM_BYTES) {
      return {
        ok: false,
        issues: [{ file: "draft", field: "file", message: `larger than ${MAX_ITEM_BYTES / 1024} KB` }],
      };
    }
    await this.deps.knowledge.refresh(true);
    const snapshot = this.deps.knowledge.snapshot();
    const parsed = parseItem("draft", markdown);
    if (!parsed.ok) return { ok: false, issues: parsed.issues };
    const id = parsed.item.id;
    const live = snapshot.files.get(id);
    const path = live?.path ?? `${parsed.item.topic}/${id}.md`;
    const drafts = (await this.deps.store.drafts()).filter((draft) => draft.id !== id);
    const candidate = this.candidateFiles(snapshot.files, [...drafts, { id, path, markdown }]);
    const issues = this.blockingIssues(candidate, new Set([path]));
    if (issues.length > 0) return { ok: false, issues };
    const before = snapshot.items.find((item) => item.id === id);
    const changes = diffItems(before, { ...parsed.item, source: path });
    const draft = await this.deps.store.saveDraft({
      id,
      path,
      markdown,
      author: actor,
      baseRevision: live?.revision ?? 0,
      ...(note ? { note } : {}),
    });
    await this.deps.audit.record({ actor, action: "draft.save", target: id, details: changes.join(", ") });
    return { ok: true, draft, changes, isNew: !before };
  }

  /** A draft of `itemId` with `question` added to its paraphrases: what a missed real question teaches. */
  async draftWithQuestion(
    itemId: string,
    language: Language,
    question: string,
    actor: string,
    note?: string,
  ): Promise<DraftResult> {
    await this.deps.knowledge.refresh(true);
    const existing = await this.deps.store.draft(itemId);
    const base = existing?.markdown ?? this.deps.knowledge.snapshot().files.get(itemId)?.markdown;
    if (!base) return { ok: false, issues: [{ file: itemId, field: "id", message: "no such item" }] };
    const edited = addParaphrase(base, language, question);
    if (!edited) {
      return { ok: false, issues: [{ file: itemId, field: `questions.${language}`, message: "already there" }] };
    }
    return this.saveDraft(edited, actor, note ?? existing?.note);
  }

  async discardDraft(id: string, actor: string): Promise<boolean> {
    const discarded = await this.deps.store.discardDraft(id);
    if (discarded) await this.deps.audit.record({ actor, action: "draft.discard", target: id });
    return discarded;
  }

  async drafts(): Promise<Draft[]> {
    return this.deps.store.drafts();
  }

  /** The golden questions against the published knowledge and against it with every draft applied. */
  async testAll(): Promise<{ report: RegressionReport; drafts: Draft[] }> {
    const drafts = await this.deps.store.drafts();
    return { report: await this.regression(drafts), drafts };
  }

  private async regression(drafts: readonly Draft[]): Promise<RegressionReport> {
    await this.deps.knowledge.refresh(true);
    const snapshot = this.deps.knowledge.snapshot();
    const sets = await this.deps.goldenSets();
    const today = this.deps.today();
    const candidateItems = checkKnowledge(this.candidateFiles(snapshot.files, drafts), today).items;
    return compareRuns(
      runGolden(snapshot.items, this.deps.glossary, sets, today),
      runGolden(candidateItems, this.deps.glossary, sets, today),
    );
  }

  /**
   * Publishes every draft in one transaction. Runs the regression suite first: when a question the published
   * knowledge answers right goes wrong, publishing is refused unless `forceReason` explains why.
   */
  async publish(actor: string, forceReason?: string): Promise<PublishResult> {
    const drafts = await this.deps.store.drafts();
    if (drafts.length === 0) return { status: "nothing" };
    await this.deps.knowledge.refresh(true);
    // Publishing into an empty store would make the drafts the whole knowledge base.
    if (this.deps.knowledge.snapshot().version === 0) return { status: "not-imported" };
    if (drafts.length > MAX_CHANGES_PER_PUBLISH) return { status: "too-many", count: drafts.length };
    const snapshot = this.deps.knowledge.snapshot();
    // Publishing a draft made from an older revision would silently undo what was published since.
    const outdated = drafts
      .map((draft) => ({ id: draft.id, base: draft.baseRevision, live: snapshot.files.get(draft.id)?.revision ?? 0 }))
      .filter((draft) => draft.base !== draft.live);
    if (outdated.length > 0) return { status: "outdated", drafts: outdated };
    const candidate = this.candidateFiles(snapshot.files, drafts);
    const issues = this.blockingIssues(candidate, new Set(drafts.map((draft) => draft.path)));
    if (issues.length > 0) return { status: "invalid", issues };
    // The regression run last: it is the expensive check.
    const report = await this.regression(drafts);
    const forced = report.regressed;
    if (report.regressed && !(forceReason && forceReason.trim().length >= MIN_REASON_CHARS)) {
      await this.deps.audit.record({
        actor,
        action: "publish.blocked",
        target: drafts.map((draft) => draft.id).join(","),
        details: `${report.newlyFailing.length} questions would regress`,
      });
      return { status: "blocked", report };
    }
    const changes: PublishChange[] = drafts.map((draft) => {
      const before = snapshot.items.find((item) => item.id === draft.id);
      const after = parseItem(draft.path, draft.markdown);
      return {
        id: draft.id,
        path: draft.path,
        markdown: draft.markdown,
        expectedRevision: snapshot.files.get(draft.id)?.revision ?? 0,
        changes: after.ok ? diffItems(before, after.item) : [],
        draftUpdatedAt: draft.updatedAt,
      };
    });
    const version = await this.deps.store.publish(changes, {
      author: actor,
      kind: "publish",
      expectedVersion: snapshot.version,
      ...(forced && forceReason ? { reason: forceReason.trim() } : {}),
    });
    const ids = changes.map((change) => change.id);
    await this.deps.audit.record({
      actor,
      action: forced ? "publish.forced" : "publish",
      target: ids.join(","),
      details: forced
        ? `version ${version}; ${report.newlyFailing.length} regressions accepted: ${forceReason?.trim()}`
        : `version ${version}`,
    });
    await this.deps.knowledge.refresh(true);
    return { status: "published", version, ids, report, forced };
  }

  async history(id: string): Promise<Revision[]> {
    return this.deps.store.revisions(id);
  }

  /**
   * Makes an earlier revision live again, as a new revision (history is never rewritten). The old text is
   * validated against today's knowledge first: a rollback cannot reintroduce a broken link or a passed date.
   */
  async rollback(
    id: string,
    revision: number,
    actor: string,
    reason: string,
  ): Promise<{ ok: true; version: number; revision: number } | { ok: false; issues: KnowledgeIssue[] }> {
    await this.deps.knowledge.refresh(true);
    const snapshot = this.deps.knowledge.snapshot();
    const target = await this.deps.store.revision(id, revision);
    const live = snapshot.files.get(id);
    if (!target || !live) return { ok: false, issues: [{ file: id, field: "revision", message: "no such revision" }] };
    if (target.revision === live.revision) {
      return { ok: false, issues: [{ file: id, field: "revision", message: "this revision is already live" }] };
    }
    const candidate = this.candidateFiles(snapshot.files, [{ id, path: live.path, markdown: target.markdown }]);
    const issues = this.blockingIssues(candidate, new Set([live.path]));
    if (issues.length > 0) return { ok: false, issues };
    const before = snapshot.items.find((item) => item.id === id);
    const after = parseItem(live.path, target.markdown);
    const version = await this.deps.store.publish(
      [
        {
          id,
          path: live.path,
          markdown: target.markdown,
          expectedRevision: live.revision,
          changes: [`rollback to r${revision}`, ...(after.ok ? diffItems(before, after.item) : [])],
        },
      ],
      { author: actor, kind: "rollback", reason, expectedVersion: snapshot.version },
    );
    await this.deps.audit.record({
      actor,
      action: "rollback",
      target: id,
      details: `r${live.revision} → content of r${revision} (now r${live.revision + 1}): ${reason}`,
    });
    await this.deps.knowledge.refresh(true);
    return { ok: true, version, revision: live.revision + 1 };
  }

  /** Live files with the given drafts applied (a draft replaces its item's file or adds a new one). */
  private candidateFiles(
    live: Map<string, { path: string; markdown: string }>,
    drafts: readonly { id: string; path: string; markdown: string }[],
  ): KnowledgeFile[] {
    const byId = new Map([...live].map(([id, file]) => [id, { file: file.path, text: file.markdown }]));
    for (const draft of drafts) byId.set(draft.id, { file: draft.path, text: draft.markdown });
    return [...byId.values()];
  }

  /** Problems that concern the changed files, or the set as a whole (e.g. a related id that no longer exists). */
  private blockingIssues(files: KnowledgeFile[], changed: Set<string>): KnowledgeIssue[] {
    return checkKnowledge(files, this.deps.today()).issues.filter(
      (issue) => changed.has(issue.file) || issue.field === "related" || issue.field === "id",
    );
  }
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
