/**
 * `npm run serve`: the local webhook stack on PORT (default 3000) with DynamoDB Local. Bot API calls go to
 * TELEGRAM_API_ROOT (default: the real Telegram). See README "Local webhook stack".
 */
import path from "node:path";
import "./quiet-sdk-warning.js";
import * as z from "zod";
import { createLogger } from "../adapters/logger.js";
import { botConfigSchema, parseConfig, webhookConfigSchema } from "../config.js";
import { startDynamoLocal } from "./dynamo-local.js";
import { prepareLocalTables, seedLocalKnowledge, startLocalStack } from "./local-stack.js";

const log = createLogger();
const dynamo = await startDynamoLocal({ dataDir: path.resolve(".local-data/dynamodb") });
try {
  const schema = botConfigSchema.extend({
    TELEGRAM_WEBHOOK_SECRET: webhookConfigSchema.shape.TELEGRAM_WEBHOOK_SECRET,
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  });
  const config = parseConfig(schema, { ...process.env, DYNAMODB_ENDPOINT: dynamo.endpoint });
  await prepareLocalTables(config);
  await seedLocalKnowledge(config, log);
  const stack = await startLocalStack(config, log, config.PORT);
  console.error(
    `Local webhook stack listening on ${stack.url} (DynamoDB Local at ${dynamo.endpoint}). Ctrl+C stops it.`,
  );
  const shutdown = async () => {
    await stack.close();
    dynamo.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
} catch (error) {
  dynamo.stop();
  console.error((error as Error).message);
  process.exit(1);
}
