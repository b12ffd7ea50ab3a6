import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import { queryPartition } from "./query-partition.js";

/**
 * Live knowledge in DynamoDB (state table). Every item is Markdown text exactly as written (front matter plus
 * the three body sections), so export gives back the very bytes that were imported or uploaded.
 *
 * - `kb#live` / `<id>`: the published head of each item (its latest revision, copied for a one-query load);
 * - `kb#rev#<id>` / `r#000001`…: every published revision, immutable (author, time, what changed);
 * - `kb#draft` / `<id>`: an admin's unpublished draft, at most one per item;
 * - `kb#meta` / `version`: a counter bumped by every publish; bots compare it to refresh their index.
 *
 * A publish is one transaction: new revisions, new heads (each conditional on the head it replaces), the
 * drafts it consumes (conditional on being unchanged since they were tested) and the version bump. Two admins
 * publishing at once cannot interleave: one transaction fails and nothing of it is written.
 */
const liveItemSchema = z.object({
  id: z.string(),
  revision: z.number().int().positive(),
  /** Path inside the knowledge folder, e.g. `registration/registration-fee.md`. */
  path: z.string(),
  markdown: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string(),
});
export type LiveItem = z.infer<typeof liveItemSchema>;

export const REVISION_KINDS = ["import", "publish", "rollback"] as const;
const revisionSchema = z.object({
  id: z.string(),
  revision: z.number().int().positive(),
  path: z.string(),
  markdown: z.string(),
  kind: z.enum(REVISION_KINDS),
  author: z.string(),
  createdAt: z.string(),
  /** Fields that changed against the previous revision, e.g. `questions.kk (+1)`, `body.ru`. */
  changes: z.array(z.string()),
  /** Why: the admin's reason for a forced publish or a rollback, or the import's note. */
  reason: z.string().optional(),
});
export type Revision = z.infer<typeof revisionSchema>;

const draftSchema = z.object({
  id: z.string(),
  path: z.string(),
  markdown: z.string(),
  author: z.string(),
  updatedAt: z.string(),
  /** The live revision the draft was made from (0 for a new item). */
  baseRevision: z.number().int().nonnegative(),
  /** Context for the reviewer, e.g. the operator's answer in an escalated case. */
  note: z.string().optional(),
});
export type Draft = z.infer<typeof draftSchema>;

/** One item to publish: its new text and the head it must replace (0 when the item is new). */
export interface PublishChange {
  id: string;
  path: string;
  markdown: string;
  expectedRevision: number;
  changes: string[];
  /** Set when the change consumes a draft: publish fails if the draft was edited after this time. */
  draftUpdatedAt?: string;
}

/** Raised when another publish, rollback or draft edit got there first; nothing was written. */
export class KnowledgeConflictError extends Error {
  override name = "KnowledgeConflictError";
}

/** DynamoDB allows 100 actions per transaction; each change takes up to 3 plus one for the version. */
export const MAX_CHANGES_PER_PUBLISH = 30;

const LIVE = "kb#live";
const DRAFT = "kb#draft";
const META = "kb#meta";
const revisionKey = (id: string) => `kb#rev#${id}`;
const revisionSortKey = (revision: number) => `r#${String(revision).padStart(6, "0")}`;

export class KnowledgeStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The publish counter; 0 before the first import. */
  async version(): Promise<number> {
    const meta = await this.getItem(META, "version", z.looseObject({ version: z.number().int() }));
    return meta?.version ?? 0;
  }

  async liveItems(): Promise<LiveItem[]> {
    return (await this.queryAll(LIVE)).map((item) => liveItemSchema.parse(item));
  }

  async liveItem(id: string): Promise<LiveItem | undefined> {
    return this.getItem(LIVE, id, liveItemSchema);
  }

  async drafts(): Promise<Draft[]> {
    return (await this.queryAll(DRAFT)).map((item) => draftSchema.parse(item));
  }

  async draft(id: string): Promise<Draft | undefined> {
    return this.getItem(DRAFT, id, draftSchema);
  }

  /** Creates or replaces the item's draft. */
  async saveDraft(draft: Omit<Draft, "updatedAt">): Promise<Draft> {
    const saved: Draft = { ...draft, updatedAt: new Date(this.now()).toISOString() };
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: { pk: DRAFT, sk: draft.id, ...saved } }));
    return saved;
  }

  /** Removes a draft; false when there was none. */
  async discardDraft(id: string): Promise<boolean> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: this.tableName,
                Key: { pk: DRAFT, sk: id },
                ConditionExpression: "attribute_exists(pk)",
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException) return false;
      throw error;
    }
  }

  /** Revisions of one item, newest first. */
  async revisions(id: string): Promise<Revision[]> {
    return (await this.queryAll(revisionKey(id), false)).map((item) => revisionSchema.parse(item));
  }

  async revision(id: string, revision: number): Promise<Revision | undefined> {
    return this.getItem(revisionKey(id), revisionSortKey(revision), revisionSchema);
  }

  /**
   * Publishes the changes atomically and returns the new version. Throws KnowledgeConflictError when a head
   * moved, a draft changed after it was tested, or another publish bumped the version first.
   */
  async publish(
    changes: PublishChange[],
    meta: { author: string; kind: Revision["kind"]; reason?: string; expectedVersion: number },
  ): Promise<number> {
    if (changes.length === 0) return meta.expectedVersion;
    if (changes.length > MAX_CHANGES_PER_PUBLISH) {
      throw new RangeError(`at most ${MAX_CHANGES_PER_PUBLISH} items can be published at once`);
    }
    const at = new Date(this.now()).toISOString();
    const actions: NonNullable<TransactWriteCommandInput["TransactItems"]> = [];
    for (const change of changes) {
      const revision = change.expectedRevision + 1;
      const record: Revision = {
        id: change.id,
        revision,
        path: change.path,
        markdown: change.markdown,
        kind: meta.kind,
        author: meta.author,
        createdAt: at,
        changes: change.changes,
        ...(meta.reason ? { reason: meta.reason } : {}),
      };
      actions.push({
        Put: {
          TableName: this.tableName,
          Item: { pk: revisionKey(change.id), sk: revisionSortKey(revision), ...record },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      });
      const head: LiveItem = {
        id: change.id,
        revision,
        path: change.path,
        markdown: change.markdown,
        publishedAt: at,
        publishedBy: meta.author,
      };
      actions.push({
        Put: {
          TableName: this.tableName,
          Item: { pk: LIVE, sk: change.id, ...head },
          ...(change.expectedRevision === 0
            ? { ConditionExpression: "attribute_not_exists(pk)" }
            : {
                ConditionExpression: "revision = :expected",
                ExpressionAttributeValues: { ":expected": change.expectedRevision },
              }),
        },
      });
      if (change.draftUpdatedAt) {
        actions.push({
          Delete: {
            TableName: this.tableName,
            Key: { pk: DRAFT, sk: change.id },
            ConditionExpression: "updatedAt = :tested",
            ExpressionAttributeValues: { ":tested": change.draftUpdatedAt },
          },
        });
      }
    }
    const version = meta.expectedVersion + 1;
    actions.push({
      Put: {
        TableName: this.tableName,
        Item: { pk: META, sk: "version", version, updatedAt: at, updatedBy: meta.author },
        ...(meta.expectedVersion === 0
          ? { ConditionExpression: "attribute_not_exists(pk)" }
          : {
              ConditionExpression: "version = :version",
              ExpressionAttributeValues: { ":version": meta.expectedVersion },
            }),
      },
    });
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: actions }));
    } catch (error) {
      if (error instanceof TransactionCanceledException) {
        throw new KnowledgeConflictError(
          "the knowledge changed meanwhile (another publish, rollback or draft edit); nothing was published",
          { cause: error },
        );
      }
      throw error;
    }
    return version;
  }

  private async getItem<T>(pk: string, sk: string, schema: z.ZodType<T>): Promise<T | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk, sk }, ConsistentRead: true }),
    );
    return Item ? schema.parse(Item) : undefined;
  }

  private queryAll(pk: string, forward = true): Promise<Record<string, unknown>[]> {
    return queryPartition(this.client, this.tableName, pk, { forward });
  }
}
