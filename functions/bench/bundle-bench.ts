import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type BuildOptions, build } from "esbuild";
import { ms, quantile } from "./stats.js";

/** The same options the CDK stack's BotFunction bundles with. */
const LAMBDA_BUNDLE: BuildOptions = {
  bundle: true,
  minify: true,
  keepNames: true,
  platform: "node",
  target: "node22",
  format: "cjs",
  charset: "utf8",
  external: ["@aws-sdk/*"],
  logLevel: "silent",
};

async function bundle(entry: string, outfile: string): Promise<number> {
  await build({ ...LAMBDA_BUNDLE, entryPoints: [entry], outfile });
  return statSync(outfile).size;
}

/** 21 rather than 11: with 11, one run of three on the same bundles read 2.03 where the others read 1.71–1.75. */
const COLD_IMPORT_RUNS = 21;

/**
 * Median wall time of a fresh `node` process that only loads each bundle. The bundles take turns, run by run, so
 * that this shared machine speeding up or slowing down moves them all alike: measured one bundle after the other,
 * the worker-to-bare ratio swung between 1.8 and 2.3 from one bench run to the next.
 */
function coldImports(files: readonly string[], runs = COLD_IMPORT_RUNS): number[] {
  const samples = files.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    files.forEach((file, index) => {
      const started = performance.now();
      execFileSync(process.execPath, ["-e", `require(${JSON.stringify(file)})`]);
      samples[index]?.push(performance.now() - started);
    });
  }
  return samples.map((times) => quantile(times, 0.5));
}

/** Worker and webhook bundle sizes and cold import times against a bare grammY bundle. */
export async function runBundleBench(): Promise<string[]> {
  // Inside the project, so the bundles resolve the AWS SDK (external, as in the Lambda runtime) from node_modules.
  const cache = path.resolve("node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, "bundle-bench-"));
  const bareEntry = path.join(dir, "bare.ts");
  writeFileSync(bareEntry, 'import { Bot } from "grammy/web";\nexport const handler = () => new Bot("1:x");\n');
  const bareNodeEntry = path.join(dir, "bare-node.ts");
  writeFileSync(bareNodeEntry, 'import { Bot } from "grammy";\nexport const handler = () => new Bot("1:x");\n');
  const nodePaths = [path.resolve("node_modules")];
  const worker = await bundle(path.resolve("functions/worker/handler.ts"), path.join(dir, "worker.js"));
  const webhook = await bundle(path.resolve("functions/webhook/handler.ts"), path.join(dir, "webhook.js"));
  await build({ ...LAMBDA_BUNDLE, entryPoints: [bareEntry], outfile: path.join(dir, "bare.js"), nodePaths });
  const bare = statSync(path.join(dir, "bare.js")).size;
  await build({ ...LAMBDA_BUNDLE, entryPoints: [bareNodeEntry], outfile: path.join(dir, "bare-node.js"), nodePaths });
  const bareNode = statSync(path.join(dir, "bare-node.js")).size;
  const [bareNodeImport = 0, workerImport = 0, bareImport = 0] = coldImports([
    path.join(dir, "bare-node.js"),
    path.join(dir, "worker.js"),
    path.join(dir, "bare.js"),
  ]);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  return [
    "bundles (esbuild, minified CJS, @aws-sdk external, as deployed)",
    `  worker ${kb(worker)} (bar ≤ 1024 KB), webhook ${kb(webhook)}, bare grammY: web build ${kb(bare)}, node build ${kb(bareNode)}`,
    `  cold import (median of ${COLD_IMPORT_RUNS} fresh node processes each, taking turns, node start-up included): worker ${ms(workerImport)}; bare grammY web ${ms(bareImport)} (ratio ${(workerImport / bareImport).toFixed(2)}), node ${ms(bareNodeImport)} (ratio ${(workerImport / bareNodeImport).toFixed(2)}); bar ≤ 2`,
  ];
}
