import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import type { TelegramUpdate } from "../core/telegram/update-schema.js";
import type { UpdateQueue } from "../webhook/update-queue.js";

/** SQS FIFO: one message group per chat keeps order; the update id is the deduplication id. */
export class SqsUpdateQueue implements UpdateQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(update: TelegramUpdate, groupId: string, deduplicationId: string): Promise<void> {
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify(update),
        MessageGroupId: groupId,
        MessageDeduplicationId: deduplicationId,
      }),
    );
  }
}

export function createSqsClient(region: string): SQSClient {
  return new SQSClient({ region, maxAttempts: 2 });
}
