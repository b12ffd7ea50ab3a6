import type { Glossary } from "../../functions/core/knowledge/glossary.js";
import type { KnowledgeItem, Localized, Topic } from "../../functions/core/knowledge/item-schema.js";

/** A knowledge item for tests: only what matters to the test is given, the rest gets valid defaults. */
export function makeItem(
  fields: {
    id: string;
    topic?: Topic;
    title: Localized;
    summary?: Localized;
    questions: KnowledgeItem["questions"];
    body?: Localized;
  } & Partial<Omit<KnowledgeItem, "id" | "title" | "questions">>,
): KnowledgeItem {
  const { id, title } = fields;
  return {
    topic: "general",
    summary: title,
    body: { ru: `Текст про ${title.ru}.`, kk: `${title.kk} туралы мәтін.`, en: `Text about ${title.en}.` },
    legal_basis: [
      {
        act: { ru: "Закон о НКО", kk: "КЕҰ туралы заң", en: "NCO Law" },
        article: { ru: "ст. 1", kk: "1-бап", en: "Art. 1" },
        url: "https://adilet.zan.kz/rus/docs/Z010000142_",
      },
    ],
    verified_on: "2026-11-25",
    review_due: "2027-05-25",
    related: [],
    source: `knowledge/${fields.topic ?? "general"}/${id}.md`,
    ...fields,
  };
}

/** A small knowledge base: a public association, a public fund, a registration fee and an NGO database item. */
export const FIXTURE_ITEMS: KnowledgeItem[] = [
  makeItem({
    id: "public-association",
    topic: "legal-forms",
    title: { ru: "Общественное объединение (ОО)", kk: "Қоғамдық бірлестік (ҚБ)", en: "Public association (PA)" },
    summary: {
      ru: "ОО создают не менее 3 граждан; это членская организация.",
      kk: "ҚБ-ны кемінде 3 азамат құрады; бұл мүшелік ұйым.",
      en: "A PA is founded by at least 3 citizens; it is a membership organization.",
    },
    questions: {
      ru: [
        "Сколько нужно учредителей для общественного объединения?",
        "можно ли создать ОО втроем",
        "иностранец может быть членом ОО?",
        "что такое общественное объединение",
      ],
      kk: [
        "Қоғамдық бірлестік құру үшін қанша құрылтайшы керек?",
        "ҚБ деген не",
        "шетел азаматы ҚБ мүшесі бола ала ма",
        "үш адам қоғамдық бірлестік аша ала ма",
      ],
      en: [
        "How many founders does a public association need?",
        "what is a public association",
        "can 3 people set up a PA",
        "can a foreigner be a member of a public association",
      ],
    },
    related: ["public-fund"],
  }),
  makeItem({
    id: "public-fund",
    topic: "legal-forms",
    title: { ru: "Общественный фонд", kk: "Қоғамдық қор", en: "Public fund" },
    summary: {
      ru: "Фонд не имеет членства, его имущество формируется из взносов учредителей.",
      kk: "Қордың мүшелігі жоқ, мүлкі құрылтайшылардың жарналарынан құралады.",
      en: "A fund has no members; its property comes from the founders' contributions.",
    },
    questions: {
      ru: [
        "что такое фонд и чем он отличается",
        "кто управляет фондом",
        "нужен ли попечительский совет фонду",
        "фонд это членская организация?",
      ],
      kk: ["қор деген не", "қорды кім басқарады", "қорға қамқоршылық кеңес керек пе", "қордың мүшелері бола ма"],
      en: [
        "what is a public fund",
        "who runs a foundation",
        "does a fund need a board of trustees",
        "does a fund have members",
      ],
    },
  }),
  makeItem({
    id: "registration-fee",
    topic: "registration",
    title: { ru: "Регистрационный сбор", kk: "Тіркеу алымы", en: "Registration fee" },
    summary: {
      ru: "Сбор за регистрацию НКО — 6,5 МРП.",
      kk: "КЕҰ-ны тіркеу алымы — 6,5 АЕК.",
      en: "The registration fee of an NCO is 6.5 MCI.",
    },
    questions: {
      ru: [
        "сколько стоит регистрация НКО",
        "какой сбор за регистрацию",
        "госпошлина за регистрацию ОО",
        "сколько платить за регистрацию фонда",
      ],
      kk: ["тіркеу алымы қанша", "КЕҰ тіркеу үшін қанша төлеу керек", "ҚБ тіркеу алымы", "қорды тіркеу қанша тұрады"],
      en: [
        "how much is the registration fee",
        "state fee to register an NGO",
        "registration fee for a public association",
        "cost of registering a fund",
      ],
    },
  }),
  makeItem({
    id: "ngo-database",
    topic: "reporting",
    title: { ru: "База данных НПО", kk: "ҮЕҰ дерекқоры", en: "NGO database" },
    summary: {
      ru: "Сведения в базу данных НПО подают ежегодно до 31 марта.",
      kk: "ҮЕҰ дерекқорына мәліметтер жыл сайын 31 наурызға дейін беріледі.",
      en: "NGOs submit data to the NGO database every year by 31 March.",
    },
    questions: {
      ru: [
        "как сдать сведения в базу НПО",
        "до какого числа подавать в базу данных НПО",
        "кто обязан подавать сведения в базу нпо",
        "что такое база данных НПО",
      ],
      kk: [
        "ҮЕҰ дерекқорына мәліметті қалай тапсырамыз",
        "дерекқорға мәлімет қашанға дейін беріледі",
        "ҮЕҰ дерекқоры деген не",
        "дерекқорға кім тапсырады",
      ],
      en: [
        "how to submit to the NGO database",
        "deadline for the NGO database",
        "who must report to the NGO database",
        "what is the NGO database",
      ],
    },
  }),
];

export const FIXTURE_GLOSSARY: Glossary = {
  terms: [
    { ru: ["общественное объединение", "оо"], kk: ["қоғамдық бірлестік", "қб"], en: ["public association", "pa"] },
    {
      ru: ["общественный фонд", "фонд", "оф"],
      kk: ["қоғамдық қор", "қор", "ққ"],
      en: ["public fund", "foundation", "fund"],
    },
    {
      ru: ["некоммерческая организация", "нко"],
      kk: ["коммерциялық емес ұйым", "кеұ"],
      en: ["non-commercial organization", "nco"],
    },
    {
      ru: ["неправительственная организация", "нпо"],
      kk: ["үкіметтік емес ұйым", "үеұ"],
      en: ["non-governmental organization", "ngo"],
    },
    { ru: ["сбор", "госпошлина"], kk: ["алым", "мемлекеттік баж"], en: ["fee", "state fee"] },
  ],
};
