import { beforeAll, describe, expect, it } from "vitest";
import { readLocaleSources } from "../../functions/adapters/locales-folder.js";
import { renderAnswerCard } from "../../functions/core/answer/answer-card.js";
import { type CardLabelSource, type CardLabels, cardLabelsFrom } from "../../functions/core/answer/card-labels.js";
import { markdownToPlainText, markdownToTelegramHtml } from "../../functions/core/answer/markdown.js";
import { answerQuestion, type EngineResult } from "../../functions/core/engine/answer-question.js";
import { buildKnowledgeIndex } from "../../functions/core/engine/knowledge-index.js";
import { createTranslator } from "../../functions/core/i18n/translator.js";
import type { KnowledgeItem } from "../../functions/core/knowledge/item-schema.js";
import { TELEGRAM_MESSAGE_LIMIT } from "../../functions/core/telegram/html.js";
import { FIXTURE_GLOSSARY, FIXTURE_ITEMS, makeItem } from "./fixture-kb.js";

const today = "2026-11-25";
let labels: CardLabelSource;
let CARD_LABELS: Record<"ru" | "kk" | "en", CardLabels>;

beforeAll(async () => {
  labels = cardLabelsFrom(createTranslator(await readLocaleSources()).t);
  CARD_LABELS = { ru: labels("ru"), kk: labels("kk"), en: labels("en") };
});

function answered(item: KnowledgeItem, language: EngineResult["language"] = "ru"): EngineResult {
  return {
    question: "q",
    language,
    detectedLanguage: language,
    answered: true,
    confidence: 0.9,
    item,
    candidates: [{ id: item.id, title: item.title[language], score: 0.9 }],
  };
}

/** Only <b>, <i>, <a href="…"> and their closing tags may appear; everything else must be escaped. */
function onlyAllowedTags(html: string): boolean {
  const tags = html.match(/<[^>]*>/g) ?? [];
  return tags.every((tag) => /^<\/?(b|i)>$/.test(tag) || /^<a href="[^"<>]*">$/.test(tag) || tag === "</a>");
}

describe("markdown subset → Telegram HTML", () => {
  it("converts bold, italic, lists and links and escapes everything else", () => {
    const html = markdownToTelegramHtml(
      "**Шаги** <script>x</script> & co\n- первый *важно*\n1. второй [закон](https://adilet.zan.kz/rus/docs/Z010000142_)\n\nНовый абзац",
    );
    expect(html).toBe(
      '<b>Шаги</b> &lt;script&gt;x&lt;/script&gt; &amp; co\n• первый <i>важно</i>\n1. второй <a href="https://adilet.zan.kz/rus/docs/Z010000142_">закон</a>\n\nНовый абзац',
    );
    expect(onlyAllowedTags(html)).toBe(true);
  });

  it("does not turn non-http links into anchors", () => {
    const html = markdownToTelegramHtml('[click](javascript:alert(1)) [x](https://a.kz/?a=1&b="2")');
    expect(html).not.toContain('javascript:alert(1)"');
    expect(html).toContain('<a href="https://a.kz/?a=1&amp;b=&quot;2&quot;">x</a>');
    expect(onlyAllowedTags(html)).toBe(true);
  });

  it("renders plain text with bullets and link targets", () => {
    expect(markdownToPlainText("**a** [b](https://gov.kz)\n- c")).toBe("a b (https://gov.kz)\n• c");
  });
});

describe("renderAnswerCard: answered", () => {
  const index = buildKnowledgeIndex(FIXTURE_ITEMS, FIXTURE_GLOSSARY);

  it("shows title, summary, body, legal basis, verified date, related items and the disclaimer", () => {
    const item = index.byId("public-association") as KnowledgeItem;
    const card = renderAnswerCard(answered(item), index, { today, labels });
    expect(card.answered).toBe(true);
    const html = card.html.join("\n");
    expect(html).toContain("<b>Общественное объединение (ОО)</b>");
    expect(html).toContain(item.summary.ru);
    expect(html).toContain(CARD_LABELS.ru.legalBasis);
    expect(html).toContain("Проверено: 25.11.2026");
    expect(html).toContain('<a href="https://adilet.zan.kz/rus/docs/Z010000142_">adilet.zan.kz</a>');
    expect(html).toContain(CARD_LABELS.ru.related);
    expect(html).toContain("Общественный фонд");
    expect(html).toContain(CARD_LABELS.ru.disclaimer);
    expect(html).not.toContain(CARD_LABELS.ru.stale.slice(0, 20));
    expect(card.relatedIds).toEqual(["public-fund"]);
    expect(card.suggestionIds).toEqual([]);
    expect(card.citations).toEqual([
      { id: "public-association", title: "Закон о НКО, ст. 1", url: "https://adilet.zan.kz/rus/docs/Z010000142_" },
    ]);
    expect(card.text).toContain("Общественное объединение (ОО)");
    expect(card.text).toContain("https://adilet.zan.kz/rus/docs/Z010000142_");
    expect(card.text).not.toMatch(/<\/?b>/);
  });

  it("writes the labels in the answer language", () => {
    const card = renderAnswerCard(answered(index.byId("public-fund") as KnowledgeItem, "kk"), index, { today, labels });
    expect(card.text).toContain("Қоғамдық қор");
    expect(card.text).toContain("Тексерілген күні: 25.11.2026");
    expect(card.text).toContain(CARD_LABELS.kk.disclaimer);
    const en = renderAnswerCard(answered(index.byId("public-fund") as KnowledgeItem, "en"), index, { today, labels });
    expect(en.text).toContain("Verified on 2026-11-25");
  });

  it("escapes <, > and & from item text", () => {
    const item = makeItem({
      id: "tricky",
      title: { ru: "Фонд <b>«A&B»</b>", kk: "Қор <i>", en: "Fund <x>" },
      summary: { ru: "Сумма < 5 & > 2", kk: "a", en: "b" },
      body: { ru: "Текст <script>alert(1)</script> & **жирный <u>**", kk: "x", en: "y" },
      questions: { ru: ["a", "b", "c", "d"], kk: ["a", "b", "c", "d"], en: ["a", "b", "c", "d"] },
      related: ["public-fund", "tricky", "missing-id"],
    });
    const card = renderAnswerCard(answered(item), buildKnowledgeIndex([...FIXTURE_ITEMS, item], FIXTURE_GLOSSARY), {
      today,
      labels,
    });
    const html = card.html.join("\n");
    expect(html).toContain("Фонд &lt;b&gt;«A&amp;B»&lt;/b&gt;");
    expect(html).toContain("Сумма &lt; 5 &amp; &gt; 2");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>жирный &lt;u&gt;</b>");
    for (const message of card.html) expect(onlyAllowedTags(message)).toBe(true);
    // Self-references and unknown ids are not offered as related items.
    expect(card.relatedIds).toEqual(["public-fund"]);
  });

  it("keeps every message within Telegram's limit", () => {
    const paragraph = `${"Очень длинный текст про устав и регистрацию & <детали>. ".repeat(20)}\n- пункт списка **важно**\n`;
    const item = makeItem({
      id: "long",
      title: { ru: "Длинная справка", kk: "Ұзын", en: "Long" },
      body: { ru: paragraph.repeat(12), kk: "x", en: "y" },
      questions: { ru: ["a", "b", "c", "d"], kk: ["a", "b", "c", "d"], en: ["a", "b", "c", "d"] },
    });
    const card = renderAnswerCard(answered(item), index, { today, labels });
    expect(card.html.length).toBeGreaterThan(1);
    for (const message of card.html) {
      expect(message.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
      expect(onlyAllowedTags(message)).toBe(true);
    }
  });

  it("warns when the review date has passed", () => {
    const item = { ...(index.byId("public-fund") as KnowledgeItem), review_due: "2026-06-01" };
    const card = renderAnswerCard(answered(item), index, { today, labels });
    expect(card.text).toContain("⚠️ Срок перепроверки этой справки истёк 01.06.2026");
    expect(card.html.join("\n")).toContain("<b>⚠️ Срок перепроверки");
    expect(renderAnswerCard(answered(item), index, { today: "2026-06-01", labels }).text).not.toContain("⚠️");
  });

  it("shows the Russian text with a note when the item lacks the answer language", () => {
    const base = index.byId("public-fund") as KnowledgeItem;
    const item = { ...base, body: { ...base.body, en: "" } };
    const card = renderAnswerCard(answered(item, "en"), index, { today, labels });
    expect(card.text).toContain(CARD_LABELS.en.shownInRussian);
    expect(card.text).toContain(base.title.ru);
    expect(card.text).toContain(base.body.ru);
    expect(card.text).toContain(CARD_LABELS.en.disclaimer);
  });
});

describe("renderAnswerCard: declined", () => {
  const index = buildKnowledgeIndex(FIXTURE_ITEMS, FIXTURE_GLOSSARY);

  it("says it does not know, offers the closest topics and a consultant", () => {
    const result = answerQuestion(index, "сколько стоит регистрация, налоговая ставка и погода", {
      today,
      threshold: 1.01,
    });
    expect(result.answered).toBe(false);
    const card = renderAnswerCard(result, index, { today, labels });
    expect(card.answered).toBe(false);
    expect(card.citations).toEqual([]);
    expect(card.relatedIds).toEqual([]);
    expect(card.suggestionIds.length).toBeGreaterThan(0);
    expect(card.suggestionIds.length).toBeLessThanOrEqual(3);
    expect(card.suggestionIds[0]).toBe(result.candidates[0]?.id);
    expect(card.text).toContain(CARD_LABELS.ru.declined);
    expect(card.text).toContain(CARD_LABELS.ru.closestTopics);
    expect(card.text).toContain(CARD_LABELS.ru.askConsultant);
    expect(card.text).toContain(CARD_LABELS.ru.disclaimer);
  });

  it("answers in the question's language and omits topics when nothing is close", () => {
    const result = answerQuestion(index, "asdfghjkl", { today });
    const card = renderAnswerCard({ ...result, language: "en" }, index, { today, labels });
    expect(card.suggestionIds).toEqual([]);
    expect(card.text).toContain(CARD_LABELS.en.declined);
    expect(card.text).not.toContain(CARD_LABELS.en.closestTopics);
    expect(card.html.join("")).not.toContain("<script");
  });
});
