import type { EngineResult } from "../engine/answer-question.js";
import type { KnowledgeIndex } from "../engine/knowledge-index.js";
import type { KnowledgeItem, Language } from "../knowledge/item-schema.js";
import { escapeHtml, splitHtmlMessage } from "../telegram/html.js";
import { type CardLabelSource, formatDate, label } from "./card-labels.js";
import { markdownToPlainText, markdownToTelegramHtml } from "./markdown.js";

/** Closest topics offered when the engine declines. */
export const MAX_SUGGESTIONS = 3;
/** A candidate scoring below this is not "close" enough to be offered as a topic. */
export const MIN_SUGGESTION_SCORE = 0.05;

export interface Citation {
  /** The knowledge item the citation belongs to. */
  id: string;
  /** The act and article, in the answer language. */
  title: string;
  /** Official link (adilet.zan.kz, gov.kz, egov.kz). */
  url: string;
}

export interface AnswerCard {
  answered: boolean;
  /** Telegram HTML messages (parse_mode HTML), each at most 4096 characters. */
  html: string[];
  /** The same card as plain text (what `npm run ask` prints). */
  text: string;
  citations: Citation[];
  /** Related items of an answer (the bot shows them as buttons). */
  relatedIds: string[];
  /** Closest topics of a declined question (the bot shows them as buttons). */
  suggestionIds: string[];
}

export interface CardOptions {
  /** YYYY-MM-DD, to flag items whose review date has passed. */
  today: string;
  /** The card's labels per language, from the bot's message catalogue. */
  labels: CardLabelSource;
}

/** A block of the card in both renderings. */
interface Block {
  html: string;
  text: string;
}

/**
 * Renders the engine's result for the user: an answer card (title, summary, body, legal basis, "verified on",
 * stale warning, related topics, disclaimer) or an honest "I don't know yet" with the closest topics and the
 * offer of a consultant. Pure; every item or user text is escaped.
 */
export function renderAnswerCard(result: EngineResult, index: KnowledgeIndex, options: CardOptions): AnswerCard {
  if (result.answered && result.item) return answeredCard(result.item, result.language, index, options);
  return declinedCard(result, index, options);
}

function answeredCard(
  item: KnowledgeItem,
  language: Language,
  index: KnowledgeIndex,
  options: CardOptions,
): AnswerCard {
  const labels = options.labels(language);
  const hasLanguage = Boolean(
    item.body[language]?.trim() && item.title[language]?.trim() && item.summary[language]?.trim(),
  );
  const textLanguage: Language = hasLanguage ? language : "ru";
  const blocks: Block[] = [];
  if (!hasLanguage) blocks.push({ html: `<i>${escapeHtml(labels.shownInRussian)}</i>`, text: labels.shownInRussian });

  const title = item.title[textLanguage];
  const summary = item.summary[textLanguage];
  blocks.push({ html: `<b>${escapeHtml(title)}</b>\n${escapeHtml(summary)}`, text: `${title}\n${summary}` });
  const body = item.body[textLanguage];
  blocks.push({ html: markdownToTelegramHtml(body), text: markdownToPlainText(body) });

  const basisHtml = [`<b>${escapeHtml(labels.legalBasis)}</b>`];
  const basisText = [labels.legalBasis];
  const citations: Citation[] = [];
  for (const basis of item.legal_basis) {
    const act = basis.act[textLanguage];
    const article = basis.article[textLanguage];
    citations.push({ id: item.id, title: `${act}, ${article}`, url: basis.url });
    basisHtml.push(
      `• ${escapeHtml(act)}, ${escapeHtml(article)} — <a href="${escapeHtml(basis.url)}">${escapeHtml(hostOf(basis.url))}</a>`,
    );
    basisText.push(`• ${act}, ${article} — ${basis.url}`);
  }
  const verified = label(labels.verifiedOn, formatDate(item.verified_on, language));
  basisHtml.push(`<i>${escapeHtml(verified)}</i>`);
  basisText.push(verified);
  blocks.push({ html: basisHtml.join("\n"), text: basisText.join("\n") });

  if (options.today > item.review_due) {
    const stale = label(labels.stale, formatDate(item.review_due, language));
    blocks.push({ html: `<b>${escapeHtml(stale)}</b>`, text: stale });
  }

  const relatedIds = item.related.filter((id) => id !== item.id && index.byId(id) !== undefined);
  if (relatedIds.length > 0) {
    const titles = relatedIds.map(
      (id) => (index.byId(id) as KnowledgeItem).title[language] || (index.byId(id) as KnowledgeItem).title.ru,
    );
    blocks.push({
      html: [`<b>${escapeHtml(labels.related)}</b>`, ...titles.map((t) => `• ${escapeHtml(t)}`)].join("\n"),
      text: [labels.related, ...titles.map((t) => `• ${t}`)].join("\n"),
    });
  }
  blocks.push({ html: `<i>${escapeHtml(labels.disclaimer)}</i>`, text: labels.disclaimer });
  return finish(true, blocks, citations, relatedIds, []);
}

function declinedCard(result: EngineResult, index: KnowledgeIndex, options: CardOptions): AnswerCard {
  const language = result.language;
  const labels = options.labels(language);
  const suggestionIds = result.candidates
    .filter((candidate) => candidate.score >= MIN_SUGGESTION_SCORE && index.byId(candidate.id) !== undefined)
    .slice(0, MAX_SUGGESTIONS)
    .map((candidate) => candidate.id);
  const blocks: Block[] = [{ html: escapeHtml(labels.declined), text: labels.declined }];
  if (suggestionIds.length > 0) {
    const titles = suggestionIds.map((id) => {
      const item = index.byId(id) as KnowledgeItem;
      return item.title[language] || item.title.ru;
    });
    blocks.push({
      html: [escapeHtml(labels.closestTopics), ...titles.map((t) => `• ${escapeHtml(t)}`)].join("\n"),
      text: [labels.closestTopics, ...titles.map((t) => `• ${t}`)].join("\n"),
    });
  }
  blocks.push({ html: escapeHtml(labels.askConsultant), text: labels.askConsultant });
  blocks.push({ html: `<i>${escapeHtml(labels.disclaimer)}</i>`, text: labels.disclaimer });
  return finish(false, blocks, [], [], suggestionIds);
}

function finish(
  answered: boolean,
  blocks: Block[],
  citations: Citation[],
  relatedIds: string[],
  suggestionIds: string[],
): AnswerCard {
  return {
    answered,
    html: splitHtmlMessage(blocks.map((block) => block.html).join("\n\n")),
    text: blocks.map((block) => block.text).join("\n\n"),
    citations,
    relatedIds,
    suggestionIds,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
