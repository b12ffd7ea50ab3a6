import { readFile } from "node:fs/promises";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { todayInKazakhstan } from "../../functions/adapters/knowledge-folder.js";
import { ADMIN_ID, adminTestBed, documentUpdate, OPERATORS_CHAT } from "../helpers/admin-bot.js";
import { buttonData, sentMessages, sentTexts } from "../helpers/bot-harness.js";
import { callbackUpdate, groupUpdate, textUpdate } from "../helpers/updates.js";

type Bed = Awaited<ReturnType<typeof adminTestBed>>;
const send = (bed: Pick<Bed, "bot">, update: unknown) => bed.bot.handleUpdate(update as Update);
const asAdmin = (text: string) => textUpdate(text, { chatId: ADMIN_ID, userId: ADMIN_ID, languageCode: "en" });
/** A button press by the admin (English Telegram client). */
function adminCallback(data: string, chatId = ADMIN_ID) {
  const update = callbackUpdate(data, { chatId, userId: ADMIN_ID });
  update.callback_query.from.language_code = "en";
  return update;
}
const lastText = (bed: Pick<Bed, "calls">) => sentTexts(bed.calls).at(-1) ?? "";
const FEE_QUESTION = "Какая госпошлина за регистрацию общественного объединения?";
const MARKER = "Проверено администратором в тестовой редакции.";

/** registration-fee with a marker sentence in its Russian body and one more Russian paraphrase. */
async function editedFeeItem(): Promise<string> {
  const original = await readFile("knowledge/registration/registration-fee.md", "utf8");
  return original
    .replace("## ru\n\n", `## ru\n\n${MARKER}\n\n`)
    .replace("questions:\n  ru:\n", "questions:\n  ru:\n    - сколько платить за регистрацию нашего объединения\n");
}

/** ngo-database turned into an item about cooking: its golden questions break, off-topic ones get answered. */
async function brokenDatabaseItem(): Promise<string> {
  const original = await readFile("knowledge/reporting/ngo-database.md", "utf8");
  const [front = "", body = ""] = original.split(/\n---\n/);
  const questions = (language: string, list: string[]) =>
    `  ${language}:\n${list.map((q) => `    - ${q}`).join("\n")}\n`;
  const newFront = front.replace(
    /questions:\n[\s\S]*?\nlegal_basis:/,
    `questions:\n${questions("ru", ["как приготовить плов", "рецепт плова дома", "сколько варить плов", "плов в казане рецепт"])}${questions("kk", ["палау қалай пісіреді", "палау рецепті", "палауды қанша пісіру керек", "қазанда палау"])}${questions("en", ["how to cook plov", "plov recipe", "how long to cook plov", "plov in a kazan"])}legal_basis:`,
  );
  return `${newFront}\n---\n${body
    .replace(/## ru\n[\s\S]*?## kk/, "## ru\n\nПлов готовят в казане.\n\n## kk")
    .replace(/## kk\n[\s\S]*?## en/, "## kk\n\nПалауды қазанда пісіреді.\n\n## en")
    .replace(/## en\n[\s\S]*$/, "## en\n\nPlov is cooked in a kazan.\n")}`;
}

// /publish, /rollback and /testall each run the regression over every golden set (thousands of questions, twice):
// seconds alone, but past the default 30 s on a loaded two-core machine.
describe("knowledge administration in Telegram", { timeout: 120_000 }, () => {
  it("should refuse every admin command and button to a non-admin, audit it, and change nothing", async () => {
    const bed = await adminTestBed();
    const stranger = { chatId: 31, userId: 31 };
    await send(bed, textUpdate("/admin", stranger));
    await send(bed, textUpdate("/publish срочно публикуем без проверки", stranger));
    await send(bed, textUpdate("/rollback ngo-database 1 потому что могу", stranger));
    await send(bed, callbackUpdate("adm:pub", stranger));
    await send(bed, callbackUpdate("adm:qh:abc", stranger));
    const texts = sentTexts(bed.calls);
    expect(texts).toHaveLength(3);
    for (const text of texts) expect(text).toMatch(/только администраторам|only/);
    const alerts = bed.calls.filter((call) => call.method === "answerCallbackQuery");
    expect(alerts).toHaveLength(2);
    expect(alerts.every((call) => call.payload.show_alert === true)).toBe(true);
    const refused = (await bed.audit.recent(20)).filter((entry) => entry.action === "admin.refused");
    expect(refused.map((entry) => entry.target).sort()).toEqual(
      ["/admin", "/publish", "/rollback", "adm:pub", "adm:qh:abc"].sort(),
    );
    expect(refused.every((entry) => entry.actor === "31")).toBe(true);
    expect(await bed.store.version()).toBe(2); // the seed's two import transactions, nothing more
    // A pasted item from a non-admin is just a (declined) question, never a draft.
    await send(bed, textUpdate(await editedFeeItem(), stranger));
    expect(await bed.store.drafts()).toEqual([]);
  });

  it("should take an uploaded draft through /testall and /publish, after which every bot instance answers from the new revision", async () => {
    const bed = await adminTestBed();
    const otherInstance = await bed.newBot();
    const user = { chatId: 41, userId: 41 };
    await send(otherInstance, textUpdate(FEE_QUESTION, user));
    expect(lastText(otherInstance)).not.toContain(MARKER);

    bed.files.set("fee-draft", await editedFeeItem());
    await send(bed, documentUpdate("fee-draft"));
    expect(lastText(bed)).toMatch(
      /Draft of <code>registration-fee<\/code> saved\. Changed: body\.ru, questions\.ru \(\+1 −0\)/,
    );
    expect((await bed.store.draft("registration-fee"))?.author).toBe(String(ADMIN_ID));
    // A draft is not live.
    await send(otherInstance, textUpdate(FEE_QUESTION, user));
    expect(lastText(otherInstance)).not.toContain(MARKER);

    const sentBefore = sentTexts(bed.calls).length;
    await send(bed, asAdmin("/testall"));
    // A long report is split over several messages.
    const report = sentTexts(bed.calls).slice(sentBefore).join("\n");
    expect(report).toContain("Regression run");
    expect(report).toMatch(/<b>paraphrases<\/b>: ru \d+\/\d+ → \d+\/\d+/);
    expect(report).toMatch(/<b>heldout-fresh<\/b>/);
    expect(report).toContain("No regressions");

    await send(bed, asAdmin("/publish"));
    expect(lastText(bed)).toMatch(/Published version 3: registration-fee/);
    expect(await bed.store.drafts()).toEqual([]);
    const [latest] = await bed.store.revisions("registration-fee");
    expect(latest).toMatchObject({ revision: 2, kind: "publish", author: String(ADMIN_ID) });
    expect(latest?.changes).toEqual(["body.ru", "questions.ru (+1 −0)"]);

    // Another instance picks the publish up at its next refresh (0 s in tests), without a redeploy.
    await send(otherInstance, textUpdate(FEE_QUESTION, user));
    expect(lastText(otherInstance)).toContain(MARKER);
    await send(otherInstance, textUpdate("сколько платить за регистрацию нашего объединения", user));
    expect(lastText(otherInstance)).toContain(MARKER);

    const actions = (await bed.audit.recent(10)).map((entry) => `${entry.action} ${entry.target}`);
    expect(actions).toContain("draft.save registration-fee");
    expect(actions).toContain("publish registration-fee");
  });

  // Three full regression runs (each: both knowledge versions × every golden set and the paraphrase folds): slow.
  it("should block a publish that makes golden questions fail, until the admin confirms with a reason", async () => {
    const bed = await adminTestBed();
    await send(bed, asAdmin(await brokenDatabaseItem()));
    expect(lastText(bed)).toContain("Draft of <code>ngo-database</code> saved");

    await send(bed, adminCallback("adm:pub"));
    const blocked = sentTexts(bed.calls).slice(-2).join("\n");
    expect(blocked).toMatch(/Publishing is blocked: \d+ questions would get worse/);
    expect(blocked).toContain("ngo-database ≠");
    expect(await bed.store.version()).toBe(2);
    expect(await bed.store.draft("ngo-database")).toBeDefined();

    await send(bed, asAdmin("/publish too short"));
    expect(sentTexts(bed.calls).slice(-2).join("\n")).toContain("Publishing is blocked");
    expect(await bed.store.version()).toBe(2);

    await send(bed, asAdmin("/publish временно, юрист подтвердил замену текста"));
    expect(lastText(bed)).toMatch(/Published version 3 despite \d+ regressions: ngo-database/);
    const [forced] = await bed.store.revisions("ngo-database");
    expect(forced).toMatchObject({ revision: 2, reason: "временно, юрист подтвердил замену текста" });
    const audit = await bed.audit.recent(10);
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(["publish.blocked", "publish.forced"]));
    expect(audit.find((entry) => entry.action === "publish.forced")?.details).toContain("юрист подтвердил");
  }, 120_000);

  it("should roll an item back to an earlier revision as a new revision, and answer from it again", async () => {
    const bed = await adminTestBed();
    const original = (await bed.store.liveItem("registration-fee"))?.markdown;
    await send(bed, asAdmin(await editedFeeItem()));
    await send(bed, asAdmin("/publish"));
    await send(bed, textUpdate(FEE_QUESTION, { chatId: 42, userId: 42 }));
    expect(lastText(bed)).toContain(MARKER);

    await send(bed, asAdmin("/rollback registration-fee 1 short"));
    expect(lastText(bed)).toContain("Usage: /rollback");
    await send(bed, asAdmin("/rollback registration-fee 9 вернуть исходную редакцию"));
    expect(lastText(bed)).toContain("no such revision");
    await send(bed, asAdmin("/rollback registration-fee 1 вернуть исходную редакцию"));
    expect(lastText(bed)).toContain("registration-fee now has the text of revision 1 (new revision 3)");

    const live = await bed.store.liveItem("registration-fee");
    expect(live?.markdown).toBe(original);
    expect(live?.revision).toBe(3);
    const history = await bed.store.revisions("registration-fee");
    expect(history.map((revision) => `${revision.revision}:${revision.kind}`)).toEqual([
      "3:rollback",
      "2:publish",
      "1:import",
    ]);
    await send(bed, textUpdate(FEE_QUESTION, { chatId: 42, userId: 42 }));
    expect(lastText(bed)).not.toContain(MARKER);

    await send(bed, asAdmin("/history registration-fee"));
    expect(lastText(bed)).toMatch(/r3 · rollback · 777 · .* · rollback to r1/);
    expect((await bed.audit.recent(5)).map((entry) => entry.action)).toContain("rollback");
  });

  it("should not publish a draft made from a revision that is no longer live", async () => {
    const bed = await adminTestBed();
    await send(bed, asAdmin(await editedFeeItem()));
    // Meanwhile the item gets a new revision (another admin, or kb:import).
    const live = await bed.store.liveItem("registration-fee");
    await bed.store.publish(
      [
        {
          id: "registration-fee",
          path: live?.path ?? "",
          markdown: live?.markdown.replace("review_due: 2027-01-15", "review_due: 2027-01-20") ?? "",
          expectedRevision: 1,
          changes: ["review_due"],
        },
      ],
      { author: "other", kind: "import", expectedVersion: await bed.store.version() },
    );
    await send(bed, asAdmin("/publish"));
    expect(lastText(bed)).toContain("Not published: these drafts were made from an older revision");
    expect(lastText(bed)).toContain("registration-fee (r1 → r2)");
    expect((await bed.store.liveItem("registration-fee"))?.revision).toBe(2);
    expect(await bed.store.draft("registration-fee")).toBeDefined();
  });

  it("should reject invalid, oversized or non-Markdown uploads plainly and store nothing", async () => {
    const bed = await adminTestBed();
    const broken = (await editedFeeItem()).replace(/\n {2}kk: .*\n/, "\n").replace("review_due: ", "review_due: 20");
    bed.files.set("broken", broken);
    await send(bed, documentUpdate("broken"));
    const errors = lastText(bed);
    expect(errors).toContain("Not saved");
    expect(errors).toMatch(/draft: (title|summary)\.kk: is required/);
    expect(errors).toMatch(/review_due: must be a date/);

    await send(bed, documentUpdate("huge", { fileSize: 200_000 }));
    expect(lastText(bed)).toContain("too large");
    await send(bed, documentUpdate("photo", { fileName: "item.md", mimeType: "image/png" }));
    expect(lastText(bed)).toContain("not accepted");
    bed.files.set("latin1", new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
    await send(bed, documentUpdate("latin1"));
    expect(lastText(bed)).toContain("not UTF-8");
    // A draft pointing at an item that does not exist is a set-level error.
    await send(bed, asAdmin((await editedFeeItem()).replace("related:\n", "related:\n  - no-such-item\n")));
    expect(lastText(bed)).toContain("related: unknown item id &quot;no-such-item&quot;");
    expect(await bed.store.drafts()).toEqual([]);
    expect(bed.calls.filter((call) => call.method === "getFile")).toHaveLength(2);
  });

  it("should list items with status, show one item, export its Markdown and list items due for review", async () => {
    const bed = await adminTestBed();
    await send(bed, asAdmin("/admin"));
    expect(buttonData(sentMessages(bed.calls).at(-1))).toEqual(
      expect.arrayContaining(["adm:items:0", "adm:test", "adm:pub", "adm:queue", "adm:stats", "adm:audit"]),
    );
    await send(bed, asAdmin("/items fee"));
    expect(lastText(bed)).toMatch(/✅ <code>registration-fee<\/code> r1/);
    await send(bed, asAdmin(await editedFeeItem()));
    await send(bed, adminCallback("adm:items:0"));
    expect(lastText(bed)).toMatch(/^<b>Items: 54<\/b>/);
    expect(buttonData(sentMessages(bed.calls).at(-1))).toEqual(["adm:items:1"]);
    await send(bed, asAdmin("/items registration"));
    expect(lastText(bed)).toMatch(/✅✏️ <code>registration-fee<\/code> r1/);
    await send(bed, asAdmin("/item registration-fee"));
    expect(lastText(bed)).toContain("Published, revision 1.");
    expect(lastText(bed)).toContain("Draft by 777");
    await send(bed, adminCallback("adm:exp:registration-fee"));
    const documents = bed.calls.filter((call) => call.method === "sendDocument");
    expect(documents).toHaveLength(2);
    await send(bed, asAdmin("/stale"));
    // Every item is reviewed by 2027; none is due within 30 days of 2026-11-25.
    expect(lastText(bed)).toContain("No items are past or near their review date");
    await send(bed, asAdmin((await editedFeeItem()).replace(/review_due: \S+/, "review_due: 2026-12-10")));
    await send(bed, asAdmin("/publish"));
    await send(bed, asAdmin("/stale"));
    expect(lastText(bed)).toContain("⏳ 2026-12-10 <code>registration-fee</code>");
  });

  it("should fill the queue from declined questions and 👎, grouped with counts, and turn a group into a draft", async () => {
    const bed = await adminTestBed();
    await send(bed, textUpdate("какая погода в Астане завтра", { chatId: 51, userId: 51 }));
    await send(bed, textUpdate("погода в Астане завтра какая будет", { chatId: 52, userId: 52 }));
    await send(bed, textUpdate("как приготовить манты", { chatId: 53, userId: 53 }));
    await send(bed, textUpdate(FEE_QUESTION, { chatId: 54, userId: 54 }));
    await send(bed, callbackUpdate("fb:down:registration-fee", { chatId: 54, userId: 54 }));
    await send(bed, textUpdate("Не написано, куда платить", { chatId: 54, userId: 54 }));

    await send(bed, asAdmin("/queue"));
    const messages = sentMessages(bed.calls);
    const title = messages.findLast((call) => String(call.payload.text).startsWith("<b>Queue</b>"));
    expect(String(title?.payload.text)).toContain("3 groups, 4 entries");
    const groups = messages.slice(messages.indexOf(title as never) + 1);
    expect(String(groups[0]?.payload.text)).toMatch(/Declined ×2 · ru/);
    const downvote = groups.find((call) => String(call.payload.text).includes("👎 ×1"));
    expect(String(downvote?.payload.text)).toContain("💬 Не написано, куда платить");
    expect(String(downvote?.payload.text)).toContain("registration-fee");

    // The weather group is handled; the 👎 question becomes a paraphrase in a draft of the item.
    const weatherHandled = buttonData(groups[0]).find((data) => data.startsWith("adm:qh:")) ?? "";
    await send(bed, adminCallback(weatherHandled));
    expect(lastText(bed)).toContain("Marked handled (2)");
    const toDraft = buttonData(downvote).find((data) => data.startsWith("adm:qd:")) ?? "";
    await send(bed, adminCallback(toDraft));
    expect(lastText(bed)).toContain("added to a draft of <code>registration-fee</code>");
    expect((await bed.store.draft("registration-fee"))?.markdown).toContain(`    - ${FEE_QUESTION}`);

    const { entries } = await bed.feedback.queue();
    expect(entries.map((entry) => entry.question)).toEqual(["как приготовить манты"]);
    expect((await bed.audit.recent(5)).map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["queue.handled", "queue.to-draft"]),
    );
  });

  it("should turn an escalated case answered by an operator into a draft with one button", async () => {
    const bed = await adminTestBed();
    const consultant = textUpdate("/consultant Какая госпошлина за перерегистрацию фонда в 2026?", {
      chatId: 61,
      userId: 61,
    });
    await send(bed, consultant);
    const caseId = consultant.update_id.toString(36);
    const card = sentMessages(bed.calls).find((call) => call.payload.chat_id === OPERATORS_CHAT);
    expect(buttonData(card)).toContain(`adm:cd:${caseId}`);
    const stored = await bed.cases.get(caseId);
    await send(
      bed,
      groupUpdate("6,5 МРП, оплата через eGov; позвоните мне +7 701 123 45 67", {
        chatId: OPERATORS_CHAT,
        userId: 901,
        replyTo: {
          message_id: stored?.caseMessageId,
          date: 1,
          chat: { id: OPERATORS_CHAT, type: "supergroup", title: "Ops" },
          text: "card",
        },
      }),
    );
    // An operator who is not an admin cannot create drafts.
    await send(bed, callbackUpdate(`adm:cd:${caseId}`, { chatId: OPERATORS_CHAT, userId: 901 }));
    expect(await bed.store.drafts()).toEqual([]);

    await send(bed, adminCallback(`adm:cd:${caseId}`, OPERATORS_CHAT));
    const [draft] = await bed.store.drafts();
    expect(draft?.markdown).toContain("Какая госпошлина за перерегистрацию фонда в 2026?");
    expect(draft?.note).toContain("6,5 МРП, оплата через eGov");
    expect(draft?.note).not.toContain("123 45 67");
    const alert = bed.calls.findLast((call) => call.method === "answerCallbackQuery");
    expect(String(alert?.payload.text)).toContain(`Draft of ${draft?.id} saved`);
  });

  it("should report stats per day and language with the 👍/👎 ratio, as text and a PNG chart", async () => {
    const bed = await adminTestBed();
    await send(bed, textUpdate(FEE_QUESTION, { chatId: 71, userId: 71 }));
    await send(bed, textUpdate("Қоғамдық қорды қалай тіркейміз?", { chatId: 72, userId: 72 }));
    await send(bed, textUpdate("какая погода в Астане завтра", { chatId: 73, userId: 73 }));
    await send(bed, callbackUpdate("fb:up:registration-fee", { chatId: 71, userId: 71 }));
    await send(bed, callbackUpdate("fb:down:registration-fund", { chatId: 72, userId: 72 }));

    await send(bed, asAdmin("/stats"));
    const text = lastText(bed);
    expect(text).toContain("Questions: 3 · answered 2 · declined 1");
    expect(text).toContain("ru: 2 (1 ✅ / 1 ❔)");
    expect(text).toContain("kk: 1 (1 ✅ / 0 ❔)");
    expect(text).toContain("👍 1 · 👎 1 · share of 👍: 50%");
    // Counters use the clock's day in Kazakhstan (not the test's fixed "today").
    expect(text).toContain(`${todayInKazakhstan().slice(5)}: ru 1/1 · kk 1/0 · en 0/0`);
    expect(text).toContain("registration-fee");
    const photo = bed.calls.findLast((call) => call.method === "sendPhoto");
    const data = (photo?.payload.photo as { fileData?: unknown } | undefined)?.fileData;
    expect(data).toBeInstanceOf(Uint8Array);
    expect([...(data as Uint8Array).slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
