import type { TelegramUpdate } from "../core/telegram/update-schema.js";
import type { UpdateQueue } from "../webhook/update-queue.js";
import type { QueuedUpdate } from "../worker/process-updates.js";

/**
 * The local stand-in for SQS FIFO: deduplicates on the deduplication id, and delivers each message group in
 * order, one message at a time, to `consume` (which returns the ids that failed, like the worker). A failed
 * message is delivered again, up to `maxReceiveCount` times, then moved to `deadLetters`. At most
 * `maxConcurrentGroups` chats are handled at once, as a bounded number of worker Lambdas would.
 */
export class InProcessQueue implements UpdateQueue {
  readonly deadLetters: QueuedUpdate[] = [];
  private readonly seen = new Set<string>();
  private readonly groups = new Map<string, QueuedUpdate[]>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly waiting = new Set<string>();
  private sequence = 0;

  private paused: boolean;

  /** With `paused`, messages wait until `resume()` (like an SQS queue whose consumer is not running yet). */
  constructor(
    private readonly consume: (messages: QueuedUpdate[]) => Promise<string[]>,
    private readonly maxReceiveCount = 3,
    options: { paused?: boolean; maxConcurrentGroups?: number } = {},
  ) {
    this.paused = options.paused ?? false;
    this.maxConcurrentGroups = options.maxConcurrentGroups ?? 10;
  }

  private readonly maxConcurrentGroups: number;

  /** Starts delivering the messages that waited while paused. */
  resume(): void {
    this.paused = false;
    for (const groupId of this.groups.keys()) this.start(groupId);
  }

  async send(update: TelegramUpdate, groupId: string, deduplicationId: string): Promise<void> {
    if (this.seen.has(deduplicationId)) return;
    this.seen.add(deduplicationId);
    const message = { messageId: `m${++this.sequence}`, groupId, body: JSON.stringify(update) };
    const pending = this.groups.get(groupId) ?? [];
    pending.push(message);
    this.groups.set(groupId, pending);
    if (!this.paused) this.start(groupId);
  }

  private start(groupId: string): void {
    if (this.running.has(groupId)) return;
    if (this.running.size >= this.maxConcurrentGroups) {
      this.waiting.add(groupId);
      return;
    }
    const run = this.drain(groupId).finally(() => {
      this.running.delete(groupId);
      const next = this.waiting.values().next();
      if (!next.done) {
        this.waiting.delete(next.value);
        this.start(next.value);
      }
    });
    this.running.set(groupId, run);
  }

  /** Resolves when every queued message was handled or dead-lettered. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()]);
  }

  private async drain(groupId: string): Promise<void> {
    const pending = this.groups.get(groupId) ?? [];
    while (pending.length > 0) {
      const message = pending[0] as QueuedUpdate;
      let delivered = false;
      for (let attempt = 1; attempt <= this.maxReceiveCount && !delivered; attempt++) {
        delivered = !(await this.consume([message]).catch(() => [message.messageId])).includes(message.messageId);
      }
      if (!delivered) this.deadLetters.push(message);
      pending.shift();
    }
    this.groups.delete(groupId);
  }
}
