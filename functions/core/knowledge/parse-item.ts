import { parse as parseYaml } from "yaml";
import type * as z from "zod";
import { itemFrontMatterSchema, type KnowledgeItem, LANGUAGES, type Language } from "./item-schema.js";

/** One defect found in a knowledge file: which file, which field, and why. */
export interface KnowledgeIssue {
  file: string;
  field: string;
  message: string;
}

export type ParseResult = { ok: true; item: KnowledgeItem } | { ok: false; issues: KnowledgeIssue[] };

/** YAML front matter between `---` lines, then the body. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const LANGUAGE_HEADING = /^##\s+(ru|kk|en)\s*$/gm;

/**
 * Parses one knowledge item: YAML front matter between `---` lines, then a body with one `## ru`,
 * `## kk` and `## en` section each. Pure: the caller reads the file.
 */
export function parseItem(file: string, text: string): ParseResult {
  const match = FRONT_MATTER.exec(text);
  if (!match) return fail(file, "front matter", "the file must start with YAML front matter between --- lines");
  const [, yamlText = "", bodyText = ""] = match;

  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    return fail(file, "front matter", `invalid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = itemFrontMatterSchema.safeParse(raw);
  const issues: KnowledgeIssue[] = parsed.success ? [] : zodIssues(file, parsed.error);

  const body = splitBody(bodyText);
  for (const language of LANGUAGES) {
    if (!body.sections[language]) issues.push({ file, field: `body.${language}`, message: "missing language section" });
  }
  for (const duplicate of body.duplicates) {
    issues.push({ file, field: `body.${duplicate}`, message: "language section appears twice" });
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, item: { ...parsed.data, body: body.sections as Record<Language, string>, source: file } };
}

function splitBody(text: string): { sections: Partial<Record<Language, string>>; duplicates: Language[] } {
  const sections: Partial<Record<Language, string>> = {};
  const duplicates: Language[] = [];
  const headings = [...text.matchAll(LANGUAGE_HEADING)];
  headings.forEach((heading, index) => {
    const language = heading[1] as Language;
    const start = (heading.index ?? 0) + heading[0].length;
    const end = headings[index + 1]?.index ?? text.length;
    const content = text.slice(start, end).trim();
    if (sections[language] !== undefined) duplicates.push(language);
    else if (content) sections[language] = content;
  });
  return { sections, duplicates };
}

function zodIssues(file: string, error: z.ZodError): KnowledgeIssue[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length > 0 ? issue.path.join(".") : "front matter",
    message: issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message,
  }));
}

function fail(file: string, field: string, message: string): ParseResult {
  return { ok: false, issues: [{ file, field, message }] };
}
