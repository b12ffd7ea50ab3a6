import { parseDocument } from "yaml";
import type { Language } from "./item-schema.js";
import { FRONT_MATTER } from "./parse-item.js";

/**
 * Adds a question to an item's paraphrases in one language, keeping the rest of the Markdown (comments,
 * formatting, body) as it was: the edit an admin makes when a real question was missed. Returns undefined when
 * the text has no front matter or the question is already there.
 */
export function addParaphrase(markdown: string, language: Language, question: string): string | undefined {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return undefined;
  const [, yamlText = "", body = ""] = match;
  const document = parseDocument(yamlText);
  const existing = document.getIn(["questions", language]);
  const list = (existing as { toJSON?: () => unknown } | undefined)?.toJSON?.();
  const cleaned = question.replace(/\s+/g, " ").trim();
  if (!cleaned || (Array.isArray(list) && list.includes(cleaned))) return undefined;
  document.addIn(["questions", language], cleaned);
  return `---\n${document.toString({ lineWidth: 0 }).trimEnd()}\n---\n${body}`;
}
