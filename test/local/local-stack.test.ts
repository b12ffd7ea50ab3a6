import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../functions/adapters/logger.js";
import { startTelegramStub, type TelegramStub } from "../../functions/bench/telegram-stub.js";
import { botConfigSchema, parseConfig } from "../../functions/config.js";
import { type LocalStack, prepareLocalTables, startLocalStack } from "../../functions/local/local-stack.js";
import { freshTables } from "../helpers/dynamo.js";
import { textUpdate } from "../helpers/updates.js";

const SECRET = "local-stack-secret-0123456789";

describe("local webhook stack (npm run serve)", () => {
  let telegram: TelegramStub;
  let stack: LocalStack;

  beforeAll(async () => {
    telegram = await startTelegramStub();
    const { endpoint, names } = await freshTables();
    const config = parseConfig(botConfigSchema, {
      TELEGRAM_BOT_TOKEN: "1000002:local-stack-test-token-xx",
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DYNAMODB_ENDPOINT: endpoint,
      STATE_TABLE_NAME: names.stateTable,
      UPDATES_TABLE_NAME: names.updatesTable,
    });
    await prepareLocalTables(config);
    stack = await startLocalStack({ ...config, TELEGRAM_WEBHOOK_SECRET: SECRET }, silentLogger);
  });

  afterAll(async () => {
    await stack.close();
    await telegram.close();
  });

  const post = (body: unknown, secret = SECRET) =>
    fetch(stack.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
      body: JSON.stringify(body),
    });

  it("should reject a wrong secret with 401 and junk with 400", async () => {
    expect((await post(textUpdate("hi"), "wrong-secret-0123456789")).status).toBe(401);
    expect((await post("not an update")).status).toBe(400);
  });

  it("should answer each update of a chat once and in order, even when Telegram re-delivers", async () => {
    const chatId = 4242;
    const updates = ["/help", "/start", "/help"].map((text) =>
      textUpdate(text, { chatId, userId: chatId, languageCode: "en" }),
    );
    for (const update of updates) expect((await post(update)).status).toBe(200);
    expect((await post(updates[0])).status).toBe(200); // re-delivery
    await stack.queue.idle();
    const replies = telegram.calls.filter((call) => call.method === "sendMessage" && call.payload.chat_id === chatId);
    expect(replies.map((reply) => String(reply.payload.text).split("\n")[0])).toEqual([
      expect.stringContaining("Just type your question"),
      expect.stringContaining("Hello!"),
      expect.stringContaining("Just type your question"),
    ]);
  });

  it("should answer a question through the whole path with a card from the knowledge base", async () => {
    const chatId = 4343;
    await post(textUpdate("как зарегистрировать общественный фонд", { chatId, userId: chatId }));
    await stack.queue.idle();
    const reply = telegram.calls.find((call) => call.method === "sendMessage" && call.payload.chat_id === chatId);
    expect(String(reply?.payload.text)).toContain("adilet.zan.kz");
  });
});
