/**
 * `npm run bench`: performance report. Each section is a function returning report lines; add a section by
 * adding it to SECTIONS.
 */
import "../local/quiet-sdk-warning.js";
import { runBundleBench } from "../bench/bundle-bench.js";
import { runEngineBench } from "../bench/engine-bench.js";
import { collectGarbage } from "../bench/garbage.js";
import { runWebhookBench } from "../bench/webhook-bench.js";

const SECTIONS: (() => Promise<string[]>)[] = [runEngineBench, runWebhookBench, runBundleBench];

for (const section of SECTIONS) {
  collectGarbage(); // the previous section's garbage is not the next one's latency
  console.log((await section()).join("\n"));
  console.log();
}
