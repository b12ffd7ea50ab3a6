import { type DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import { languageSchema } from "../core/knowledge/item-schema.js";

/** Feedback and declined questions are kept a year for the admins' queue and statistics. */
const KEEP_SECONDS = 365 * 24 * 3600;

export const feedbackEntrySchema = z.object({
  kind: z.enum(["vote", "declined", "comment"]),
  at: z.string(),
  language: languageSchema,
  /** The question with IIN/BIN and phone numbers masked. */
  question: z.string().optional(),
  itemId: z.string().optional(),
  vote: z.enum(["up", "down"]).optional(),
  comment: z.string().optional(),
});
export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;

/**
 * Feedback events (👍/👎, comments, declined questions) for the admins, and per-item answer counts for the
 * "most asked" list. Entries live under one partition per kind, sorted by time.
 */
export class FeedbackStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** `id` makes the write idempotent (e.g. the update id): a re-delivered update records nothing new. */
  async record(id: string, entry: Omit<FeedbackEntry, "at">): Promise<void> {
    const at = new Date(this.now()).toISOString();
    await this.client
      .send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: `feedback#${entry.kind}`, sk: `${at}#${id}`, id, ...entry, at, expiresAt: this.expiresAt() },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      )
      .catch((error: unknown) => {
        if ((error as Error).name !== "ConditionalCheckFailedException") throw error;
      });
  }

  async list(kind: FeedbackEntry["kind"], limit = 100): Promise<FeedbackEntry[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": `feedback#${kind}` },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map((item) => feedbackEntrySchema.parse(item));
  }

  async countAnswer(itemId: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: "stats#answers", sk: itemId },
        UpdateExpression: "ADD answers :one",
        ExpressionAttributeValues: { ":one": 1 },
      }),
    );
  }

  /** Item ids by how often they were answered, most first. */
  async mostAnswered(limit: number): Promise<string[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": "stats#answers" },
      }),
    );
    return Items.map((item) => ({ id: String(item.sk), answers: Number(item.answers ?? 0) }))
      .sort((a, b) => b.answers - a.answers || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((item) => item.id);
  }

  private expiresAt(): number {
    return Math.floor(this.now() / 1000) + KEEP_SECONDS;
  }
}
