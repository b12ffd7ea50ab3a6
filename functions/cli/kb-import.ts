/**
 * `npm run kb:import [-- --dir knowledge] [--if-empty] [--outputs cdk-outputs.json]`: loads the knowledge folder
 * into the live store (DynamoDB) as new revisions of the items that are new or changed. The folder must pass
 * kb:check. `--if-empty` only seeds a store never loaded before (used by `npm run deploy` and `npm start`).
 * The table comes from STATE_TABLE_NAME (and DYNAMODB_ENDPOINT locally) or from the deploy's outputs file.
 */
import { readFile } from "node:fs/promises";
import os from "node:os";
import { parseArgs } from "node:util";
import * as z from "zod";
import { DEFAULT_KNOWLEDGE_DIR, readKnowledgeFiles, todayInKazakhstan } from "../adapters/knowledge-folder.js";
import { importKnowledge } from "../bot/admin/knowledge-sync.js";
import { parseConfig, storageConfigSchema } from "../config.js";
import { formatIssue } from "../core/knowledge/check-knowledge.js";
import { AuditLog } from "../storage/audit-log.js";
import { createDocumentClient } from "../storage/dynamo-client.js";
import { KnowledgeStore } from "../storage/knowledge-store.js";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: DEFAULT_KNOWLEDGE_DIR },
    "if-empty": { type: "boolean", default: false },
    outputs: { type: "string" },
  },
});

/** `cdk deploy --outputs-file` writes `{ "<stack>": { "StateTableName": "…" } }`. */
const outputsSchema = z.record(z.string(), z.object({ StateTableName: z.string().optional() }).loose());

async function tableFromOutputs(file: string): Promise<string> {
  const outputs = outputsSchema.parse(JSON.parse(await readFile(file, "utf8")));
  const name = Object.values(outputs).find((stack) => stack.StateTableName)?.StateTableName;
  if (!name) throw new Error(`${file} has no StateTableName output`);
  return name;
}

try {
  const env = values.outputs
    ? { ...process.env, STATE_TABLE_NAME: await tableFromOutputs(values.outputs) }
    : process.env;
  const config = parseConfig(storageConfigSchema, env);
  const documents = createDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  const result = await importKnowledge(
    new KnowledgeStore(documents, config.STATE_TABLE_NAME),
    new AuditLog(documents, config.STATE_TABLE_NAME),
    await readKnowledgeFiles(values.dir),
    { actor: `cli:${os.userInfo().username}`, today: todayInKazakhstan(), ifEmpty: values["if-empty"] },
  );
  if (result.status === "invalid") {
    for (const issue of result.issues) console.error(formatIssue(issue));
    console.error(`kb:import: nothing imported, ${result.issues.length} problems (see npm run kb:check)`);
    process.exitCode = 1;
  } else if (result.status === "skipped") {
    console.log(`kb:import: the live knowledge is already loaded (version ${result.version}); nothing imported`);
  } else {
    console.log(
      `kb:import: ${result.created.length} new, ${result.changed.length} changed, ${result.unchanged} unchanged; version ${result.version}`,
    );
    if (result.notInFolder.length > 0) {
      console.log(`kb:import: live items not in the folder (kept): ${result.notInFolder.join(", ")}`);
    }
  }
} catch (error) {
  console.error(`kb:import: ${(error as Error).message}`);
  process.exitCode = 1;
}
