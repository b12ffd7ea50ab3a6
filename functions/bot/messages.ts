import type { Language } from "../core/knowledge/item-schema.js";

/** User-facing texts of the bot's own messages (answers come from knowledge items). */
export const MESSAGES = {
  ru: {
    start:
      "Здравствуйте! Я отвечаю на вопросы о создании и работе НКО в Казахстане: регистрация, устав, отчётность, налоги, гранты, лицензии, ликвидация.\n\nЗадайте вопрос своими словами, например: <i>Сколько нужно учредителей для общественного объединения?</i>\n\nЯ даю правовую информацию со ссылками на закон, а не юридическую консультацию. Обязывающий ответ дают департамент юстиции, eGov и единый контакт-центр 1414.",
    help: "Просто напишите вопрос. Команды:\n/start — начало\n/help — эта справка",
    unsupported: "Я понимаю только текст. Напишите вопрос словами.",
  },
  kk: {
    start:
      "Сәлеметсіз бе! Мен Қазақстандағы коммерциялық емес ұйымдарды құру және олардың қызметі туралы сұрақтарға жауап беремін: тіркеу, жарғы, есептілік, салықтар, гранттар, лицензиялар, тарату.\n\nСұрағыңызды өз сөзіңізбен жазыңыз, мысалы: <i>Қоғамдық бірлестік құру үшін қанша құрылтайшы керек?</i>\n\nМен заңға сілтеме жасай отырып құқықтық ақпарат беремін, бұл заң кеңесі емес. Міндетті жауапты әділет департаменті, eGov және 1414 бірыңғай байланыс орталығы береді.",
    help: "Сұрағыңызды жазыңыз. Командалар:\n/start — бастау\n/help — анықтама",
    unsupported: "Мен тек мәтінді түсінемін. Сұрағыңызды сөзбен жазыңыз.",
  },
  en: {
    start:
      "Hello! I answer questions about setting up and running a non-profit organization in Kazakhstan: registration, charter, reporting, taxes, grants, licences, liquidation.\n\nAsk in your own words, for example: <i>How many founders does a public association need?</i>\n\nI give legal information with references to the law, not legal advice. Binding answers come from the justice department, eGov and the 1414 contact centre.",
    help: "Just type your question. Commands:\n/start — start\n/help — this help",
    unsupported: "I can only read text. Please type your question.",
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)["ru"];

/** The user's Telegram interface language mapped to one of ours; Russian when unknown. */
export function languageFromTelegram(code: string | undefined): Language {
  const base = code?.toLowerCase().split("-")[0];
  return base === "kk" || base === "en" ? base : "ru";
}
