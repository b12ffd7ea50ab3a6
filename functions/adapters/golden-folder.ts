import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { GoldenSet } from "../core/admin/regression-run.js";
import { parseGoldenLines } from "../core/engine/evaluate.js";

/**
 * The evaluation questions (`test/golden/*.jsonl`): `GOLDEN_DIR`, else `test/golden` in the working directory.
 * The worker bundle ships a copy so the admins' /testall runs the same questions as `npm run eval`.
 */
export const DEFAULT_GOLDEN_DIR = path.resolve(process.env.GOLDEN_DIR ?? "test/golden");

/** Every `*.jsonl` set in the folder, sorted by name; a bad line throws with file and line number. */
export async function readGoldenSets(dir = DEFAULT_GOLDEN_DIR): Promise<GoldenSet[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".jsonl")).sort();
  return Promise.all(
    names.map(async (name) => ({
      name: name.replace(/\.jsonl$/, ""),
      cases: parseGoldenLines(await readFile(path.join(dir, name), "utf8"), name),
    })),
  );
}
