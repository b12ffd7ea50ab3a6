/**
 * `npm start`: DynamoDB Local (data in .local-data/, git-ignored), tables, knowledge, then either long polling
 * against Telegram (TELEGRAM_BOT_TOKEN set) or a terminal chat with the same bot (no token needed).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import "./quiet-sdk-warning.js";
import { createLogger } from "../adapters/logger.js";
import { createAppBot } from "../bot/create-app-bot.js";
import { botConfigSchema, parseConfig } from "../config.js";
import { startDynamoLocal } from "./dynamo-local.js";
import { localFileFetch } from "./local-file-fetch.js";
import { prepareLocalTables, seedLocalKnowledge } from "./local-stack.js";
import { runTerminalChat, TERMINAL_CHAT_ID, TERMINAL_OPERATORS_CHAT_ID } from "./terminal-chat.js";

/** Used only by the terminal chat, which never talks to Telegram. */
const TERMINAL_TOKEN = "1000000:terminal-chat-no-telegram-token";

const polling = Boolean(process.env.TELEGRAM_BOT_TOKEN);
// In the terminal chat, logs would mix with the conversation: only errors are shown.
const log = createLogger(polling ? "info" : "error", (line) => process.stderr.write(`${line}\n`));

let dynamo: Awaited<ReturnType<typeof startDynamoLocal>> | undefined;
try {
  dynamo = await startDynamoLocal({ dataDir: path.resolve(".local-data/dynamodb") });
  const env = { ...process.env, DYNAMODB_ENDPOINT: dynamo.endpoint };
  // The terminal chat simulates the operators' forum group too, so the consultant handoff can be tried.
  // You are an admin of the terminal chat too, so /admin and the knowledge workflow can be tried.
  const terminalEnv = {
    OPERATORS_CHAT_ID: String(TERMINAL_OPERATORS_CHAT_ID),
    ADMIN_USER_IDS: String(TERMINAL_CHAT_ID),
    ...env,
    TELEGRAM_BOT_TOKEN: TERMINAL_TOKEN,
  };
  const config = parseConfig(botConfigSchema, polling ? env : terminalEnv);
  await prepareLocalTables(config);
  await seedLocalKnowledge(config, log);
  const bot = await createAppBot(config, log, polling ? {} : { fetch: localFileFetch(TERMINAL_TOKEN) });
  if (polling) {
    await bot.init(); // the real getMe: username for mentions and inline mode
    console.error(`Long polling as @${bot.botInfo.username}. Ctrl+C stops it.`);
    process.once("SIGINT", () => bot.stop());
    process.once("SIGTERM", () => bot.stop());
    await bot.start({ drop_pending_updates: false });
  } else {
    await runTerminalChat({
      bot,
      input: process.stdin,
      output: process.stdout,
      languageCode: process.env.CHAT_LANGUAGE ?? "ru",
      colors: process.stdout.isTTY,
      saveFile: async (name, data) => {
        const target = path.resolve(".local-data/files", name);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, data);
        return path.relative(process.cwd(), target);
      },
    });
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  dynamo?.stop();
}
