import type { TelegramUpdate } from "../core/telegram/update-schema.js";

/** Where the webhook puts accepted updates: SQS FIFO in AWS, an in-process queue locally. */
export interface UpdateQueue {
  /**
   * Resolves only once the update is stored durably. `groupId` keeps one chat's updates in order;
   * `deduplicationId` makes a second send of the same update a no-op.
   */
  send(update: TelegramUpdate, groupId: string, deduplicationId: string): Promise<void>;
}
