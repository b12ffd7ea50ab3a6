import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import { languageSchema } from "../core/knowledge/item-schema.js";

/** A case is kept two years: operators may look back at how a question was answered. */
const KEEP_SECONDS = 2 * 365 * 24 * 3600;

export const CASE_STATUSES = ["open", "answered", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const caseSchema = z.object({
  caseId: z.string(),
  status: z.enum(CASE_STATUSES),
  userChatId: z.number(),
  language: languageSchema,
  /** The user's question (IIN/BIN and phone numbers masked before storing). */
  question: z.string(),
  /** The item the bot answered with, if any, and how sure it was. */
  botItemId: z.string().optional(),
  confidence: z.number().optional(),
  createdAt: z.string(),
  /** Where the case was delivered to the operators; absent until delivered. */
  operatorChatId: z.number().optional(),
  threadId: z.number().optional(),
  caseMessageId: z.number().optional(),
  /** Operator messages relayed to the user. */
  answers: z.number().default(0),
  /** The operator's latest text answer (masked, shortened): shown to the admin who turns the case into a draft. */
  lastAnswer: z.string().optional(),
});
export type Case = z.infer<typeof caseSchema>;

export type RelayClaim = "claimed" | "done";

/**
 * Consultant cases: open → answered → closed, stored in DynamoDB. Every step is a conditional write so a
 * re-delivered update repeats nothing that already happened: the case id comes from the update id, delivery
 * details are written once, and each relayed operator message is claimed before it is sent.
 */
export class CaseStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates the case, or returns the one a previous attempt of the same update created. */
  async create(input: Omit<Case, "status" | "createdAt" | "answers">): Promise<Case> {
    const created: Case = { ...input, status: "open", createdAt: new Date(this.now()).toISOString(), answers: 0 };
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: this.key(input.caseId), sk: "case", ...created, expiresAt: this.expiresAt() },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return created;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.get(input.caseId);
      if (!existing) throw error;
      return existing;
    }
  }

  async get(caseId: string): Promise<Case | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: this.key(caseId), sk: "case" }, ConsistentRead: true }),
    );
    return Item ? caseSchema.parse(Item) : undefined;
  }

  /** Records where the case was posted, with lookups from the operators' thread and message back to the case. */
  async recordDelivery(caseId: string, delivery: { operatorChatId: number; threadId?: number; caseMessageId: number }) {
    const lookups = [
      `case-msg#${delivery.operatorChatId}#${delivery.caseMessageId}`,
      ...(delivery.threadId ? [`case-thread#${delivery.operatorChatId}#${delivery.threadId}`] : []),
    ];
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: { pk: this.key(caseId), sk: "case" },
              UpdateExpression:
                "SET operatorChatId = :chat, caseMessageId = :message" +
                (delivery.threadId ? ", threadId = :thread" : ""),
              ConditionExpression: "attribute_exists(pk)",
              ExpressionAttributeValues: {
                ":chat": delivery.operatorChatId,
                ":message": delivery.caseMessageId,
                ...(delivery.threadId ? { ":thread": delivery.threadId } : {}),
              },
            },
          },
          ...lookups.map((pk) => ({
            Put: { TableName: this.tableName, Item: { pk, sk: "case-link", caseId, expiresAt: this.expiresAt() } },
          })),
        ],
      }),
    );
  }

  /** Remembers the forum topic made for a case before anything is posted in it, so a retry reuses it. */
  async recordThread(caseId: string, operatorChatId: number, threadId: number): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: this.key(caseId), sk: "case" },
        UpdateExpression: "SET operatorChatId = :chat, threadId = :thread",
        ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(threadId)",
        ExpressionAttributeValues: { ":chat": operatorChatId, ":thread": threadId },
      }),
    );
  }

  /** The case behind an operators' forum topic or a case message the operator replied to. */
  async findByOperatorMessage(chatId: number, threadId: number | undefined, repliedMessageId: number | undefined) {
    const keys = [
      ...(repliedMessageId ? [`case-msg#${chatId}#${repliedMessageId}`] : []),
      ...(threadId ? [`case-thread#${chatId}#${threadId}`] : []),
    ];
    for (const pk of keys) {
      const { Item } = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { pk, sk: "case-link" }, ConsistentRead: true }),
      );
      if (Item?.caseId) return this.get(String(Item.caseId));
    }
    return undefined;
  }

  /**
   * Claims relaying one operator message. "done" means an earlier attempt already sent it. A claim left by an
   * attempt that crashed mid-way is taken over (the message may then arrive twice, never zero times).
   */
  async claimRelay(chatId: number, messageId: number): Promise<RelayClaim> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: `relay#${chatId}#${messageId}`, sk: "relay", state: "sending", expiresAt: this.expiresAt() },
          ConditionExpression: "attribute_not_exists(pk) OR #state = :sending",
          ExpressionAttributeNames: { "#state": "state" },
          ExpressionAttributeValues: { ":sending": "sending" },
        }),
      );
      return "claimed";
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return "done";
      throw error;
    }
  }

  /** Marks the relay sent and moves the case to "answered" in one transaction. */
  async completeRelay(caseId: string, chatId: number, messageId: number, answerText?: string): Promise<void> {
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: { pk: `relay#${chatId}#${messageId}`, sk: "relay" },
              UpdateExpression: "SET #state = :sent",
              ExpressionAttributeNames: { "#state": "state" },
              ExpressionAttributeValues: { ":sent": "sent" },
            },
          },
          {
            Update: {
              TableName: this.tableName,
              Key: { pk: this.key(caseId), sk: "case" },
              UpdateExpression: `SET #status = :answered${answerText ? ", lastAnswer = :text" : ""} ADD answers :one`,
              ConditionExpression: "#status <> :closed",
              ExpressionAttributeNames: { "#status": "status" },
              ExpressionAttributeValues: {
                ":answered": "answered",
                ":closed": "closed",
                ":one": 1,
                ...(answerText ? { ":text": answerText } : {}),
              },
            },
          },
        ],
      }),
    );
  }

  /** Closes the case; false when it was already closed (so the user is told only once). */
  async close(caseId: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: this.key(caseId), sk: "case" },
          UpdateExpression: "SET #status = :closed",
          ConditionExpression: "attribute_exists(pk) AND #status <> :closed",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":closed": "closed" },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  private key(caseId: string): string {
    return `case#${caseId}`;
  }

  private expiresAt(): number {
    return Math.floor(this.now() / 1000) + KEEP_SECONDS;
  }
}
