import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const KEYS = ["answer", "answered", "citations", "confidence", "language", "question"];

async function ask(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run("npx", ["tsx", "functions/cli/ask.ts", ...args], { cwd: ROOT, maxBuffer: 10_000_000 });
}

/** Parses stdout strictly: only JSON lines, each with exactly the contract keys and types. */
function parseLines(stdout: string): Record<string, unknown>[] {
  expect(stdout.endsWith("\n")).toBe(true);
  return stdout
    .slice(0, -1)
    .split("\n")
    .map((line) => {
      const value = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(value).sort()).toEqual(KEYS);
      expect(typeof value.question).toBe("string");
      expect(["ru", "kk", "en"]).toContain(value.language);
      expect(typeof value.answered).toBe("boolean");
      expect(typeof value.answer).toBe("string");
      expect((value.answer as string).length).toBeGreaterThan(0);
      expect(typeof value.confidence).toBe("number");
      expect(value.confidence).toBeGreaterThanOrEqual(0);
      expect(value.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(value.citations)).toBe(true);
      for (const citation of value.citations as Record<string, unknown>[]) {
        expect(Object.keys(citation).sort()).toEqual(["id", "title", "url"]);
        expect(citation.url).toMatch(/^https:\/\//);
      }
      return value;
    });
}

describe("npm run ask", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ask-cli-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints exactly one JSON object for one question", async () => {
    const { stdout } = await ask("--json", "Сколько учредителей нужно для общественного объединения?");
    const [answer, ...rest] = parseLines(stdout);
    expect(rest).toEqual([]);
    expect(answer?.question).toBe("Сколько учредителей нужно для общественного объединения?");
    expect(answer?.language).toBe("ru");
    expect(answer?.answered).toBe(true);
    expect(answer?.citations).not.toEqual([]);
  });

  it("honours --lang and declines off-topic questions with what the user would see", async () => {
    const forced = parseLines(
      (await ask("--lang", "en", "--json", "как зарегистрировать общественный фонд")).stdout,
    )[0];
    expect(forced?.language).toBe("en");
    const declined = parseLines((await ask("--json", "какая погода завтра в Алматы")).stdout)[0];
    expect(declined?.answered).toBe(false);
    expect(declined?.citations).toEqual([]);
    expect(declined?.answer).toContain("не знаю");
  });

  it("answers a batch file line by line, in order", async () => {
    const questions = [
      { q: "ҚБ тіркеу үшін қандай құжаттар керек" },
      { q: "what is the registration fee for a public fund", lang: "en" },
      { q: "рецепт плова" },
      { q: "фонд обязан публиковать отчет?", lang: "kk" },
    ];
    const file = path.join(dir, "batch.jsonl");
    await writeFile(file, `${questions.map((q) => JSON.stringify(q)).join("\n")}\n\n`);
    const lines = parseLines((await ask("--json", "--batch", file)).stdout);
    expect(lines.map((line) => line.question)).toEqual(questions.map((q) => q.q));
    expect(lines.map((line) => line.language)).toEqual(["kk", "en", "ru", "kk"]);
    expect(lines[2]?.answered).toBe(false);
  });

  it("prints the plain-text card without --json", async () => {
    const { stdout } = await ask("Сколько учредителей нужно для ОО?");
    expect(stdout).toContain("Общественное объединение");
    expect(stdout).toContain("adilet.zan.kz");
    expect(stdout).not.toMatch(/<\/?b>/);
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it("exits with a usage message on stderr without a question", async () => {
    await expect(ask("--json")).rejects.toMatchObject({ code: 2, stdout: "" });
  });
});
