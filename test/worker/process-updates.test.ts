import { GrammyError } from "grammy/web";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../functions/adapters/logger.js";
import type { TelegramUpdate } from "../../functions/core/telegram/update-schema.js";
import { InProcessQueue } from "../../functions/local/in-process-queue.js";
import { processUpdates, type QueuedUpdate } from "../../functions/worker/process-updates.js";
import { textUpdate } from "../helpers/updates.js";

function queued(chatId: number, text: string, messageId = `${chatId}-${text}`): QueuedUpdate {
  return { messageId, groupId: `chat-${chatId}`, body: JSON.stringify(textUpdate(text, { chatId })) };
}

const textOf = (update: TelegramUpdate) => String((update.message as { text?: string } | undefined)?.text);
const telegramError = (code: number) =>
  new GrammyError("call failed", { ok: false, error_code: code, description: "x" }, "sendMessage", {});

describe("processUpdates", () => {
  it("should handle each chat's updates in order and chats independently", async () => {
    const seen: string[] = [];
    const failed = await processUpdates(
      [queued(1, "a1"), queued(2, "b1"), queued(1, "a2"), queued(2, "b2"), queued(1, "a3")],
      async (update) => {
        await new Promise((resolve) => setTimeout(resolve, textOf(update).startsWith("a") ? 5 : 1));
        seen.push(textOf(update));
      },
      silentLogger,
    );
    expect(failed).toEqual([]);
    expect(seen.filter((text) => text.startsWith("a"))).toEqual(["a1", "a2", "a3"]);
    expect(seen.filter((text) => text.startsWith("b"))).toEqual(["b1", "b2"]);
  });

  it("should report a retryable failure and the rest of its chat, but not other chats", async () => {
    const seen: string[] = [];
    const failed = await processUpdates(
      [queued(1, "a1"), queued(1, "a2"), queued(2, "b1"), queued(1, "a3")],
      async (update) => {
        if (textOf(update) === "a2") throw new Error("DynamoDB throttled");
        seen.push(textOf(update));
      },
      silentLogger,
    );
    expect(failed).toEqual(["1-a2", "1-a3"]);
    expect(seen).toEqual(expect.arrayContaining(["a1", "b1"]));
    expect(seen).not.toContain("a3");
  });

  it("should treat 429 and 5xx from Telegram as retryable", async () => {
    for (const code of [429, 502]) {
      const failed = await processUpdates(
        [queued(3, "x")],
        async () => Promise.reject(telegramError(code)),
        silentLogger,
      );
      expect(failed).toEqual(["3-x"]);
    }
  });

  it("should acknowledge updates that can never succeed (bad body, Telegram 400/403)", async () => {
    const broken: QueuedUpdate = { messageId: "bad", groupId: "chat-4", body: "{oops" };
    const notUpdate: QueuedUpdate = { messageId: "bad2", groupId: "chat-4", body: JSON.stringify({ hello: 1 }) };
    const seen: string[] = [];
    const failed = await processUpdates(
      [broken, notUpdate, queued(4, "blocked"), queued(4, "ok")],
      async (update) => {
        if (textOf(update) === "blocked") throw telegramError(403);
        seen.push(textOf(update));
      },
      silentLogger,
    );
    expect(failed).toEqual([]);
    expect(seen).toEqual(["ok"]);
  });
});

describe("InProcessQueue (local FIFO stand-in)", () => {
  it("should move a poison update to the dead-letter list after 3 attempts and then unblock its chat", async () => {
    const attempts = new Map<string, number>();
    const handled: string[] = [];
    const queue = new InProcessQueue((messages) =>
      processUpdates(
        messages,
        async (update) => {
          const text = textOf(update);
          attempts.set(text, (attempts.get(text) ?? 0) + 1);
          if (text === "poison") throw new Error("always fails");
          handled.push(text);
        },
        silentLogger,
      ),
    );
    for (const text of ["first", "poison", "after"]) {
      const update = textUpdate(text, { chatId: 9 });
      await queue.send(update, "chat-9", String(update.update_id));
    }
    await queue.idle();
    expect(attempts.get("poison")).toBe(3);
    expect(queue.deadLetters).toHaveLength(1);
    expect(handled).toEqual(["first", "after"]);
  });

  it("should drop a second send with the same deduplication id", async () => {
    const handled: string[] = [];
    const queue = new InProcessQueue((messages) =>
      processUpdates(messages, async (update) => void handled.push(textOf(update)), silentLogger),
    );
    const update = textUpdate("once", { chatId: 10 });
    await queue.send(update, "chat-10", "42");
    await queue.send(update, "chat-10", "42");
    await queue.idle();
    expect(handled).toEqual(["once"]);
  });
});
