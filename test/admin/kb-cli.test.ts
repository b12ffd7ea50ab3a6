import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { freshTables } from "../helpers/dynamo.js";

const run = promisify(execFile);

describe("npm run kb:import / kb:export", () => {
  it("should seed the live knowledge, skip with --if-empty, and export it back byte for byte with the glossary", async () => {
    const { names, endpoint } = await freshTables();
    const env = { ...process.env, DYNAMODB_ENDPOINT: endpoint, STATE_TABLE_NAME: names.stateTable };
    // As `npm run deploy` runs it: the table name comes from the stack outputs written by `cdk deploy`.
    const outputs = path.join(await mkdtemp(path.join(tmpdir(), "cdk-")), "cdk-outputs.json");
    await writeFile(
      outputs,
      JSON.stringify({ KzNgoBot: { WebhookUrl: "https://x", StateTableName: names.stateTable } }),
    );
    const first = await run("npx", ["tsx", "functions/cli/kb-import.ts", "--if-empty", "--outputs", outputs], {
      env: { ...process.env, DYNAMODB_ENDPOINT: endpoint },
    });
    expect(first.stdout).toMatch(/kb:import: 54 new, 0 changed, 0 unchanged; version 2/);
    const again = await run("npx", ["tsx", "functions/cli/kb-import.ts", "--if-empty"], { env });
    expect(again.stdout).toContain("already loaded (version 2); nothing imported");

    const out = path.join(await mkdtemp(path.join(tmpdir(), "kb-out-")), "knowledge");
    const exported = await run("npx", ["tsx", "functions/cli/kb-export.ts", "--dir", out], { env });
    expect(exported.stdout).toMatch(/kb:export: 54 items written/);
    for (const file of ["registration/registration-fee.md", "glossary.yaml"]) {
      expect(await readFile(path.join(out, file), "utf8")).toBe(await readFile(path.join("knowledge", file), "utf8"));
    }
    const check = await run("npx", ["tsx", "functions/cli/kb-check.ts", out]);
    expect(check.stdout).toMatch(/54 items .* 0 problems/);
  });

  it("should fail with a clear message when the table is missing", async () => {
    const { endpoint } = await freshTables();
    const env = { ...process.env, DYNAMODB_ENDPOINT: endpoint, STATE_TABLE_NAME: "no-such-table" };
    const failure = await run("npx", ["tsx", "functions/cli/kb-import.ts"], { env }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining("kb:import:") });
  });
});
