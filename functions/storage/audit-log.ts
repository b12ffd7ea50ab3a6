import { randomUUID } from "node:crypto";
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";

/** Audit entries are kept five years: who changed the legal answers, and when, must stay traceable. */
const KEEP_SECONDS = 5 * 365 * 24 * 3600;

export const auditEntrySchema = z.object({
  at: z.string(),
  /** Telegram user id (or `cli:<user>` for kb:import) of who acted. */
  actor: z.string(),
  /** What was done, e.g. `draft.save`, `publish`, `publish.forced`, `rollback`, `queue.handled`, `admin.refused`. */
  action: z.string(),
  /** What it was done to: item ids, a queue group, a case id. */
  target: z.string(),
  /** Short human-readable details (never message text with personal data). */
  details: z.string().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Append-only audit log of admin actions, newest first when read. */
export class AuditLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  async record(entry: Omit<AuditEntry, "at">): Promise<AuditEntry> {
    const at = new Date(this.now()).toISOString();
    const stored: AuditEntry = { ...entry, at };
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: "audit",
          sk: `${at}#${randomUUID()}`,
          ...stored,
          expiresAt: Math.floor(this.now() / 1000) + KEEP_SECONDS,
        },
      }),
    );
    return stored;
  }

  async recent(limit = 20): Promise<AuditEntry[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": "audit" },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map((item) => auditEntrySchema.parse(item));
  }
}
