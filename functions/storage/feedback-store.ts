import { type DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import type { QueueEntry } from "../core/admin/question-queue.js";
import { LANGUAGES, type Language, languageSchema } from "../core/knowledge/item-schema.js";
import { todayInKazakhstan } from "../core/time/kazakhstan-day.js";
import { queryPartition } from "./query-partition.js";

/** Feedback and declined questions are kept a year for the admins' queue and statistics. */
const KEEP_SECONDS = 365 * 24 * 3600;

export const feedbackEntrySchema = z.object({
  kind: z.enum(["vote", "declined", "comment"]),
  at: z.string(),
  language: languageSchema,
  /** The question with IIN/BIN and phone numbers masked. */
  question: z.string().optional(),
  itemId: z.string().optional(),
  vote: z.enum(["up", "down"]).optional(),
  comment: z.string().optional(),
  /** Set when an admin handled the entry in the queue. */
  handled: z.boolean().optional(),
});
export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;

/** Questions and votes of one day (Kazakhstan time), for the admins' statistics. */
export interface DayStats {
  day: string;
  answered: Record<Language, number>;
  declined: Record<Language, number>;
  up: number;
  down: number;
}

/** How far back the admins' queue looks. */
const QUEUE_SCAN_LIMIT = 1000;

/**
 * Feedback events (👍/👎, comments, declined questions) for the admins, and per-item answer counts for the
 * "most asked" list. Entries live under one partition per kind, sorted by time.
 */
export class FeedbackStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * `id` makes the write idempotent (e.g. the update id): a re-delivered update records nothing new. Votes also
   * count into the day's statistics.
   */
  async record(id: string, entry: Omit<FeedbackEntry, "at" | "handled">): Promise<void> {
    const at = new Date(this.now()).toISOString();
    // The key is fixed by the id (not the time) so that a retry of the same update finds the first write.
    const created = await this.client
      .send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: `feedback#${entry.kind}`, sk: `${id}`, id, ...entry, at, expiresAt: this.expiresAt() },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      )
      .then(() => true)
      .catch((error: unknown) => {
        if ((error as Error).name !== "ConditionalCheckFailedException") throw error;
        return false;
      });
    if (created && entry.kind === "vote" && entry.vote) await this.countDay({ [entry.vote]: 1 });
  }

  /** Counts one question of the day: answered or declined, per language. */
  async countQuestion(language: Language, answered: boolean): Promise<void> {
    await this.countDay({ [`${answered ? "answered" : "declined"}_${language}`]: 1 });
  }

  /** The last `days` days (today included), oldest first; days without questions are zeros. */
  async dailyStats(days: number): Promise<DayStats[]> {
    const dates: string[] = [];
    for (let back = days - 1; back >= 0; back--)
      dates.push(todayInKazakhstan(new Date(this.now() - back * 86_400_000)));
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
        ExpressionAttributeValues: { ":pk": "stats#days", ":from": dates[0], ":to": dates[dates.length - 1] },
      }),
    );
    const byDay = new Map(Items.map((item) => [String(item.sk), item]));
    return dates.map((day) => {
      const item = byDay.get(day) ?? {};
      const count = (name: string) =>
        z
          .number()
          .catch(0)
          .parse(item[name] ?? 0);
      const perLanguage = (kind: string) =>
        Object.fromEntries(LANGUAGES.map((language) => [language, count(`${kind}_${language}`)])) as Record<
          Language,
          number
        >;
      return {
        day,
        answered: perLanguage("answered"),
        declined: perLanguage("declined"),
        up: count("up"),
        down: count("down"),
      };
    });
  }

  /** Declined questions and 👎 votes not yet handled, newest first, plus the comments left after a 👎. */
  async queue(): Promise<{ entries: QueueEntry[]; comments: FeedbackEntry[] }> {
    const [declined, votes, comments] = await Promise.all([
      this.queryKind("declined"),
      this.queryKind("vote"),
      this.queryKind("comment"),
    ]);
    const entries: QueueEntry[] = [];
    for (const { key, entry } of [...declined, ...votes]) {
      if (entry.handled || !entry.question) continue;
      if (entry.kind === "vote" && entry.vote !== "down") continue;
      entries.push({
        key,
        kind: entry.kind === "declined" ? "declined" : "downvote",
        question: entry.question,
        language: entry.language,
        at: entry.at,
        ...(entry.itemId ? { itemId: entry.itemId } : {}),
      });
    }
    return { entries, comments: comments.map(({ entry }) => entry).filter((entry) => !entry.handled) };
  }

  /** Marks queue entries handled; they stay for the statistics. */
  async markHandled(keys: readonly { pk: string; sk: string }[]): Promise<void> {
    for (const key of keys) {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: "SET handled = :yes",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeValues: { ":yes": true },
        }),
      );
    }
  }

  /** Entries of one kind, newest first. */
  async list(kind: FeedbackEntry["kind"], limit = 100): Promise<FeedbackEntry[]> {
    return (await this.queryKind(kind)).slice(0, limit).map(({ entry }) => entry);
  }

  async countAnswer(itemId: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: "stats#answers", sk: itemId },
        UpdateExpression: "ADD answers :one",
        ExpressionAttributeValues: { ":one": 1 },
      }),
    );
  }

  /** Item ids by how often they were answered, most first. */
  async mostAnswered(limit: number): Promise<string[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": "stats#answers" },
      }),
    );
    return Items.map((item) => ({ id: String(item.sk), answers: Number(item.answers ?? 0) }))
      .sort((a, b) => b.answers - a.answers || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((item) => item.id);
  }

  private async queryKind(kind: FeedbackEntry["kind"]) {
    const items = await queryPartition(this.client, this.tableName, `feedback#${kind}`, { limit: QUEUE_SCAN_LIMIT });
    return items
      .map((item) => ({ key: { pk: String(item.pk), sk: String(item.sk) }, entry: feedbackEntrySchema.parse(item) }))
      .sort((a, b) => b.entry.at.localeCompare(a.entry.at))
      .slice(0, QUEUE_SCAN_LIMIT);
  }

  private async countDay(counters: Record<string, number>): Promise<void> {
    const names = Object.keys(counters);
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: "stats#days", sk: todayInKazakhstan(new Date(this.now())) },
        UpdateExpression: `ADD ${names.map((_, i) => `#c${i} :c${i}`).join(", ")}`,
        ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#c${i}`, name])),
        ExpressionAttributeValues: Object.fromEntries(names.map((name, i) => [`:c${i}`, counters[name]])),
      }),
    );
  }

  private expiresAt(): number {
    return Math.floor(this.now() / 1000) + KEEP_SECONDS;
  }
}
