/** Lambda entry point (Function URL) for Telegram's webhook: wiring only, the logic is in handle-webhook.ts. */
import type { LambdaFunctionURLEvent, LambdaFunctionURLResult } from "aws-lambda";
import { createLogger } from "../adapters/logger.js";
import { resolveSecrets } from "../adapters/secrets.js";
import { createSqsClient, SqsUpdateQueue } from "../adapters/sqs-update-queue.js";
import { parseConfig, webhookConfigSchema } from "../config.js";
import { createDocumentClient } from "../storage/dynamo-client.js";
import { DynamoUpdateLedger } from "../storage/update-ledger.js";
import { handleWebhook, type WebhookDeps } from "./handle-webhook.js";

const log = createLogger();
let deps: Promise<WebhookDeps> | undefined;

async function createDeps(): Promise<WebhookDeps> {
  const env = await resolveSecrets(process.env);
  const config = parseConfig(webhookConfigSchema, env);
  const documents = createDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  return {
    secret: config.TELEGRAM_WEBHOOK_SECRET,
    ledger: new DynamoUpdateLedger(documents, config.UPDATES_TABLE_NAME),
    queue: new SqsUpdateQueue(createSqsClient(config.AWS_REGION), config.UPDATES_QUEUE_URL),
    log,
  };
}

export async function handler(event: LambdaFunctionURLEvent): Promise<LambdaFunctionURLResult> {
  deps ??= createDeps().catch((error: unknown) => {
    deps = undefined; // retry the cold start on the next request instead of caching the failure
    throw error;
  });
  return handleWebhook(
    {
      method: event.requestContext.http.method,
      headers: event.headers,
      body: event.body,
      isBase64Encoded: event.isBase64Encoded,
    },
    await deps,
  );
}
