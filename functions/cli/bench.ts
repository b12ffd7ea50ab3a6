/**
 * `npm run bench`: performance report. Each section is a function returning report lines; add a section by
 * adding it to SECTIONS.
 */
import { runEngineBench } from "../bench/engine-bench.js";

const SECTIONS: (() => Promise<string[]>)[] = [runEngineBench];

for (const section of SECTIONS) {
  console.log((await section()).join("\n"));
  console.log();
}
