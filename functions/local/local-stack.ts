import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Update } from "grammy/types";
import { readKnowledgeFiles, todayInKazakhstan } from "../adapters/knowledge-folder.js";
import type { Logger } from "../adapters/logger.js";
import { importKnowledge } from "../bot/admin/knowledge-sync.js";
import { createAppBot } from "../bot/create-app-bot.js";
import type { BotConfig } from "../config.js";
import { AuditLog } from "../storage/audit-log.js";
import { createTables } from "../storage/create-tables.js";
import { createDocumentClient } from "../storage/dynamo-client.js";
import { KnowledgeStore } from "../storage/knowledge-store.js";
import { DynamoUpdateLedger } from "../storage/update-ledger.js";
import { handleWebhook } from "../webhook/handle-webhook.js";
import { processUpdates } from "../worker/process-updates.js";
import { InProcessQueue } from "./in-process-queue.js";

/** Creates the tables on DynamoDB Local (idempotent). */
export async function prepareLocalTables(
  config: Pick<BotConfig, "DYNAMODB_ENDPOINT" | "STATE_TABLE_NAME" | "UPDATES_TABLE_NAME">,
) {
  const client = new DynamoDBClient({
    endpoint: config.DYNAMODB_ENDPOINT,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  try {
    await createTables(client, { stateTable: config.STATE_TABLE_NAME, updatesTable: config.UPDATES_TABLE_NAME });
  } finally {
    client.destroy();
  }
}

/**
 * Seeds the live knowledge from `knowledge/` when DynamoDB Local has none yet (first `npm start`); later runs
 * keep what admins published. An invalid folder is reported, and the bot then answers from the folder as is.
 */
export async function seedLocalKnowledge(
  config: Pick<BotConfig, "DYNAMODB_ENDPOINT" | "STATE_TABLE_NAME" | "AWS_REGION">,
  log: Logger,
): Promise<void> {
  const documents = createDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  const result = await importKnowledge(
    new KnowledgeStore(documents, config.STATE_TABLE_NAME),
    new AuditLog(documents, config.STATE_TABLE_NAME),
    await readKnowledgeFiles(),
    { actor: "local:seed", today: todayInKazakhstan(), ifEmpty: true },
  );
  if (result.status === "invalid")
    log.warn("knowledge folder has problems; not imported", { problems: result.issues.length });
  if (result.status === "imported")
    log.info("knowledge imported", { items: result.created.length, version: result.version });
}

export interface LocalStack {
  url: string;
  queue: InProcessQueue;
  close(): Promise<void>;
}

/**
 * The local webhook stack: `POST /telegram` runs the real webhook handler; queued updates go to the real worker
 * logic in-process, per chat in order. Everything but SQS is the production code path.
 */
export async function startLocalStack(
  config: BotConfig & { TELEGRAM_WEBHOOK_SECRET: string },
  log: Logger,
  port = 0,
  options: { pausedQueue?: boolean } = {},
): Promise<LocalStack> {
  const bot = await createAppBot(config, log);
  const queue = new InProcessQueue(
    (messages) => processUpdates(messages, (update) => bot.handleUpdate(update as Update), log),
    3,
    { paused: options.pausedQueue },
  );
  const documents = createDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  const deps = {
    secret: config.TELEGRAM_WEBHOOK_SECRET,
    ledger: new DynamoUpdateLedger(documents, config.UPDATES_TABLE_NAME),
    queue,
    log,
  };

  const server: Server = createServer(async (request, response) => {
    if (request.url !== "/telegram") {
      response.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      // Stop buffering far past the limit; the handler rejects the oversized body with 400.
      if (size <= 2 * 1024 * 1024) chunks.push(chunk as Buffer);
    }
    const result = await handleWebhook(
      {
        method: request.method ?? "GET",
        headers: request.headers as Record<string, string>,
        body: Buffer.concat(chunks).toString("utf8"),
      },
      deps,
    );
    response.writeHead(result.statusCode, result.headers).end(result.body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/telegram`,
    queue,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue.idle();
      documents.destroy();
    },
  };
}
