import type { SQSEvent, SQSRecord } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../functions/adapters/logger.js";
import { startTelegramStub, type TelegramStub } from "../../functions/bench/telegram-stub.js";
import { createAppBot } from "../../functions/bot/create-app-bot.js";
import { botConfigSchema, parseConfig } from "../../functions/config.js";
import { freshTables } from "../helpers/dynamo.js";
import { textUpdate } from "../helpers/updates.js";

function record(body: string, groupId: string, messageId: string): SQSRecord {
  return {
    messageId,
    receiptHandle: messageId,
    body,
    attributes: {
      ApproximateReceiveCount: "1",
      SentTimestamp: "0",
      SenderId: "x",
      ApproximateFirstReceiveTimestamp: "0",
      MessageGroupId: groupId,
      MessageDeduplicationId: messageId,
    },
    messageAttributes: {},
    md5OfBody: "",
    eventSource: "aws:sqs",
    eventSourceARN: "arn:aws:sqs:eu-central-1:000000000000:updates.fifo",
    awsRegion: "eu-central-1",
  };
}

describe("worker Lambda handler", () => {
  let telegram: TelegramStub;
  let handler: (event: SQSEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

  beforeAll(async () => {
    telegram = await startTelegramStub();
    const { endpoint, names } = await freshTables();
    Object.assign(process.env, {
      TELEGRAM_BOT_TOKEN: "1000003:worker-handler-test-token",
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DYNAMODB_ENDPOINT: endpoint,
      STATE_TABLE_NAME: names.stateTable,
      LOG_LEVEL: "error",
    });
    ({ handler } = await import("../../functions/worker/handler.js"));
  });

  afterAll(async () => {
    await telegram.close();
  });

  it("should answer every update of an SQS batch and report only the broken one it could retry", async () => {
    const event: SQSEvent = {
      Records: [
        record(JSON.stringify(textUpdate("/help", { chatId: 71, userId: 71 })), "chat-71", "a"),
        record(JSON.stringify(textUpdate("/start", { chatId: 72, userId: 72, languageCode: "kk" })), "chat-72", "b"),
        record("{broken", "chat-73", "c"),
      ],
    };
    const result = await handler(event);
    expect(result.batchItemFailures).toEqual([]);
    const chats = telegram.calls.filter((call) => call.method === "sendMessage").map((call) => call.payload.chat_id);
    expect(chats.sort()).toEqual([71, 72]);
  });

  it("should report a failed update and the rest of its chat when Telegram is unreachable", async () => {
    await telegram.close();
    const event: SQSEvent = {
      Records: [
        record(JSON.stringify(textUpdate("/help", { chatId: 81, userId: 81 })), "chat-81", "x1"),
        record(JSON.stringify(textUpdate("/help", { chatId: 81, userId: 81 })), "chat-81", "x2"),
      ],
    };
    const result = await handler(event);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: "x1" }, { itemIdentifier: "x2" }]);
  });
});

describe("Telegram flood control", () => {
  it("should wait for retry_after on a 429 and then deliver the reply once", async () => {
    const telegram = await startTelegramStub();
    try {
      const { endpoint, names } = await freshTables();
      const config = parseConfig(botConfigSchema, {
        TELEGRAM_BOT_TOKEN: "1000004:flood-control-test-token-x",
        TELEGRAM_API_ROOT: telegram.apiRoot,
        DYNAMODB_ENDPOINT: endpoint,
        STATE_TABLE_NAME: names.stateTable,
      });
      const bot = await createAppBot(config, silentLogger);
      telegram.rateLimitNext(1, 1);
      const started = Date.now();
      await bot.handleUpdate(textUpdate("/help", { chatId: 91, userId: 91 }) as never);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(telegram.calls.map((call) => call.method)).toEqual(["sendMessage", "sendMessage"]);
    } finally {
      await telegram.close();
    }
  });
});
