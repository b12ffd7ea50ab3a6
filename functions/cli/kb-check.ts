/**
 * `npm run kb:check [-- DIR]`: validates every knowledge item and the glossary; prints one line per
 * problem (`file: field: reason`) and exits 1 when there is any.
 */
import path from "node:path";
import {
  DEFAULT_KNOWLEDGE_DIR,
  GLOSSARY_FILE,
  loadKnowledgeFolder,
  readGlossary,
} from "../adapters/knowledge-folder.js";
import { formatIssue } from "../core/knowledge/check-knowledge.js";

const dir = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_KNOWLEDGE_DIR;
const { items, issues } = await loadKnowledgeFolder(dir);
const lines = issues.map(formatIssue);
try {
  await readGlossary(dir);
} catch (error) {
  lines.push(
    `${path.join(path.basename(dir), GLOSSARY_FILE)}: glossary: ${(error as Error).message.replace(/\s+/g, " ")}`,
  );
}
for (const line of lines) console.error(line);
const languages = items.length * 3;
console.log(`kb:check: ${items.length} items (${languages} language versions), ${lines.length} problems`);
process.exit(lines.length > 0 ? 1 : 0);
