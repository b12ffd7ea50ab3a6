import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkKnowledge, MAX_BODY_CHARS } from "../../functions/core/knowledge/check-knowledge.js";

const TODAY = "2026-11-25";

function frontMatter(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    topic: "registration",
    title: { ru: `Заголовок ${id}`, kk: `Тақырып ${id}`, en: `Title ${id}` },
    summary: { ru: "Кратко.", kk: "Қысқаша.", en: "Briefly." },
    questions: {
      ru: [1, 2, 3, 4].map((n) => `вопрос ${id} ${n}`),
      kk: [1, 2, 3, 4].map((n) => `сұрақ ${id} ${n}`),
      en: [1, 2, 3, 4].map((n) => `question ${id} ${n}`),
    },
    legal_basis: [
      {
        act: { ru: "Закон", kk: "Заң", en: "Law" },
        article: { ru: "ст. 1", kk: "1-бап", en: "Art. 1" },
        url: "https://adilet.zan.kz/rus/docs/Z010000142_",
      },
    ],
    verified_on: "2026-11-01",
    review_due: "2027-05-01",
    related: [],
    ...overrides,
  };
}

function itemText(id: string, overrides: Record<string, unknown> = {}, body?: Partial<Record<string, string>>) {
  const sections = { ru: "Ответ.", kk: "Жауап.", en: "Answer.", ...body };
  const bodyText = Object.entries(sections)
    .filter(([, text]) => text !== undefined)
    .map(([language, text]) => `## ${language}\n\n${text}\n`)
    .join("\n");
  return `---\n${stringify(frontMatter(id, overrides))}---\n\n${bodyText}`;
}

function check(...files: { id: string; text: string }[]) {
  return checkKnowledge(
    files.map(({ id, text }) => ({ file: `knowledge/registration/${id}.md`, text })),
    TODAY,
  );
}

function problems(...files: { id: string; text: string }[]) {
  return check(...files).issues.map((issue) => `${issue.file}: ${issue.field}: ${issue.message}`);
}

describe("checkKnowledge", () => {
  it("should accept valid items", () => {
    const result = check({ id: "a", text: itemText("a", { related: ["b"] }) }, { id: "b", text: itemText("b") });
    expect(result.issues).toEqual([]);
    expect(result.items.map((item) => item.id)).toEqual(["a", "b"]);
  });

  it("should report a missing language in the front matter", () => {
    const text = itemText("a", { title: { ru: "Т", en: "T" } });
    expect(problems({ id: "a", text })).toEqual(["knowledge/registration/a.md: title.kk: is required"]);
  });

  it("should report a missing body section", () => {
    const text = itemText("a", {}, { kk: undefined });
    expect(problems({ id: "a", text })).toEqual(["knowledge/registration/a.md: body.kk: missing language section"]);
  });

  it("should report too few paraphrases", () => {
    const text = itemText("a", { questions: { ru: ["один"], kk: ["a", "b", "c", "d"], en: ["a", "b", "c", "d"] } });
    expect(problems({ id: "a", text })).toEqual([
      "knowledge/registration/a.md: questions.ru: needs at least 4 paraphrases",
    ]);
  });

  it("should report a broken related id", () => {
    expect(problems({ id: "a", text: itemText("a", { related: ["nope"] }) })).toEqual([
      'knowledge/registration/a.md: related: unknown item id "nope"',
    ]);
  });

  it("should report a non-official URL", () => {
    const basis = [{ ...frontMatter("a").legal_basis[0], url: "https://example.com/law" }];
    expect(problems({ id: "a", text: itemText("a", { legal_basis: basis }) })).toEqual([
      "knowledge/registration/a.md: legal_basis.0.url: must be an official URL (adilet.zan.kz, gov.kz, egov.kz)",
    ]);
  });

  it("should not take a look-alike host for an official one", () => {
    const basis = [{ ...frontMatter("a").legal_basis[0], url: "https://adilet.zan.kz.evil.com/x" }];
    expect(problems({ id: "a", text: itemText("a", { legal_basis: basis }) })).toHaveLength(1);
  });

  it("should report a review date that has passed", () => {
    expect(problems({ id: "a", text: itemText("a", { review_due: "2026-11-24" }) })).toEqual([
      "knowledge/registration/a.md: review_due: review date 2026-11-24 has passed",
    ]);
  });

  it("should report an id too long to travel in button data", () => {
    const id = "a".repeat(49);
    expect(problems({ id, text: itemText(id) })).toEqual([
      `knowledge/registration/${id}.md: id: must be at most 48 characters`,
    ]);
  });

  it("should report a duplicated id", () => {
    const result = checkKnowledge(
      [
        { file: "knowledge/registration/a.md", text: itemText("a") },
        { file: "knowledge/charter/a-copy.md", text: itemText("a") },
      ],
      TODAY,
    );
    expect(result.issues.map((issue) => issue.message)).toContain(
      'duplicated id "a" (also in knowledge/registration/a.md)',
    );
  });

  it("should report a paraphrase used by two items, ignoring case and punctuation", () => {
    const shared = { ru: ["Как открыть ОО?", "b1", "c1", "d1"], kk: ["a", "b", "c", "d"], en: ["a", "b", "c", "d"] };
    const other = { ru: ["как открыть оо", "x", "y", "z"], kk: ["e", "f", "g", "h"], en: ["e", "f", "g", "h"] };
    expect(
      problems(
        { id: "a", text: itemText("a", { questions: shared }) },
        { id: "b", text: itemText("b", { questions: other }) },
      ),
    ).toEqual(['knowledge/registration/b.md: questions.ru: paraphrase "как открыть оо" is also used by item "a"']);
  });

  it("should report a body section too long for one Telegram message", () => {
    const text = itemText("a", {}, { en: "x".repeat(MAX_BODY_CHARS + 1) });
    expect(problems({ id: "a", text })).toEqual([
      `knowledge/registration/a.md: body.en: section is ${MAX_BODY_CHARS + 1} characters; at most ${MAX_BODY_CHARS} fit one Telegram message`,
    ]);
  });

  it("should report missing front matter, invalid YAML, an unknown field and a bad date", () => {
    expect(problems({ id: "a", text: "## ru\nтекст" })).toEqual([
      "knowledge/registration/a.md: front matter: the file must start with YAML front matter between --- lines",
    ]);
    expect(problems({ id: "a", text: "---\nid: [oops\n---\n## ru\nx" })[0]).toMatch(/front matter: invalid YAML/);
    expect(problems({ id: "a", text: itemText("a", { colour: "red" }) })[0]).toMatch(/front matter: Unrecognized key/);
    expect(problems({ id: "a", text: itemText("a", { verified_on: "25.11.2026" }) })).toEqual([
      "knowledge/registration/a.md: verified_on: must be a date written YYYY-MM-DD",
    ]);
  });
});

describe("npm run kb:check", () => {
  const run = promisify(execFile);

  it("should pass on the project's knowledge folder", async () => {
    const { stdout } = await run("npx", ["tsx", "functions/cli/kb-check.ts"]);
    expect(stdout).toMatch(/kb:check: \d+ items \(\d+ language versions\), 0 problems/);
  });

  it("should exit 1 and name file, field and reason for a broken folder", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kb-"));
    await cp("knowledge/glossary.yaml", path.join(dir, "glossary.yaml"));
    await mkdir(path.join(dir, "registration"));
    await writeFile(path.join(dir, "registration", "a.md"), itemText("a", { related: ["ghost"] }));
    const failure = await run("npx", ["tsx", "functions/cli/kb-check.ts", dir]).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('registration/a.md: related: unknown item id "ghost"'),
    });
  });
});
