import { type KnowledgeItem, LANGUAGES } from "./item-schema.js";
import { type KnowledgeIssue, parseItem } from "./parse-item.js";

/**
 * Longest body section, in characters, that still fits one Telegram message (4096) together with the
 * title, summary, legal basis and "verified on" line of the answer card.
 */
export const MAX_BODY_CHARS = 3000;

export interface KnowledgeFile {
  /** Path relative to the project, used in every issue. */
  file: string;
  text: string;
}

export interface KnowledgeCheck {
  items: KnowledgeItem[];
  issues: KnowledgeIssue[];
}

/**
 * Validates every knowledge file on its own and the set as a whole: duplicated ids, broken `related`
 * ids, review dates in the past, a paraphrase used by two items, body sections too long for one message.
 * Pure: `today` is passed in (YYYY-MM-DD).
 */
export function checkKnowledge(files: KnowledgeFile[], today: string): KnowledgeCheck {
  const items: KnowledgeItem[] = [];
  const issues: KnowledgeIssue[] = [];
  for (const { file, text } of files) {
    const result = parseItem(file, text);
    if (result.ok) items.push(result.item);
    else issues.push(...result.issues);
  }

  const fileById = new Map<string, string>();
  for (const item of items) {
    const first = fileById.get(item.id);
    if (first)
      issues.push({ file: item.source, field: "id", message: `duplicated id "${item.id}" (also in ${first})` });
    else fileById.set(item.id, item.source);
  }

  const ownerOfParaphrase = new Map<string, KnowledgeItem>();
  for (const item of items) {
    for (const related of item.related) {
      if (related === item.id)
        issues.push({ file: item.source, field: "related", message: "an item cannot relate to itself" });
      else if (!fileById.has(related))
        issues.push({ file: item.source, field: "related", message: `unknown item id "${related}"` });
    }
    if (item.review_due < today) {
      issues.push({ file: item.source, field: "review_due", message: `review date ${item.review_due} has passed` });
    }
    if (item.review_due < item.verified_on) {
      issues.push({ file: item.source, field: "review_due", message: "review date is before verified_on" });
    }
    if (item.verified_on > today) {
      issues.push({ file: item.source, field: "verified_on", message: `date ${item.verified_on} is in the future` });
    }
    for (const language of LANGUAGES) {
      const length = item.body[language].length;
      if (length > MAX_BODY_CHARS) {
        issues.push({
          file: item.source,
          field: `body.${language}`,
          message: `section is ${length} characters; at most ${MAX_BODY_CHARS} fit one Telegram message`,
        });
      }
      for (const question of item.questions[language]) {
        const key = `${language}:${paraphraseKey(question)}`;
        const owner = ownerOfParaphrase.get(key);
        if (owner && owner.id !== item.id) {
          issues.push({
            file: item.source,
            field: `questions.${language}`,
            message: `paraphrase "${question}" is also used by item "${owner.id}"`,
          });
        } else if (!owner) ownerOfParaphrase.set(key, item);
      }
    }
  }
  return { items, issues };
}

/** Paraphrases that differ only in case, punctuation or spacing count as the same. */
function paraphraseKey(question: string): string {
  return question
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** One line per issue, `file: field: reason`, the format `npm run kb:check` prints. */
export function formatIssue(issue: KnowledgeIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}
