import { type DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";

export type RateDecision = "allow" | "limit-notify" | "limit-silent";

/** Per-key request limit shared by every Lambda instance. */
export interface RateLimiter {
  /** Counts one request for `key`; the first request over the limit in a window should get a notice. */
  hit(key: string): Promise<RateDecision>;
}

/**
 * Fixed-window counter in DynamoDB: one atomic `ADD` per request on `rate#<key>#<window>`, expiring with the
 * window. Works across Lambda instances, unlike in-memory limiters.
 */
export class DynamoRateLimiter implements RateLimiter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(key: string): Promise<RateDecision> {
    const window = Math.floor(this.now() / 1000 / this.windowSeconds);
    const { Attributes } = await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: `rate#${key}`, sk: String(window) },
        UpdateExpression: "ADD hits :one SET expiresAt = if_not_exists(expiresAt, :expires)",
        ExpressionAttributeValues: { ":one": 1, ":expires": (window + 2) * this.windowSeconds },
        ReturnValues: "UPDATED_NEW",
      }),
    );
    const hits = Number(Attributes?.hits ?? 0);
    if (hits <= this.limit) return "allow";
    return hits === this.limit + 1 ? "limit-notify" : "limit-silent";
  }
}
