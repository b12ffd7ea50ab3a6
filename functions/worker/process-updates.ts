import { BotError, GrammyError } from "grammy/web";
import type { Logger } from "../adapters/logger.js";
import { type TelegramUpdate, telegramUpdateSchema } from "../core/telegram/update-schema.js";

/** One queued update as the worker receives it from SQS. */
export interface QueuedUpdate {
  messageId: string;
  /** The FIFO message group (one chat). */
  groupId: string;
  body: string;
}

/** An update that can never succeed: retrying it would only block its chat until the DLQ takes it. */
export class PermanentUpdateError extends Error {
  override name = "PermanentUpdateError";
}

/**
 * Handles a batch: chats in parallel, each chat's updates strictly in order. When an update fails with a
 * retryable error, it and the rest of its chat's updates are reported as failed (SQS delivers them again, in
 * order; after maxReceiveCount the DLQ takes the poison one). Permanent errors are logged and acknowledged.
 * Returns the message ids to report as `batchItemFailures`.
 */
export async function processUpdates(
  messages: QueuedUpdate[],
  handle: (update: TelegramUpdate) => Promise<void>,
  log: Logger,
): Promise<string[]> {
  const groups = new Map<string, QueuedUpdate[]>();
  for (const message of messages) groups.set(message.groupId, [...(groups.get(message.groupId) ?? []), message]);

  const failed = await Promise.all(
    [...groups.values()].map(async (group) => {
      for (const [index, message] of group.entries()) {
        try {
          await handle(parseQueuedUpdate(message.body));
        } catch (error) {
          if (isPermanent(error)) {
            log.error("dropped an update that cannot succeed", { messageId: message.messageId, error: cause(error) });
            continue;
          }
          log.warn("update failed; will be retried", { messageId: message.messageId, error: cause(error) });
          return group.slice(index).map((rest) => rest.messageId);
        }
      }
      return [];
    }),
  );
  return failed.flat();
}

function parseQueuedUpdate(body: string): TelegramUpdate {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new PermanentUpdateError("queued body is not JSON");
  }
  const parsed = telegramUpdateSchema.safeParse(json);
  if (!parsed.success) throw new PermanentUpdateError("queued body is not a Telegram update");
  return parsed.data;
}

/** Telegram 4xx other than 429 (bad request, blocked by the user, chat not found) will not change on retry. */
function isPermanent(error: unknown): boolean {
  const inner = cause(error);
  if (inner instanceof PermanentUpdateError) return true;
  return inner instanceof GrammyError && inner.error_code >= 400 && inner.error_code < 500 && inner.error_code !== 429;
}

function cause(error: unknown): unknown {
  return error instanceof BotError ? error.error : error;
}
