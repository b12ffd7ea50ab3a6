import type { Language } from "../knowledge/item-schema.js";

/** Every user-facing label of the answer card, per language. `{date}` is replaced by a date. */
export interface CardLabels {
  legalBasis: string;
  verifiedOn: string;
  stale: string;
  related: string;
  disclaimer: string;
  /** Shown above the Russian text when the item lacks the answer language. */
  shownInRussian: string;
  declined: string;
  closestTopics: string;
  askConsultant: string;
}

/** Message keys of the labels in the bot's Fluent files (`card.ftl`); `card-verified-on` and `card-stale` take `$date`. */
const LABEL_KEYS: Record<keyof CardLabels, string> = {
  legalBasis: "card-legal-basis",
  verifiedOn: "card-verified-on",
  stale: "card-stale",
  related: "card-related",
  disclaimer: "card-disclaimer",
  shownInRussian: "card-shown-in-russian",
  declined: "card-declined",
  closestTopics: "card-closest-topics",
  askConsultant: "card-ask-consultant",
};

/** Where the card gets its labels: the bot's message catalogue (every user-facing text lives in `.ftl` files). */
export type CardLabelSource = (language: Language) => CardLabels;

/**
 * Card labels for every language from a translator. The two dated labels keep a `{date}` slot that the card fills
 * with the date written the language's way.
 */
export function cardLabelsFrom(
  translate: (language: Language, key: string, args?: Record<string, string>) => string,
): CardLabelSource {
  const cache = new Map<Language, CardLabels>();
  return (language) => {
    let labels = cache.get(language);
    if (!labels) {
      const entries = Object.entries(LABEL_KEYS).map(([name, key]) => [
        name,
        translate(language, key, { date: "{date}" }),
      ]);
      labels = Object.fromEntries(entries) as unknown as CardLabels;
      cache.set(language, labels);
    }
    return labels;
  };
}

/** A YYYY-MM-DD date the way each language writes it: DD.MM.YYYY in Russian and Kazakh, unchanged in English. */
export function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split("-");
  if (!year || !month || !day || language === "en") return date;
  return `${day}.${month}.${year}`;
}

export function label(text: string, date: string): string {
  return text.replace("{date}", date);
}
