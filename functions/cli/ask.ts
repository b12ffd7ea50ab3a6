/**
 * `npm run ask -- [--lang ru|kk|en] [--json] "question"` and `npm run ask -- --json --batch FILE.jsonl`.
 *
 * Answers from `knowledge/` offline. `--json` prints exactly one object per question:
 * `{"question","language","answered","answer","citations":[{"id","title","url"}],"confidence"}`; without it the
 * plain-text answer card. Nothing else goes to stdout: warnings (skipped invalid items, a missing glossary) go to
 * stderr.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as z from "zod";
import {
  DEFAULT_KNOWLEDGE_DIR,
  loadKnowledgeFolder,
  readGlossary,
  todayInKazakhstan,
} from "../adapters/knowledge-folder.js";
import { readLocaleSources } from "../adapters/locales-folder.js";
import { type AnswerCard, renderAnswerCard } from "../core/answer/answer-card.js";
import { type CardLabelSource, cardLabelsFrom } from "../core/answer/card-labels.js";
import { answerQuestion } from "../core/engine/answer-question.js";
import { buildKnowledgeIndex, type KnowledgeIndex } from "../core/engine/knowledge-index.js";
import { createTranslator } from "../core/i18n/translator.js";
import type { Glossary } from "../core/knowledge/glossary.js";
import { type KnowledgeItem, type Language, languageSchema } from "../core/knowledge/item-schema.js";

export interface EngineKnowledge {
  items: KnowledgeItem[];
  glossary: Glossary;
  /** Non-fatal problems, one line each, for stderr. */
  warnings: string[];
}

/**
 * Loads the knowledge folder for the engine CLIs: invalid items are skipped (with a warning), and a missing
 * or invalid glossary is replaced by an empty one (with a warning) so the CLIs work while it is being written.
 */
export async function loadEngineKnowledge(
  dir = DEFAULT_KNOWLEDGE_DIR,
  today = todayInKazakhstan(),
): Promise<EngineKnowledge> {
  const { items, issues } = await loadKnowledgeFolder(dir, today);
  const loaded = new Set(items.map((item) => item.source));
  const warnings = issues
    .filter((issue) => !loaded.has(issue.file))
    .map((issue) => `skipped invalid item ${issue.file}: ${issue.field}: ${issue.message}`);
  let glossary: Glossary;
  try {
    glossary = await readGlossary(dir);
  } catch (error) {
    warnings.push(`glossary not used (${(error as Error).message.split("\n")[0]}); answering without it`);
    glossary = { terms: [] };
  }
  return { items, glossary, warnings };
}

/** The `--json` output contract: exactly these keys. */
export interface AskJson {
  question: string;
  language: Language;
  answered: boolean;
  answer: string;
  citations: { id: string; title: string; url: string }[];
  confidence: number;
}

export function toAskJson(question: string, language: Language, card: AnswerCard, confidence: number): AskJson {
  return { question, language, answered: card.answered, answer: card.text, citations: card.citations, confidence };
}

const batchLineSchema = z.object({ q: z.string(), lang: languageSchema.optional() });

interface Args {
  lang?: Language;
  json: boolean;
  batch?: string;
  question?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--json") args.json = true;
    else if (arg === "--lang") args.lang = languageSchema.parse(argv[++i]);
    else if (arg.startsWith("--lang=")) args.lang = languageSchema.parse(arg.slice(7));
    else if (arg === "--batch") args.batch = argv[++i];
    else if (arg.startsWith("--batch=")) args.batch = arg.slice(8);
    else if (arg === "--") continue;
    else words.push(arg);
  }
  if (words.length > 0) args.question = words.join(" ");
  return args;
}

const USAGE =
  'usage: npm run ask -- [--lang ru|kk|en] [--json] "question"  |  npm run ask -- --json --batch FILE.jsonl';

function answerOne(
  index: KnowledgeIndex,
  question: string,
  lang: Language | undefined,
  today: string,
  labels: CardLabelSource,
) {
  const result = answerQuestion(index, question, { language: lang, today });
  const card = renderAnswerCard(result, index, { today, labels });
  return { result, card };
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!args.batch && !args.question) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const today = todayInKazakhstan();
  const knowledge = await loadEngineKnowledge(DEFAULT_KNOWLEDGE_DIR, today);
  for (const warning of knowledge.warnings) process.stderr.write(`ask: ${warning}\n`);
  const index = buildKnowledgeIndex(knowledge.items, knowledge.glossary);
  const translator = createTranslator(await readLocaleSources());
  const labels = cardLabelsFrom(translator.t);

  if (args.batch) {
    const text = await readFile(path.resolve(args.batch), "utf8");
    const out: string[] = [];
    for (const [lineNumber, line] of text.split("\n").entries()) {
      if (!line.trim()) continue;
      let input: z.infer<typeof batchLineSchema>;
      try {
        input = batchLineSchema.parse(JSON.parse(line));
      } catch (error) {
        process.stderr.write(`ask: ${args.batch}:${lineNumber + 1}: ${(error as Error).message.split("\n")[0]}\n`);
        return 2;
      }
      const { result, card } = answerOne(index, input.q, input.lang ?? args.lang, today, labels);
      const json = toAskJson(input.q, result.language, card, result.confidence);
      if (args.json) out.push(JSON.stringify(json));
      else out.push(`${card.text}\n`);
    }
    process.stdout.write(out.length > 0 ? `${out.join("\n")}\n` : "");
    return 0;
  }

  const question = args.question as string;
  const { result, card } = answerOne(index, question, args.lang, today, labels);
  if (args.json)
    process.stdout.write(`${JSON.stringify(toAskJson(question, result.language, card, result.confidence))}\n`);
  else process.stdout.write(`${card.text}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
