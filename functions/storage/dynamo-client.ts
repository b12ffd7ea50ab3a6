import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface DynamoClientOptions {
  region: string;
  /** DynamoDB Local's URL; unset in AWS. */
  endpoint?: string;
}

/**
 * A document client with short timeouts and few retries: a Lambda that waits on a slow DynamoDB call
 * keeps Telegram (webhook) or its chat's queue (worker) waiting.
 */
export function createDocumentClient({ region, endpoint }: DynamoClientOptions): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region,
    endpoint,
    maxAttempts: 3,
    ...(endpoint ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
