import { beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../functions/adapters/logger.js";
import type { TelegramUpdate } from "../../functions/core/telegram/update-schema.js";
import { DynamoUpdateLedger } from "../../functions/storage/update-ledger.js";
import { handleWebhook, MAX_BODY_BYTES, type WebhookDeps } from "../../functions/webhook/handle-webhook.js";
import type { UpdateQueue } from "../../functions/webhook/update-queue.js";
import { freshTables } from "../helpers/dynamo.js";
import { callbackUpdate, textUpdate } from "../helpers/updates.js";

const SECRET = "test-secret-0123456789";

/** Records what reached the queue; `failNext` makes the next send fail like an SQS outage. */
class RecordingQueue implements UpdateQueue {
  sent: { update: TelegramUpdate; groupId: string; deduplicationId: string }[] = [];
  failNext = false;
  async send(update: TelegramUpdate, groupId: string, deduplicationId: string) {
    if (this.failNext) {
      this.failNext = false;
      throw new Error("SQS unavailable");
    }
    this.sent.push({ update, groupId, deduplicationId });
  }
}

function post(body: unknown, secret: string | null = SECRET) {
  return {
    method: "POST",
    headers: secret === null ? {} : { "x-telegram-bot-api-secret-token": secret },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}

describe("handleWebhook", () => {
  let queue: RecordingQueue;
  let deps: WebhookDeps;

  beforeEach(async () => {
    const { documents, names } = await freshTables();
    queue = new RecordingQueue();
    deps = { secret: SECRET, ledger: new DynamoUpdateLedger(documents, names.updatesTable), queue, log: silentLogger };
  });

  it("should queue a valid update with the chat as group and the update id as deduplication id", async () => {
    const update = textUpdate("Как зарегистрировать ОО?", { chatId: 777 });
    const response = await handleWebhook(post(update), deps);
    expect(response.statusCode).toBe(200);
    expect(queue.sent).toEqual([
      {
        update: expect.objectContaining({ update_id: update.update_id }),
        groupId: "chat-777",
        deduplicationId: String(update.update_id),
      },
    ]);
  });

  it("should keep fields it does not model, so the worker sees the update as sent", async () => {
    const update = textUpdate("hello");
    await handleWebhook(post(update), deps);
    expect(queue.sent[0]?.update).toEqual(update);
  });

  it.each([
    ["missing", null],
    ["wrong", "wrong-secret-0123456789"],
    ["a prefix of the right one", SECRET.slice(0, 10)],
  ])("should answer 401 when the secret header is %s", async (_, secret) => {
    const response = await handleWebhook(post(textUpdate("hi"), secret), deps);
    expect(response.statusCode).toBe(401);
    expect(queue.sent).toHaveLength(0);
  });

  it("should accept the header in any letter case", async () => {
    const request = {
      method: "POST",
      headers: { "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: JSON.stringify(textUpdate("hi")),
    };
    expect((await handleWebhook(request, deps)).statusCode).toBe(200);
  });

  it.each([
    ["malformed JSON", "{not json"],
    ["an empty body", ""],
    ["a JSON array", "[]"],
    ["an object without update_id", JSON.stringify({ message: { text: "x" } })],
    ["a message without chat", JSON.stringify({ update_id: 5, message: { message_id: 1, date: 1, text: "x" } })],
    ["a negative update id", JSON.stringify({ update_id: -1 })],
  ])("should answer 400 for %s and queue nothing", async (_, body) => {
    const response = await handleWebhook(post(body), deps);
    expect(response.statusCode).toBe(400);
    expect(queue.sent).toHaveLength(0);
  });

  it("should answer 400 for an oversized body", async () => {
    const update = textUpdate("x".repeat(MAX_BODY_BYTES));
    expect((await handleWebhook(post(update), deps)).statusCode).toBe(400);
  });

  it("should decode a base64 body from the Function URL", async () => {
    const request = { ...post(textUpdate("hi")), isBase64Encoded: true };
    request.body = Buffer.from(request.body).toString("base64");
    expect((await handleWebhook(request, deps)).statusCode).toBe(200);
    expect(queue.sent).toHaveLength(1);
  });

  it("should answer 405 to anything but POST", async () => {
    expect((await handleWebhook({ ...post(textUpdate("hi")), method: "GET" }, deps)).statusCode).toBe(405);
  });

  it("should acknowledge and ignore update types the bot does not handle", async () => {
    const edited = { update_id: 99_001, edited_message: textUpdate("x").message };
    const poll = { update_id: 99_002, poll: { id: "p" } };
    for (const update of [edited, poll]) {
      expect((await handleWebhook(post(update), deps)).statusCode).toBe(200);
    }
    expect(queue.sent).toHaveLength(0);
  });

  it("should queue a re-delivered update only once", async () => {
    const update = textUpdate("повтор");
    const responses = await Promise.all([1, 2, 3].map(() => handleWebhook(post(update), deps)));
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    expect(queue.sent).toHaveLength(1);
    expect((await handleWebhook(post(update), deps)).statusCode).toBe(200);
    expect(queue.sent).toHaveLength(1);
  });

  it("should answer 503 when the queue fails, and queue the update on Telegram's retry", async () => {
    const update = callbackUpdate("item:public-association", { chatId: 55 });
    queue.failNext = true;
    expect((await handleWebhook(post(update), deps)).statusCode).toBe(503);
    expect(queue.sent).toHaveLength(0);
    expect((await handleWebhook(post(update), deps)).statusCode).toBe(200);
    expect(queue.sent).toHaveLength(1);
    expect(queue.sent[0]?.groupId).toBe("chat-55");
  });

  it("should answer 503 (so Telegram retries) when the ledger table is unavailable", async () => {
    const { documents } = await freshTables();
    const broken = { ...deps, ledger: new DynamoUpdateLedger(documents, "no-such-table") };
    expect((await handleWebhook(post(textUpdate("hi")), broken)).statusCode).toBe(503);
    expect(queue.sent).toHaveLength(0);
  });

  it("should order inline queries per user", async () => {
    const inline = {
      update_id: 99_100,
      inline_query: { id: "q1", from: { id: 9, is_bot: false, first_name: "A" }, query: "ОФ", offset: "" },
    };
    await handleWebhook(post(inline), deps);
    expect(queue.sent[0]?.groupId).toBe("user-9");
  });
});
