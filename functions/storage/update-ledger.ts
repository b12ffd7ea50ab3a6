import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";

/** Telegram keeps undelivered updates for 24 h; remembering ids for 48 h covers every re-delivery. */
const REMEMBER_SECONDS = 48 * 3600;
/**
 * A claim older than this whose update never reached the queue (the webhook crashed or timed out in
 * between) may be taken over by the next delivery. Longer than the webhook Lambda's timeout.
 */
const STALE_CLAIM_SECONDS = 30;

export type ClaimResult = "claimed" | "duplicate";

/** Remembers which Telegram updates were already accepted, so each is queued once. */
export interface UpdateLedger {
  /** Claims `updateId`; "duplicate" when it was queued before or another delivery is queueing it now. */
  claim(updateId: number): Promise<ClaimResult>;
  /** Marks a claimed update as safely queued. */
  markQueued(updateId: number): Promise<void>;
  /** Gives a claim up after the update could not be queued, so Telegram's retry is not taken for a duplicate. */
  release(updateId: number): Promise<void>;
}

/**
 * DynamoDB ledger: a conditional put is the claim (first writer wins); the claim becomes "queued" once the
 * queue accepted the update. Equality on the update id only: ids may jump after a week of silence.
 * One table serves one bot (one stack), so the id alone is the key.
 */
export class DynamoUpdateLedger implements UpdateLedger {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(updateId: number): Promise<ClaimResult> {
    const nowSeconds = Math.floor(this.now() / 1000);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: this.key(updateId),
            state: "claimed",
            claimedAt: nowSeconds,
            expiresAt: nowSeconds + REMEMBER_SECONDS,
          },
          ConditionExpression: "attribute_not_exists(pk) OR (#state = :claimed AND claimedAt < :stale)",
          ExpressionAttributeNames: { "#state": "state" },
          ExpressionAttributeValues: { ":claimed": "claimed", ":stale": nowSeconds - STALE_CLAIM_SECONDS },
        }),
      );
      return "claimed";
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return "duplicate";
      throw error;
    }
  }

  async markQueued(updateId: number): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: this.key(updateId) },
        UpdateExpression: "SET #state = :queued",
        ExpressionAttributeNames: { "#state": "state" },
        ExpressionAttributeValues: { ":queued": "queued" },
      }),
    );
  }

  async release(updateId: number): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { pk: this.key(updateId) },
          ConditionExpression: "#state = :claimed",
          ExpressionAttributeNames: { "#state": "state" },
          ExpressionAttributeValues: { ":claimed": "claimed" },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  private key(updateId: number): string {
    return `update#${updateId}`;
  }
}
