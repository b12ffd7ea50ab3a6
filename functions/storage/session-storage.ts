import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { StorageAdapter } from "grammy/web";
import type * as z from "zod";

/** Sessions live 90 days after the last write: long enough for a wizard left half-way, short for privacy. */
const SESSION_TTL_SECONDS = 90 * 24 * 3600;

/** Another invocation changed the session since we read it; the update must be processed again. */
export class SessionConflictError extends Error {
  override name = "SessionConflictError";
}

/** The stored session does not match the schema (written by an incompatible version). */
export class SessionCorruptError extends Error {
  override name = "SessionCorruptError";
}

/**
 * grammY session storage on DynamoDB with optimistic concurrency: every item carries a `version`; a write
 * is conditional on the version this adapter read, so two invocations cannot silently overwrite each other.
 * Read errors are thrown, never turned into "no session" (that would overwrite real data with defaults).
 */
export class DynamoSessionStorage<T> implements StorageAdapter<T> {
  /** Version read per key; sessions of one chat are handled one update at a time, in order. */
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly schema: z.ZodType<T>,
    private readonly now: () => number = Date.now,
  ) {}

  async read(key: string): Promise<T | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: this.key(key), ConsistentRead: true }),
    );
    if (!Item || (typeof Item.expiresAt === "number" && Item.expiresAt * 1000 < this.now())) {
      this.versions.set(key, Item ? Number(Item.version) : 0);
      return undefined;
    }
    const parsed = this.schema.safeParse(Item.data);
    if (!parsed.success) throw new SessionCorruptError(`session ${key} is invalid: ${parsed.error.message}`);
    this.versions.set(key, Number(Item.version));
    return parsed.data;
  }

  async write(key: string, value: T): Promise<void> {
    const expected = this.versions.get(key) ?? 0;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...this.key(key),
            data: value,
            version: expected + 1,
            expiresAt: Math.floor(this.now() / 1000) + SESSION_TTL_SECONDS,
          },
          ConditionExpression: expected === 0 ? "attribute_not_exists(pk) OR version = :zero" : "version = :expected",
          ExpressionAttributeValues: expected === 0 ? { ":zero": 0 } : { ":expected": expected },
        }),
      );
      this.versions.set(key, expected + 1);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        this.versions.delete(key);
        throw new SessionConflictError(`session ${key} was changed concurrently (expected version ${expected})`);
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: this.key(key) }));
    this.versions.delete(key);
  }

  private key(key: string) {
    return { pk: `session#${key}`, sk: "session" };
  }
}
