import type { Language } from "../knowledge/item-schema.js";
import { stableHash } from "../stable-hash.js";

/** One thing the admins should look at: a question the bot declined, or an answer a user rated 👎. */
export interface QueueEntry {
  /** Storage key of the entry, so a group can be marked handled. */
  key: { pk: string; sk: string };
  kind: "declined" | "downvote";
  question: string;
  language: Language;
  /** The item that was answered (for 👎). */
  itemId?: string;
  comment?: string;
  at: string;
}

export interface QueueGroup {
  /** Short stable id of the group (callback data). */
  id: string;
  kind: QueueEntry["kind"];
  /** The most recent question of the group, shown to the admin. */
  question: string;
  language: Language;
  itemId?: string;
  count: number;
  lastAt: string;
  entries: QueueEntry[];
  comments: string[];
}

/** Two questions whose word stems overlap this much (Jaccard) are "the same question". */
const SIMILARITY = 0.5;
/** A crude stem that works across ru/kk/en: enough to group "регистрация фонда" with "регистрировать фонд". */
const STEM_LENGTH = 5;

/** Word stems of a question, without short words. */
export function questionStems(question: string): Set<string> {
  const words =
    question
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => word.length >= 3).map((word) => word.slice(0, STEM_LENGTH)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Groups similar questions (greedy, newest first): same kind, same language, same answered item for 👎, and
 * word stems overlapping at least half. Biggest groups first, then the most recent.
 */
export function groupQueue(
  entries: readonly QueueEntry[],
  comments: readonly { itemId?: string; question?: string; comment?: string }[] = [],
): QueueGroup[] {
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  const groups: { group: QueueGroup; stems: Set<string> }[] = [];
  for (const entry of sorted) {
    const stems = questionStems(entry.question);
    const home = groups.find(
      ({ group, stems: groupStems }) =>
        group.kind === entry.kind &&
        group.language === entry.language &&
        group.itemId === entry.itemId &&
        jaccard(groupStems, stems) >= SIMILARITY,
    );
    if (home) {
      home.group.count++;
      home.group.entries.push(entry);
      if (entry.comment) home.group.comments.push(entry.comment);
      continue;
    }
    groups.push({
      stems,
      group: {
        id: groupId(entry),
        kind: entry.kind,
        question: entry.question,
        language: entry.language,
        ...(entry.itemId ? { itemId: entry.itemId } : {}),
        count: 1,
        lastAt: entry.at,
        entries: [entry],
        comments: entry.comment ? [entry.comment] : [],
      },
    });
  }
  // A comment follows a 👎: it belongs to the group holding that vote (same item, same question).
  for (const { itemId, question, comment } of comments) {
    if (!comment) continue;
    const home = groups.find(
      ({ group }) =>
        group.kind === "downvote" &&
        group.itemId === itemId &&
        group.entries.some((entry) => entry.question === question),
    );
    home?.group.comments.push(comment);
  }
  return groups.map(({ group }) => group).sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
}

/** Named after the group's newest entry, which stays its newest until it is handled. */
function groupId(entry: QueueEntry): string {
  return stableHash(`${entry.key.pk}|${entry.key.sk}`).toString(36);
}
