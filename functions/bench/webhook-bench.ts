import { silentLogger } from "../adapters/logger.js";
import { botConfigSchema, parseConfig } from "../config.js";
import { startDynamoLocal } from "../local/dynamo-local.js";
import { type LocalStack, prepareLocalTables, startLocalStack } from "../local/local-stack.js";
import { ms, quantile } from "./stats.js";
import { startTelegramStub } from "./telegram-stub.js";

const SECRET = "bench-secret-0123456789abcdef";
const UNIQUE_UPDATES = 400;
const REDELIVERIES = 100; // 20 % of the 500 requests
const CHATS = 100;
/** Telegram's default `max_connections` for a webhook: at most this many requests are in flight at once. */
const TELEGRAM_CONNECTIONS = 40;
const WARM_UP_UPDATES = 300;
const WARM_UP_FIRST_ID = 300_000;
const WARM_UP_CHAT = 9_999;

/** 400 updates from 100 chats plus 100 re-deliveries of some of them, shuffled deterministically. */
function workload(firstUpdateId: number) {
  const updates = Array.from({ length: UNIQUE_UPDATES }, (_, index) => {
    const chatId = 10_000 + (index % CHATS);
    return {
      update_id: firstUpdateId + index,
      message: {
        message_id: index + 1,
        date: 1_764_000_000,
        chat: { id: chatId, type: "private", first_name: "Bench" },
        from: { id: chatId, is_bot: false, first_name: "Bench", language_code: "ru" },
        text: "/help",
        entities: [{ type: "bot_command", offset: 0, length: 5 }],
      },
    };
  });
  const redelivered = Array.from(
    { length: REDELIVERIES },
    (_, index) => updates[(index * 37) % UNIQUE_UPDATES] as (typeof updates)[number],
  );
  return [...updates, ...redelivered];
}

async function post(stack: LocalStack, body: unknown) {
  const started = performance.now();
  const response = await fetch(stack.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return { status: response.status, elapsed: performance.now() - started };
}

/** Sends every request with at most `concurrency` in flight; returns per-request results and the wall time. */
async function fire(stack: LocalStack, requests: unknown[], concurrency: number) {
  const results: { status: number; elapsed: number }[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, requests.length) }, async () => {
      while (next < requests.length) {
        const request = requests[next++];
        results.push(await post(stack, request));
      }
    }),
  );
  return { results, wall: performance.now() - started };
}

/**
 * The real webhook handler on the local stack (DynamoDB Local ledger, in-process FIFO queue), as in AWS without the
 * worker in the same process: the queue is drained after the requests. Two runs of 500 requests (400 updates from
 * 100 chats + 20 % re-deliveries): with Telegram's 40 connections (latency), and all 500 at once (nothing may be
 * lost or answered twice). Then every update must have got exactly one reply.
 */
export async function runWebhookBench(): Promise<string[]> {
  const dynamo = await startDynamoLocal();
  const telegram = await startTelegramStub();
  try {
    const config = parseConfig(botConfigSchema, {
      TELEGRAM_BOT_TOKEN: "1000001:bench-token-not-a-real-one",
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      USER_RATE_LIMIT_PER_MINUTE: "1000",
    });
    await prepareLocalTables(config);
    const stack = await startLocalStack({ ...config, TELEGRAM_WEBHOOK_SECRET: SECRET }, silentLogger, 0, {
      pausedQueue: true,
    });
    // Warm-up, not measured: the JIT of our code and of DynamoDB Local's JVM (its first few hundred writes are
    // several times slower). Real messages from a chat of their own, so the ledger and the queue are exercised.
    const warmUp = workload(WARM_UP_FIRST_ID)
      .slice(0, WARM_UP_UPDATES)
      .map((update) => ({
        ...update,
        message: { ...update.message, chat: { ...update.message.chat, id: WARM_UP_CHAT } },
      }));
    for (const update of warmUp) await post(stack, update);

    const lines = [
      `webhook handler (local stack, ${UNIQUE_UPDATES} updates from ${CHATS} chats + ${REDELIVERIES} re-deliveries per run)`,
    ];
    for (const [label, firstId, concurrency] of [
      ["one at a time", 400_000, 1],
      [`${TELEGRAM_CONNECTIONS} connections (Telegram's default)`, 500_000, TELEGRAM_CONNECTIONS],
      ["500 at once", 600_000, 500],
    ] as const) {
      const { results, wall } = await fire(stack, workload(firstId), concurrency);
      const latencies = results.map((result) => result.elapsed);
      const non200 = results.filter((result) => result.status !== 200).length;
      lines.push(
        `  ${label}: p50 ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}, max ${ms(Math.max(...latencies))}; wall ${ms(wall)}; non-200: ${non200}`,
      );
    }
    stack.queue.resume();
    await stack.queue.idle();
    await stack.close();

    const replies = telegram.calls.filter(
      (call) => call.method === "sendMessage" && call.payload.chat_id !== WARM_UP_CHAT,
    );
    const expected = 3 * UNIQUE_UPDATES;
    const perChat = new Map<unknown, number>();
    for (const reply of replies) perChat.set(reply.payload.chat_id, (perChat.get(reply.payload.chat_id) ?? 0) + 1);
    const short = [...Array(CHATS).keys()].filter((index) => (perChat.get(10_000 + index) ?? 0) < expected / CHATS);
    lines.push(
      `  replies: ${replies.length} for ${expected} unique updates → lost ${Math.max(0, expected - replies.length)} (chats short: ${short.length}), duplicated ${Math.max(0, replies.length - expected)}; dead-lettered ${stack.queue.deadLetters.length}`,
    );
    return lines;
  } finally {
    await telegram.close();
    dynamo.stop();
  }
}
