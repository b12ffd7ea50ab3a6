/** Lambda entry point for the SQS FIFO queue of Telegram updates: wiring only. */
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";
import type { Update } from "grammy/types";
import { createLogger } from "../adapters/logger.js";
import { resolveSecrets } from "../adapters/secrets.js";
import { createAppBot } from "../bot/create-app-bot.js";
import { botConfigSchema, parseConfig } from "../config.js";
import { processUpdates } from "./process-updates.js";

const log = createLogger();
let ready: ReturnType<typeof createAppBot> | undefined;

async function init() {
  const config = parseConfig(botConfigSchema, await resolveSecrets(process.env));
  return createAppBot(config, log);
}

export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  ready ??= init().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  const bot = await ready;
  const failed = await processUpdates(
    event.Records.map((record) => ({
      messageId: record.messageId,
      groupId: record.attributes.MessageGroupId ?? record.messageId,
      body: record.body,
    })),
    (update) => bot.handleUpdate(update as Update),
    log,
  );
  return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
}
