import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface TelegramStub {
  apiRoot: string;
  /** Every Bot API call received: method and JSON payload. */
  calls: { method: string; payload: Record<string, unknown> }[];
  /** The next `count` calls get 429 Too Many Requests with `retry_after` seconds, as Telegram's flood control. */
  rateLimitNext(count: number, retryAfter: number): void;
  close(): Promise<void>;
}

/**
 * A loopback stand-in for the Bot API (`/bot<token>/<method>`), answering like Telegram. Used by the benchmark
 * and the local-stack tests; nothing leaves the machine.
 */
export async function startTelegramStub(): Promise<TelegramStub> {
  const calls: TelegramStub["calls"] = [];
  let messageId = 0;
  let rateLimited = { count: 0, retryAfter: 0 };
  const server: Server = createServer(async (request, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    const method = (request.url ?? "").split("/").pop() ?? "";
    const payload = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    calls.push({ method, payload });
    if (rateLimited.count > 0) {
      rateLimited.count--;
      const error = {
        ok: false,
        error_code: 429,
        description: "Too Many Requests",
        parameters: { retry_after: rateLimited.retryAfter },
      };
      response.writeHead(429, { "content-type": "application/json" }).end(JSON.stringify(error));
      return;
    }
    const result = method.startsWith("send")
      ? {
          message_id: ++messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: payload.chat_id, type: "private" },
          text: payload.text,
        }
      : true;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    rateLimitNext: (count, retryAfter) => {
      rateLimited = { count, retryAfter };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
