import { createHash, timingSafeEqual } from "node:crypto";
import type { Logger } from "../adapters/logger.js";
import { orderingKey, supportedUpdateType, telegramUpdateSchema } from "../core/telegram/update-schema.js";
import type { UpdateLedger } from "../storage/update-ledger.js";
import type { UpdateQueue } from "./update-queue.js";

/** Real updates are a few KB; anything far larger is not from Telegram. */
export const MAX_BODY_BYTES = 256 * 1024;
export const SECRET_HEADER = "x-telegram-bot-api-secret-token";

export interface WebhookRequest {
  method: string;
  /** Header names in any case. */
  headers: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
}

export interface WebhookResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface WebhookDeps {
  secret: string;
  ledger: UpdateLedger;
  queue: UpdateQueue;
  log: Logger;
}

/**
 * The webhook's whole job: authenticate, validate, deduplicate, enqueue. 200 means "safely queued (or
 * deliberately ignored)"; 5xx asks Telegram to re-send; 4xx is for requests that are not Telegram updates.
 */
export async function handleWebhook(request: WebhookRequest, deps: WebhookDeps): Promise<WebhookResponse> {
  if (request.method.toUpperCase() !== "POST") return respond(405, "method not allowed");
  if (!secretMatches(header(request.headers, SECRET_HEADER), deps.secret)) return respond(401, "unauthorized");

  const body = request.isBase64Encoded
    ? Buffer.from(request.body ?? "", "base64").toString("utf8")
    : (request.body ?? "");
  if (Buffer.byteLength(body, "utf8") > MAX_BODY_BYTES) return respond(400, "body too large");

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return respond(400, "body is not JSON");
  }
  const parsed = telegramUpdateSchema.safeParse(json);
  if (!parsed.success) {
    deps.log.warn("rejected a body that is not a Telegram update", { issues: parsed.error.issues.length });
    return respond(400, "not a Telegram update");
  }
  const update = parsed.data;
  const type = supportedUpdateType(update);
  if (!type) {
    deps.log.info("ignored update type", { updateId: update.update_id, keys: Object.keys(update).join(",") });
    return respond(200, "ignored");
  }

  let claim: Awaited<ReturnType<UpdateLedger["claim"]>>;
  try {
    claim = await deps.ledger.claim(update.update_id);
  } catch (error) {
    deps.log.error("update ledger unavailable", { updateId: update.update_id, error });
    return respond(503, "try again");
  }
  if (claim === "duplicate") {
    deps.log.info("duplicate update", { updateId: update.update_id });
    return respond(200, "duplicate");
  }

  try {
    await deps.queue.send(update, orderingKey(update), String(update.update_id));
  } catch (error) {
    deps.log.error("could not queue update", { updateId: update.update_id, error });
    await deps.ledger.release(update.update_id).catch((releaseError: unknown) => {
      // The claim turns stale after a short time, so Telegram's later retry still gets through.
      deps.log.error("could not release update claim", { updateId: update.update_id, error: releaseError });
    });
    return respond(503, "try again");
  }

  try {
    await deps.ledger.markQueued(update.update_id);
  } catch (error) {
    // The update is queued, so this is still a success; FIFO deduplication covers a quick re-delivery.
    deps.log.error("could not mark update as queued", { updateId: update.update_id, error });
  }
  deps.log.info("queued update", { updateId: update.update_id, type });
  return respond(200, "ok");
}

/** Constant-time comparison of digests, so neither content nor length leaks through timing. */
function secretMatches(received: string | undefined, expected: string): boolean {
  if (received === undefined) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(received), digest(expected));
}

function header(headers: Record<string, string | undefined>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function respond(statusCode: number, message: string): WebhookResponse {
  return { statusCode, headers: { "content-type": "application/json" }, body: JSON.stringify({ message }) };
}
