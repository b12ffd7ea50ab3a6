import type { KnowledgeItem, Language } from "../knowledge/item-schema.js";
import { LANGUAGES } from "../knowledge/item-schema.js";
import { analyze, analyzeNormalized } from "./analyze.js";
import { foldTerm } from "./normalize.js";

/**
 * What the assistant is NOT for, as words in three languages: business registration, personal taxes and money,
 * other countries' law, migration, weather, cooking, politics, family law, programming, instructions to the bot,
 * chit-chat. A question naming one of these gets the `outOfScope` feature of the confidence model (which declines
 * it), unless an excuse applies:
 *
 * - "ngo": the question also names a non-profit form (ОО, фонд, мекеме, association …): "can an LLP found a
 *   private institution", "может ли иностранец с ВНЖ быть учредителем ОО" are in scope;
 * - "foreign": for other countries, the best item deals with foreign matters (foreign funding, foreign members),
 *   unless the country is where the question is about ("в России", "Қырғызстанда", "in the US").
 *
 * These are whole areas the knowledge base deliberately leaves out, not a list of test questions.
 */
interface ScopeGroup {
  name: string;
  words: string[];
  /**
   * "ngo-form": excused when the question names a non-profit form (ОО, фонд, мекеме …);
   * "ngo": also when it names founders or the charter; "none": never.
   */
  excuse: "ngo-form" | "ngo" | "none";
}

const GROUPS: ScopeGroup[] = [
  {
    name: "business registration",
    excuse: "ngo-form",
    words: [
      "своего дела",
      "свое дело",
      "своё дело",
      "own business",
      "small business",
      "малый бизнес",
      "Бастау Бизнес",
      "Bastau",
      "Даму",
      "Damu",
      "өз ісімді",
      "шағын бизнес",
      "ИП",
      "ИПшник",
      "ТОО",
      "ООО",
      "ЖК",
      "ЖШС",
      "LLP",
      "LLC",
      "предприниматель",
      "товарищество",
      "кәсіпкер",
      "серіктестік",
      "sole proprietor",
      "sole trader",
      "proprietorship",
      "proprietor",
      "entrepreneur",
      "startup",
      "стартап",
      "бизнес",
      "business",
      "кофейня",
      "магазин",
      "дүкен",
      "shop",
      "cafe",
      "coffee",
      "кафе",
      "франшиза",
      "franchise",
      "интернет-магазин",
      "маркетплейс",
      "kaspi",
    ],
  },
  {
    name: "personal taxes, money and property",
    excuse: "ngo",
    words: [
      "simplified regime for individuals",
      "упрощенка для ИП",
      "декларация 270",
      "форма 270",
      "270 нысан",
      "270 нысанды",
      "form 270",
      "активы и обязательства",
      "активтер мен міндеттемелер",
      "assets and liabilities",
      "личный счёт",
      "личный счет",
      "жеке шот",
      "банковская карта",
      "bank card",
      "жалақымды",
      "таможня",
      "растаможка",
      "растаможить",
      "кеден",
      "кедендік",
      "customs duty",
      "import duty",
      "пошлина на ввоз",
      "ИПН",
      "транспорт",
      "машина",
      "автомобиль",
      "car",
      "көлік",
      "оформить инвалидность",
      "группа инвалидности",
      "группу инвалидности",
      "мүгедектік тобы",
      "disability status",
      "пособие",
      "жәрдемақы",
      "benefit payment",
      "unemployment",
      "безработица",
      "индивидуальный подоходный налог",
      "аренда",
      "аренду",
      "rent",
      "жалға",
      "патент",
      "розничный налог",
      "ЖТС",
      "физлицо",
      "физическое лицо",
      "самозанятый",
      "фрилансер",
      "freelancer",
      "freelance",
      "self-employed",
      "personal income tax",
      "individual income tax",
      "income tax rate",
      "зарплата",
      "жалақы",
      "salary",
      "payroll",
      "пенсия",
      "зейнетақы",
      "pension",
      "ОПВ",
      "ОСМС",
      "медстраховка",
      "сдача квартиры",
      "аренда квартиры",
      "кредит",
      "несие",
      "ипотека",
      "loan",
      "mortgage",
      "курс доллара",
      "exchange rate",
      "валюта",
      "currency",
      "депозит",
      "deposit",
      "налог на имущество",
      "property tax",
      "мүлік салығы",
      "транспортный налог",
      "всеобщее декларирование",
      "декларация 270",
      "недвижимость",
      "real estate",
      "купить квартиру",
      "пәтер сатып алу",
      "криптовалюта",
      "crypto",
      "bitcoin",
    ],
  },
  {
    name: "migration",
    excuse: "ngo",
    words: [
      "адресная справка",
      "адресную справку",
      "мекенжай анықтамасы",
      "мекенжай",
      "address certificate",
      "справка с места жительства",
      "паспорт",
      "загранпаспорт",
      "passport",
      "төлқұжат",
      "ықтиярхат",
      "тұруға рұқсат",
      "вид на жительство",
      "виза",
      "удостоверение",
      "удостоверения",
      "жеке куәлік",
      "id card",
      "несудимость",
      "несудимости",
      "визу",
      "визасы",
      "шенген",
      "шенгенская",
      "visa",
      "work permit",
      "residence permit",
      "вид на жительство",
      "ВНЖ",
      "иммиграция",
      "immigration",
      "гражданство",
      "citizenship",
      "азаматтық алу",
      "прописка",
      "мигрант",
      "migrant",
    ],
  },
  {
    name: "politics",
    excuse: "ngo",
    words: [
      "маслихат",
      "мәслихат",
      "партия",
      "партию",
      "party",
      "партиясы",
      "выборы",
      "голосовать",
      "голосование",
      "сайлау",
      "дауыс беру",
      "election",
      "elections",
      "vote",
      "voting",
      "мажилис",
      "мәжіліс",
      "депутат",
      "митинг",
      "протест",
      "protest",
      "оппозиция",
    ],
  },
  {
    name: "family, labour and private law",
    excuse: "ngo",
    words: [
      "алименты",
      "жалоба",
      "жалобу",
      "шағым",
      "complaint",
      "алимент",
      "развод",
      "ажырасу",
      "ажырасқан",
      "divorce",
      "alimony",
      "child support",
      "custody",
      "опека",
      "усыновление",
      "асырап",
      "adoption",
      "брак",
      "неке",
      "marriage",
      "наследство",
      "мұра",
      "inheritance",
      "ДТП",
      "ПДД",
      "speeding",
      "parking fine",
      "штраф за парковку",
      "водительские права",
      "driving licence",
      "driver's license",
      "жүргізуші куәлігі",
      "увольнение",
      "уволить",
      "уволили",
      "трудовой договор",
      "больничный",
      "sick leave",
      "fired",
      "employment contract",
      "еңбек шарты",
      "жұмыстан шығарды",
      "соседи",
      "neighbours",
    ],
  },
  {
    name: "health and education",
    excuse: "ngo",
    words: [
      "отчёт школы",
      "отчет школы",
      "школьный отчёт",
      "школьный отчет",
      "управление образования",
      "мектеп есебі",
      "мектептің есебі",
      "білім басқармасы",
      "school report",
      "школьнику",
      "сынып",
      "лабораторная",
      "lab report",
      "зертханалық",
      "курсовая",
      "курсовую",
      "дипломная",
      "дипломную",
      "реферат",
      "practice report",
      "отчёт по практике",
      "отчет по практике",
      "өндірістік практика",
      "grade",
      "физика",
      "химия",
      "chemistry",
      "physics",
      "history of Kazakhstan",
      "ФСМС",
      "медстрахование",
      "медстраховки",
      "застрахованности",
      "health insurance",
      "ӘМСҚ",
      "міндетті әлеуметтік медициналық сақтандыру",
      "врач",
      "лечение",
      "treatment",
      "емдеу",
      "больница",
      "поликлиника",
      "симптомы",
      "лекарство",
      "таблетки",
      "doctor",
      "hospital",
      "symptoms",
      "medicine dose",
      "дәрігер",
      "аурухана",
      "дәрі",
      "ЕНТ",
      "ҰБТ",
      "вуз",
      "университет",
      "university",
      "admission",
      "студент",
      "student",
      "стипендия",
      "scholarship",
      "tuition",
      "оқуға түсу",
      "домашнее задание",
      "homework",
    ],
  },
  {
    name: "sports and entertainment",
    excuse: "ngo",
    words: [
      "футбольный",
      "футбольного",
      "футбольный клуб",
      "football club",
      "игра",
      "игре",
      "игры",
      "game",
      "gaming",
      "video game",
      "ойын",
      "ойында",
      "клан",
      "clan",
      "minecraft",
      "майнкрафт",
      "clash",
      "dota",
      "дота",
      "steam",
      "сервер майнкрафт",
      "геймер",
      "футбол",
      "football",
      "soccer",
      "champions league",
      "лига чемпионов",
      "чемпионат",
      "championship",
      "хоккей",
      "hockey",
      "бокс",
      "boxing",
      "олимпиада",
      "olympics",
      "матч",
      "фильм",
      "movie",
      "кино",
      "сериал",
      "series",
      "песня",
      "song",
      "музыка",
      "music",
    ],
  },
  {
    name: "pension, investment and insurance funds",
    excuse: "none",
    words: [
      "ЕНПФ",
      "БЖЗҚ",
      "пенсионный фонд",
      "пенсионного фонда",
      "пенсионные накопления",
      "пенсионных накоплений",
      "зейнетақы қоры",
      "зейнетақы жинағы",
      "зейнетақы жинағымды",
      "pension fund",
      "pension savings",
      "инвестиционный фонд",
      "инвестиционного фонда",
      "инвестициялық қор",
      "инвестициялық қорға",
      "investment fund",
      "index fund",
      "mutual fund",
      "hedge fund",
      "ПИФ",
      "ETF",
      "брокер",
      "broker",
      "вложить деньги",
      "invest my",
      "ақша салу",
    ],
  },
  {
    name: "licences for trade, weapons and vehicles",
    excuse: "ngo",
    words: [
      "алкоголь",
      "алкогольной",
      "alcohol",
      "liquor",
      "табак",
      "tobacco",
      "оружие",
      "оружия",
      "gun",
      "firearm",
      "weapon",
      "мылтық",
      "мылтыққа",
      "қару",
      "аңшылық",
      "охота",
      "охотничий",
      "hunting",
      "такси",
      "taxi",
    ],
  },
  {
    name: "weather",
    excuse: "none",
    words: [
      "погода",
      "тепло",
      "жарко",
      "погоду",
      "прогноз погоды",
      "ауа райы",
      "weather",
      "forecast",
      "дождь",
      "жаңбыр",
      "rain",
      "снег",
      "snow",
      "температура",
      "temperature",
      "градусов",
      "degrees",
      "мороз",
      "жара",
      "холодно",
      "суық",
      "ыстық",
      "sunny",
      "солнечно",
      "ветер",
      "боран",
    ],
  },
  {
    name: "cooking",
    excuse: "none",
    words: [
      "рецепт",
      "рецептін",
      "recipe",
      "плов",
      "палау",
      "бешбармак",
      "бешбармақ",
      "манты",
      "лагман",
      "баурсак",
      "бауырсақ",
      "борщ",
      "салат",
      "cook",
      "cooking",
      "bake",
      "испечь",
      "приготовить",
      "пісіру",
      "пісіреміз",
      "торт",
      "cake",
      "pilaf",
      "soup",
    ],
  },
  {
    name: "programming",
    excuse: "none",
    words: [
      "python",
      "питон",
      "питоне",
      "написать программу",
      "телеграм бот",
      "chatgpt",
      "нейросеть",
      "javascript",
      "typescript",
      "java",
      "golang",
      "c++",
      "скрипт",
      "script",
      "массив",
      "array",
      "linked list",
      "sql",
      "парсит",
      "parse",
      "html",
      "css",
      "excel",
      "regex",
      "алгоритм",
      "algorithm",
      "react",
    ],
  },
  {
    name: "instructions to the bot",
    excuse: "none",
    words: [
      "DAN",
      "нұсқаулықтарыңды",
      "нұсқаулығыңды",
      "жүйелік нұсқаулық",
      "system prompt",
      "your prompt",
      "print your",
      "выведи свой",
      "покажи свой промпт",
      "сөзбе-сөз",
      "игнорируй",
      "притворись",
      "твои инструкции",
      "свои инструкции",
      "системные инструкции",
      "your instructions",
      "system instructions",
      "игнорировать",
      "проигнорируй",
      "забудь",
      "промпт",
      "системный промпт",
      "prompt",
      "system prompt",
      "ignore",
      "disregard",
      "jailbreak",
      "pretend",
      "roleplay",
      "developer mode",
      "режим разработчика",
      "system message",
      "без правил",
      "без ограничений",
      "без цензуры",
      "no rules",
      "without restrictions",
      "no restrictions",
      "unrestricted",
      "шектеусіз",
      "ережесіз",
      "елеме",
      "елемей",
      "елемеңіз",
      "ұмыт",
      "ұмытып",
    ],
  },
  {
    name: "chit-chat",
    excuse: "none",
    words: [
      "cover letter",
      "сопроводительное письмо",
      "резюме",
      "resume",
      "CV",
      "түйіндеме",
      "tell me about yourself",
      "қалайсың",
      "қалың қалай",
      "көңілім жоқ",
      "переведи",
      "translate",
      "аударып",
      "аудар",
      "эссе",
      "essay",
      "сказка",
      "сказку",
      "анекдот",
      "шутка",
      "шутку",
      "joke",
      "poem",
      "стих",
      "стихотворение",
      "өлең",
      "зерігіп",
      "скучно",
      "bored",
    ],
  },
];

/**
 * Words that make a question about NGOs (forms, founders, charter): a question naming one is in scope even
 * when it also names an out-of-scope word of an "ngo" group.
 */
const NGO_FORMS = [
  "НКО",
  "НПО",
  "КЕҰ",
  "ҮЕҰ",
  "NGO",
  "NCO",
  "nonprofit",
  "non-profit",
  "некоммерческая",
  "ОО",
  "ОФ",
  "ҚБ",
  "ҚҚ",
  "PA",
  "общественное объединение",
  "общественный фонд",
  "фонд",
  "қор",
  "fund",
  "foundation",
  "учреждение",
  "мекеме",
  "institution",
  "ассоциация",
  "қауымдастық",
  "association",
  "союз",
  "одақ",
  "union",
  "объединение",
  "бірлестік",
  "кооператив",
  "cooperative",
  "charity",
  "благотворительный",
];

/** Founders and the charter: NGO context too, but companies have them as well (not an excuse for business words). */
const NGO_CONTEXT = ["учредитель", "founder", "құрылтайшы", "устав", "жарғы", "charter"];

/** Other countries: stems that start the name or adjective in Russian, Kazakh and English (lower case, folded). */
const COUNTRY_PREFIXES = [
  "росси",
  "ресей",
  "russia",
  "кыргыз",
  "киргиз",
  "kyrgyz",
  "узбек",
  "озбек",
  "uzbek",
  "таджик",
  "тажик",
  "tajik",
  "туркмен",
  "turkmen",
  "америк",
  "america",
  "герман",
  "german",
  "немец",
  "франц",
  "france",
  "french",
  "британ",
  "улыбритан",
  "britain",
  "british",
  "англи",
  "england",
  "китай",
  "кытай",
  "china",
  "chinese",
  "турци",
  "туркия",
  "turkey",
  "turkiye",
  "украин",
  "ukrain",
  "беларус",
  "belarus",
  "грузи",
  "georgia",
  "европ",
  "еуроп",
  "europe",
  "евросоюз",
  "канад",
  "canada",
  "польш",
  "польск",
  "poland",
  "polish",
  "итали",
  "italy",
  "испани",
  "spain",
  "израил",
  "israel",
  "дубай",
  "дубае",
  "дубаи",
  "dubai",
  "корея",
  "корее",
  "корею",
  "кореи",
  "корей",
  "korea",
  "япони",
  "жапони",
  "japan",
  "индия",
  "индии",
  "india",
  "ундистан",
  "азербайдж",
  "азирбайжан",
  "azerbaijan",
  "армени",
  "armenia",
  "молдов",
  "moldova",
  "литв",
  "lithuania",
  "латви",
  "latvia",
  "эстони",
  "estonia",
  "чехи",
  "czech",
  "австри",
  "австрал",
  "austria",
  "australia",
  "швейцар",
  "switzerland",
  "нидерланд",
  "голланд",
  "netherlands",
  "holland",
  "монгол",
  "mongolia",
  "иран",
  "iran",
  "пакистан",
  "pakistan",
  "афганистан",
  "afghanistan",
  "финлянд",
  "finland",
  "швеци",
  "sweden",
  "норвеги",
  "norway",
  // Foreign capitals and big cities.
  "москв",
  "moscow",
  "петербург",
  "бишкек",
  "bishkek",
  "ташкент",
  "tashkent",
  "душанбе",
  "минск",
  "minsk",
  "киев",
  "kyiv",
  "kiev",
  "лондон",
  "london",
  "вашингтон",
  "washington",
  "берлин",
  "berlin",
  "париж",
  "paris",
  "стамбул",
  "istanbul",
  "анкар",
  "ankara",
  "пекин",
  "beijing",
  "сеул",
  "seoul",
  "токио",
  "tokyo",
  "варшав",
  "warsaw",
  "тбилиси",
  "tbilisi",
  "ереван",
  "yerevan",
];
/** Short names matched as whole tokens (АҚШ is not ақша); "us" only after "in (the)". */
const COUNTRY_TOKENS = new Set(["рф", "сша", "акш", "оаэ", "баа", "usa", "us", "uk", "eu", "uae", "501", "irs"]);
/** Kazakh locative endings written apart after an abbreviation: АҚШ-та, РФ-тағы. */
const DETACHED_LOCATIVE = new Set(["да", "де", "та", "те", "дагы", "тагы", "деги", "теги"]);
/** The best item deals with foreign matters when its topic mentions one of these. */
const FOREIGN = [
  "иностранный",
  "иностранец",
  "зарубежный",
  "шетел",
  "шетелдік",
  "халықаралық",
  "foreign",
  "foreigner",
  "international",
];
const LOCATIVE_BEFORE = new Set(["в", "во", "in"]);
const KAZAKH_LOCATIVE = /(да|де|та|те|нда|нде|дагы|деги|тагы|теги|ндагы|ндеги)$/;

interface CompiledGroup {
  name: string;
  excuse: ScopeGroup["excuse"];
  markers: string[][];
}

/** Each marker is analyzed the way questions are, in every language it could be read in. */
function markersOf(words: string[]): string[][] {
  const markers = new Map<string, string[]>();
  for (const word of words) {
    for (const language of LANGUAGES) {
      const terms = analyze(word, language);
      if (terms.length > 0) markers.set(terms.join(" "), terms);
    }
  }
  return [...markers.values()];
}

const COMPILED: CompiledGroup[] = GROUPS.map((group) => ({
  name: group.name,
  excuse: group.excuse,
  markers: markersOf(group.words),
}));
const NGO_FORM_MARKERS = markersOf(NGO_FORMS);
const NGO_CONTEXT_MARKERS = markersOf(NGO_CONTEXT);
const FOREIGN_TERMS = new Set(markersOf(FOREIGN).flat());

function contains(terms: readonly string[], marker: readonly string[]): boolean {
  outer: for (let start = 0; start + marker.length <= terms.length; start++) {
    for (let offset = 0; offset < marker.length; offset++) if (terms[start + offset] !== marker[offset]) continue outer;
    return true;
  }
  return false;
}

/** Terms of an item's title, summary and paraphrases (what the item is about), cached per item object. */
const itemTopicTerms = new WeakMap<KnowledgeItem, Set<string>>();

function topicTerms(item: KnowledgeItem): Set<string> {
  let terms = itemTopicTerms.get(item);
  if (!terms) {
    terms = new Set<string>();
    for (const language of LANGUAGES) {
      for (const text of [item.title[language], item.summary[language], ...item.questions[language]]) {
        for (const term of analyze(text, language)) terms.add(term);
      }
    }
    itemTopicTerms.set(item, terms);
  }
  return terms;
}

/** Terms of all of an item's text (body included), cached per item object. */
const itemTextTerms = new WeakMap<KnowledgeItem, Set<string>>();

function textTerms(item: KnowledgeItem): Set<string> {
  let terms = itemTextTerms.get(item);
  if (!terms) {
    terms = new Set(topicTerms(item));
    for (const language of LANGUAGES) for (const term of analyze(item.body[language], language)) terms.add(term);
    itemTextTerms.set(item, terms);
  }
  return terms;
}

/** "another country" without naming it: the word for "other" followed by the word for "country". */
const OTHER_WORDS = new Set(["другой", "другом", "другую", "другая", "другие", "другого", "another", "other", "баска"]);
const COUNTRY_WORDS = /^(стран|государств|country|countries|ел|елде|елдерде|елдерд)/;

/** Where the question mentions another country: "abroad" when it is the place the question is about. */
function countryMention(normalized: string): "none" | "mentioned" | "abroad" {
  const words = normalized.split(" ").filter(Boolean).map(foldTerm);
  let found: "none" | "mentioned" | "abroad" = "none";
  words.forEach((word, index) => {
    if (!OTHER_WORDS.has(word) || !COUNTRY_WORDS.test(words[index + 1] ?? "")) return;
    const abroad = LOCATIVE_BEFORE.has(words[index - 1] ?? "") || KAZAKH_LOCATIVE.test(words[index + 1] ?? "");
    found = abroad ? "abroad" : found === "abroad" ? "abroad" : "mentioned";
  });
  words.forEach((word, index) => {
    const country = COUNTRY_TOKENS.has(word) || COUNTRY_PREFIXES.some((prefix) => word.startsWith(prefix));
    if (!country) return;
    const before = words[index - 1] === "the" ? words[index - 2] : words[index - 1];
    if (word === "us" && before !== "in") return; // the pronoun
    const abroad =
      LOCATIVE_BEFORE.has(before ?? "") ||
      KAZAKH_LOCATIVE.test(word) ||
      DETACHED_LOCATIVE.has(words[index + 1] ?? "") ||
      word === "501" ||
      word === "irs";
    found = abroad ? "abroad" : found === "abroad" ? "abroad" : "mentioned";
  });
  return found;
}

/**
 * 1 when the question names something the knowledge base leaves out (and no excuse applies), else 0.
 * `normalized` is the question after normalizeText; `language` its detected language; `item` the best item.
 */
export function outOfScopeSignal(normalized: string, language: Language, item: KnowledgeItem | undefined): number {
  return outOfScopeGroups(normalized, language, item).length > 0 ? 1 : 0;
}

/** The out-of-scope areas a question names, after excuses. */
export function outOfScopeGroups(normalized: string, language: Language, item: KnowledgeItem | undefined): string[] {
  const terms = analyzeNormalized(normalized, language);
  const namesForm = NGO_FORM_MARKERS.some((marker) => contains(terms, marker));
  const namesContext = namesForm || NGO_CONTEXT_MARKERS.some((marker) => contains(terms, marker));
  const groups = COMPILED.filter((group) => {
    const found = group.markers.filter((marker) => contains(terms, marker));
    if (found.length === 0) return false;
    const excusable = (group.excuse === "ngo-form" && namesForm) || (group.excuse === "ngo" && namesContext);
    // The NGO word excuses the question only when the best item itself deals with what the question names.
    if (!excusable || !item) return true;
    const text = textTerms(item);
    return !found.every((marker) => marker.every((term) => text.has(term)));
  }).map((group) => group.name);
  const country = countryMention(normalized);
  if (country === "abroad") groups.push("other countries");
  else if (country === "mentioned") {
    const about = item ? topicTerms(item) : new Set<string>();
    if (![...FOREIGN_TERMS].some((term) => about.has(term))) groups.push("other countries");
  }
  return groups;
}
