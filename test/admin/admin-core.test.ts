import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { groupQueue, type QueueEntry } from "../../functions/core/admin/question-queue.js";
import { type CaseResult, compareRuns } from "../../functions/core/admin/regression-run.js";
import { addParaphrase } from "../../functions/core/knowledge/add-paraphrase.js";
import { diffItems } from "../../functions/core/knowledge/item-diff.js";
import { parseItem } from "../../functions/core/knowledge/parse-item.js";

const entry = (question: string, at: string, extra: Partial<QueueEntry> = {}): QueueEntry => ({
  key: { pk: "feedback#declined", sk: at },
  kind: "declined",
  question,
  language: "ru",
  at,
  ...extra,
});

describe("queue grouping", () => {
  it("should group similar questions per kind, language and item, biggest group first", () => {
    const groups = groupQueue([
      entry("какая погода в Астане завтра", "2026-11-20"),
      entry("погода в Астане завтра какая будет?", "2026-11-21"),
      entry("Погода Астана завтра", "2026-11-22"),
      entry("как приготовить манты", "2026-11-23"),
      entry("какая погода в Астане завтра", "2026-11-24", { language: "kk" }),
      entry("какая погода в Астане завтра", "2026-11-24", {
        kind: "downvote",
        itemId: "mci-values",
        key: { pk: "v", sk: "1" },
      }),
    ]);
    expect(groups.map((group) => [group.kind, group.language, group.count])).toEqual([
      ["declined", "ru", 3],
      ["declined", "kk", 1],
      ["downvote", "ru", 1],
      ["declined", "ru", 1],
    ]);
    expect(groups[0]?.question).toBe("Погода Астана завтра");
    expect(groups[0]?.lastAt).toBe("2026-11-22");
    expect(new Set(groups.map((group) => group.id)).size).toBe(4);
  });

  it("should attach a 👎 comment to the group of its vote", () => {
    const [group] = groupQueue(
      [entry("сколько стоит регистрация", "2026-11-20", { kind: "downvote", itemId: "registration-fee" })],
      [
        { itemId: "registration-fee", question: "сколько стоит регистрация", comment: "нет реквизитов" },
        { itemId: "mci-values", question: "сколько стоит регистрация", comment: "другой пункт" },
      ],
    );
    expect(group?.comments).toEqual(["нет реквизитов"]);
  });
});

describe("item edits", () => {
  it("should add a paraphrase keeping the rest of the file, and refuse a duplicate", async () => {
    const original = await readFile("knowledge/registration/registration-fee.md", "utf8");
    const edited = addParaphrase(original, "kk", "тіркеу алымы  қанша  ");
    expect(edited).toBeDefined();
    const before = parseItem("a.md", original);
    const after = parseItem("a.md", edited ?? "");
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect(after.item.questions.kk).toEqual([...before.item.questions.kk, "тіркеу алымы қанша"]);
    expect(after.item.body).toEqual(before.item.body);
    expect(diffItems(before.item, after.item)).toEqual(["questions.kk (+1 −0)"]);
    expect(addParaphrase(edited ?? "", "kk", "тіркеу алымы қанша")).toBeUndefined();
    expect(addParaphrase("no front matter", "ru", "вопрос")).toBeUndefined();
  });

  it("should name every changed field", async () => {
    const text = await readFile("knowledge/general/mci-values.md", "utf8");
    const before = parseItem("a.md", text);
    const after = parseItem(
      "a.md",
      text
        .replace(/^( {2}en: ).*$/m, "$1Another title")
        .replace(/review_due: \S+/, "review_due: 2027-12-31")
        .replace("## kk\n", "## kk\n\nЖаңа сөйлем.\n")
        .replace(/related:\n {2}- registration-fee\n/, "related:\n"),
    );
    if (!before.ok || !after.ok) throw new Error("fixture does not parse");
    const changes = diffItems(before.item, after.item);
    expect(changes).toContain("title.en");
    expect(changes).toContain("body.kk");
    expect(changes).toContain("related");
    expect(changes.find((change) => change.startsWith("review_due"))).toMatch(/→ 2027-12-31$/);
    expect(diffItems(undefined, after.item)).toEqual(["new item"]);
  });
});

describe("regression comparison", () => {
  const result = (q: string, passed: boolean, set = "tune"): CaseResult => ({
    set,
    q,
    lang: "ru",
    expect: "x",
    got: passed ? "x" : "y",
    passed,
  });

  it("should flag only questions that passed before and fail now", () => {
    const baseline = new Map([["tune", [result("a", true), result("b", false), result("c", true)]]]);
    const candidate = new Map([
      ["tune", [result("a", true), result("b", true), result("c", false), result("d", false)]],
    ]);
    const report = compareRuns(baseline, candidate);
    expect(report.regressed).toBe(true);
    expect(report.newlyFailing.map((r) => r.q)).toEqual(["c"]);
    expect(report.newlyPassing.map((r) => r.q)).toEqual(["b"]);
    expect(report.candidateFailures.map((r) => r.q)).toEqual(["c", "d"]);
    expect(report.sets[0]?.baseline.ru).toEqual({ passed: 2, total: 3 });
    expect(report.sets[0]?.candidate.all).toEqual({ passed: 2, total: 4 });
  });

  it("should not call a removed or new question a regression", () => {
    const report = compareRuns(
      new Map([["paraphrases", [result("old", true, "paraphrases")]]]),
      new Map([["paraphrases", [result("new", false, "paraphrases")]]]),
    );
    expect(report.regressed).toBe(false);
  });
});
