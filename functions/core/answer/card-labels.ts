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

export const CARD_LABELS: Record<Language, CardLabels> = {
  ru: {
    legalBasis: "Правовая основа",
    verifiedOn: "Проверено: {date}",
    stale:
      "⚠️ Срок перепроверки этой справки истёк {date}: нормы могли измениться. Уточните в органах юстиции или по номеру 1414.",
    related: "Связанные темы",
    disclaimer: "ℹ️ Это правовая информация, а не юридическая консультация.",
    shownInRussian: "Текста на этом языке пока нет, показан русский.",
    declined: "Я пока не знаю точного ответа на этот вопрос и не хочу гадать.",
    closestTopics: "Возможно, подойдёт одна из этих тем:",
    askConsultant: "Можно задать вопрос консультанту — он ответит лично.",
  },
  kk: {
    legalBasis: "Құқықтық негіз",
    verifiedOn: "Тексерілген күні: {date}",
    stale:
      "⚠️ Бұл анықтаманы қайта тексеру мерзімі {date} өтіп кетті: нормалар өзгеруі мүмкін. Әділет органдарынан немесе 1414 нөмірі арқылы нақтылаңыз.",
    related: "Байланысты тақырыптар",
    disclaimer: "ℹ️ Бұл — құқықтық ақпарат, заң кеңесі емес.",
    shownInRussian: "Бұл тақырыптың қазақша мәтіні әлі жоқ, орысша мәтіні көрсетілді.",
    declined: "Бұл сұраққа әзірге нақты жауабым жоқ, болжап айтқым келмейді.",
    closestTopics: "Мүмкін, мына тақырыптардың бірі сәйкес келер:",
    askConsultant: "Сұрақты кеңесшіге қоюға болады — ол жеке жауап береді.",
  },
  en: {
    legalBasis: "Legal basis",
    verifiedOn: "Verified on {date}",
    stale:
      "⚠️ This answer was due for re-checking on {date}: the rules may have changed. Check with the justice department or call 1414.",
    related: "Related topics",
    disclaimer: "ℹ️ This is legal information, not legal advice.",
    shownInRussian: "This topic has no text in your language yet; the Russian text is shown.",
    declined: "I don't know the answer to this question yet, and I'd rather not guess.",
    closestTopics: "One of these topics may help:",
    askConsultant: "You can ask a consultant, who will answer you personally.",
  },
};

/** A YYYY-MM-DD date the way each language writes it. */
export function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split("-");
  if (!year || !month || !day) return date;
  if (language === "en") {
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    return `${Number(day)} ${months[Number(month) - 1] ?? month} ${year}`;
  }
  return `${day}.${month}.${year}`;
}

export function label(text: string, date: string): string {
  return text.replace("{date}", date);
}
