import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { checkKnowledge, type KnowledgeCheck, type KnowledgeFile } from "../core/knowledge/check-knowledge.js";
import { type Glossary, parseGlossary } from "../core/knowledge/glossary.js";
import { todayInKazakhstan } from "../core/time/kazakhstan-day.js";

/**
 * The knowledge folder: `KNOWLEDGE_DIR`, else `knowledge/` in the working directory (npm scripts run from the
 * project root; the Lambda bundle ships the folder next to its code in /var/task).
 */
export const DEFAULT_KNOWLEDGE_DIR = path.resolve(process.env.KNOWLEDGE_DIR ?? "knowledge");
export const GLOSSARY_FILE = "glossary.yaml";

/** Reads every `*.md` item below `dir` (sorted, paths relative to the project root). */
export async function readKnowledgeFiles(dir = DEFAULT_KNOWLEDGE_DIR): Promise<KnowledgeFile[]> {
  const root = path.dirname(dir);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md") && entry.name !== "README.md")
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(
    paths.map(async (file) => ({ file: path.relative(root, file), text: await readFile(file, "utf8") })),
  );
}

export async function readGlossary(dir = DEFAULT_KNOWLEDGE_DIR): Promise<Glossary> {
  return parseGlossary(await readFile(path.join(dir, GLOSSARY_FILE), "utf8"));
}

export { todayInKazakhstan } from "../core/time/kazakhstan-day.js";

/** Loads and checks the folder; the caller decides what to do with issues. */
export async function loadKnowledgeFolder(
  dir = DEFAULT_KNOWLEDGE_DIR,
  today = todayInKazakhstan(),
): Promise<KnowledgeCheck> {
  return checkKnowledge(await readKnowledgeFiles(dir), today);
}
