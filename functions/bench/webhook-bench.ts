import { silentLogger } from "../adapters/logger.js";
import { botConfigSchema, parseConfig } from "../config.js";
import { startDynamoLocal } from "../local/dynamo-local.js";
import { prepareLocalTables, startLocalStack } from "../local/local-stack.js";
import { ms, quantile } from "./stats.js";
import { startTelegramStub } from "./telegram-stub.js";

const SECRET = "bench-secret-0123456789abcdef";
const UNIQUE_UPDATES = 400;
const REDELIVERIES = 100; // 20 % of the 500 requests
const CHATS = 100;

/**
 * The local webhook stack under 500 concurrent requests (400 updates from 100 chats + 100 re-deliveries):
 * webhook latency, and whether every update got exactly one reply (0 lost, 0 duplicated).
 */
export async function runWebhookBench(): Promise<string[]> {
  const dynamo = await startDynamoLocal();
  const telegram = await startTelegramStub();
  try {
    const config = parseConfig(botConfigSchema, {
      TELEGRAM_BOT_TOKEN: "1000001:bench-token-not-a-real-one",
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
    });
    await prepareLocalTables(config);
    const stack = await startLocalStack({ ...config, TELEGRAM_WEBHOOK_SECRET: SECRET }, silentLogger);

    const updates = Array.from({ length: UNIQUE_UPDATES }, (_, index) => {
      const chatId = 10_000 + (index % CHATS);
      return {
        update_id: 500_000 + index,
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
    const redelivered = Array.from({ length: REDELIVERIES }, (_, index) => updates[(index * 37) % UNIQUE_UPDATES]);
    const requests = [...updates, ...redelivered];

    // Warm-up: first requests pay for JIT and DynamoDB Local's first table access.
    const post = async (body: unknown) => {
      const started = performance.now();
      const response = await fetch(stack.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify(body),
      });
      await response.arrayBuffer();
      return { status: response.status, elapsed: performance.now() - started };
    };
    await post({ update_id: 1, poll: { id: "warm-up" } });

    const started = performance.now();
    const results = await Promise.all(requests.map(post));
    const wall = performance.now() - started;
    await stack.queue.idle();
    await stack.close();

    const replies = telegram.calls.filter((call) => call.method === "sendMessage");
    const perChat = new Map<unknown, number>();
    for (const reply of replies) perChat.set(reply.payload.chat_id, (perChat.get(reply.payload.chat_id) ?? 0) + 1);
    const expectedPerChat = UNIQUE_UPDATES / CHATS;
    const lostChats = [...Array(CHATS).keys()].filter((index) => (perChat.get(10_000 + index) ?? 0) < expectedPerChat);
    const latencies = results.map((result) => result.elapsed);
    const non200 = results.filter((result) => result.status !== 200).length;
    return [
      `webhook (local stack, ${requests.length} concurrent requests: ${UNIQUE_UPDATES} updates from ${CHATS} chats + ${REDELIVERIES} re-deliveries)`,
      `  latency p50 ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}, max ${ms(Math.max(...latencies))}; wall ${ms(wall)}`,
      `  non-200 responses: ${non200}`,
      `  replies: ${replies.length} for ${UNIQUE_UPDATES} unique updates → lost ${Math.max(0, UNIQUE_UPDATES - replies.length)} (chats short of replies: ${lostChats.length}), duplicated ${Math.max(0, replies.length - UNIQUE_UPDATES)}`,
      `  dead-lettered: ${stack.queue.deadLetters.length}`,
    ];
  } finally {
    await telegram.close();
    dynamo.stop();
  }
}
