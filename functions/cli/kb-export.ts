/**
 * `npm run kb:export [-- --dir knowledge]`: writes the live knowledge (the latest published revision of every
 * item) back to Markdown, each item at its own path, byte for byte as stored, so `git diff` shows what the admins
 * changed in Telegram and `kb:check` accepts the folder. The glossary is not edited in Telegram; it is copied
 * from the project's knowledge folder when exporting elsewhere.
 */
import { copyFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_KNOWLEDGE_DIR, GLOSSARY_FILE } from "../adapters/knowledge-folder.js";
import { exportKnowledge } from "../bot/admin/knowledge-sync.js";
import { parseConfig, storageConfigSchema } from "../config.js";
import { createDocumentClient } from "../storage/dynamo-client.js";
import { KnowledgeStore } from "../storage/knowledge-store.js";

const { values } = parseArgs({ options: { dir: { type: "string", default: DEFAULT_KNOWLEDGE_DIR } } });

try {
  const config = parseConfig(storageConfigSchema, process.env);
  const documents = createDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  const dir = path.resolve(values.dir);
  const written = await exportKnowledge(new KnowledgeStore(documents, config.STATE_TABLE_NAME), dir);
  if (written.length === 0) {
    console.error("kb:export: the live knowledge is empty (run npm run kb:import first); nothing written");
    process.exitCode = 1;
  } else {
    if (dir !== DEFAULT_KNOWLEDGE_DIR)
      await copyFile(path.join(DEFAULT_KNOWLEDGE_DIR, GLOSSARY_FILE), path.join(dir, GLOSSARY_FILE));
    console.log(`kb:export: ${written.length} items written to ${path.relative(process.cwd(), dir) || "."}`);
  }
} catch (error) {
  console.error(`kb:export: ${(error as Error).message}`);
  process.exitCode = 1;
}
