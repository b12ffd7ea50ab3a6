import type { KnowledgeItem, Language } from "../knowledge/item-schema.js";
import { LANGUAGES } from "../knowledge/item-schema.js";
import { analyze, analyzeNormalized } from "./analyze.js";
import { namesCountry } from "./countries.js";
import { foldTerm, normalizeText } from "./normalize.js";

/**
 * What the assistant is NOT for, as words in three languages: business registration, personal taxes and money,
 * other countries' law, migration, weather, cooking, politics, family law, programming, instructions to the bot,
 * chit-chat, a person choosing a charity. A question naming one of these gets the `outOfScope` feature of the confidence model (which declines
 * it), unless an excuse applies:
 *
 * - "ngo": the question also names a non-profit form (ОО, фонд, мекеме, association …): "can an LLP found a
 *   private institution", "может ли иностранец с ВНЖ быть учредителем ОО" are in scope;
 * - "foreign": for other countries, the best item deals with foreign matters (foreign funding, foreign members),
 *   unless the country is where the question is about ("в России", "Қырғызстанда", "in the US");
 * - "ours": a place abroad where our money comes from or our founder lives ("a foundation in Germany gave us a
 *   grant", "наш учредитель живёт в России") is not another country's matter at all.
 *
 * These are whole areas the knowledge base deliberately leaves out, not a list of test questions.
 */
interface ScopeGroup {
  name: string;
  words: string[];
  /**
   * Phrases made mostly of stop words ("как дела", "без правил"), matched word for word on the normalized question
   * rather than on its search terms.
   */
  phrases?: string[];
  /**
   * "ngo-form": excused when the question names a non-profit form (ОО, фонд, мекеме …);
   * "ngo": also when it names founders or the charter; "none": never; "forbidden": never, and the question is
   * declined whatever else it says (forgery, hiding money from the authorities).
   */
  excuse: "ngo-form" | "ngo" | "none" | "forbidden";
}

export const GROUPS: ScopeGroup[] = [
  {
    name: "forgery and hiding money",
    excuse: "forbidden",
    phrases: [
      "налоговая не узна",
      "чтобы налоговая не",
      "so the tax office",
      "танысым бар",
      "knows someone at",
      "pay him to",
      "in reality we",
      "doesn't know about it",
      "без его ведома",
      "не отследили",
      "қатысқандай болсын",
      "не отследят",
      "чтобы не поймали",
      "hack into",
      "without the tax office",
      "offer the inspector",
      "pay the inspector",
      "without looking",
      "looks clean",
      "look clean",
      "жалған акт",
      "fake act",
      "чтобы нигде не светилось",
    ],
    words: [
      "looks bigger",
      "look bigger",
      "invent expenses",
      "make up expenses",
      "look real",
      "придумай расходы",
      "выдумай расходы",
      "bribe",
      "пара беріп",
      "пара берсек",
      "пара берсем",
      "пара ұсыну",
      "дать взятку",
      "откат",
      "откаты",
      "kickback",
      "kickbacks",
      "launder",
      "laundering",
      "отмыть",
      "отмывание",
      "обналичить",
      "ақша жылыстату",
      "салықтан жасыру",
      "салықтан ақша жасыру",
      "ақшаны жасыру",
      "жалған чек",
      "жалған чектер",
      "жалған түбіртек",
      "жалған түбіртектер",
      "жалған есеп",
      "fake report",
      "fake invoice",
      "fake invoices",
      "липовые",
      "липовый",
      "tax office doesn't see",
      "run cash through",
      "run money through",
      "провести деньги через",
      "прогнать деньги через",
      "gift to an official",
      "official a gift",
      "біліп қоймай",
      "взятку",
      "пара беру",
      "через знакомых",
      "never came",
      "who never came",
      "won't check",
      "ешкім тексермейді",
      "doesn't notice",
      "орнына қол қойып",
      "орнына қолды өзім",
      "fake letter",
      "fake charter",
      "fake stamp",
      "fake seal",
      "fake document",
      "fake documents",
      "фальшивый",
      "фальшивую",
      "фальшивые",
      "жалған құжат",
      "жалған жарғы",
      "fake certificate",
      "fake receipts",
      "fake protocol",
      "fake minutes",
      "make a fake",
      "so it looks like",
      "dated last year",
      "never happened",
      "ешқашан болмаған",
      "болмаған жиналыс",
      "көрмейтіндей",
      "байқамайтындай",
      "байқамайтын",
      "білмейтіндей",
      "анықтама жасап бер",
      "small transfers",
      "ұсақ аударым",
      "қолын өзің қойып",
      "салық органынан жасыру",
      "салық органынан жасырсақ",
      "салық органынан жасыруға",
      "кірісті көрсетпеу",
      "табысты көрсетпеу",
      "кірісті жасыру",
      "табысты жасыру",
      "signatures already filled",
      "so it looks signed",
      "подделать",
      "подделай",
      "подделка",
      "подделку",
      "подделанный",
      "фиктивный",
      "фиктивные",
      "задним числом",
      "сделай подпись",
      "сделай его подпись",
      "картинку подписи",
      "нарисуй подпись",
      "скрыть от налоговой",
      "скрыть доходы",
      "скрыть доход",
      "жалған қол",
      "қолын қойып бер",
      "артқа күнмен",
      "forge",
      "forged",
      "forgery",
      "fake signature",
      "fake signatures",
      "backdate",
      "backdated",
      "hide it from the tax",
      "hide from the tax",
      "hide the income",
      "hide income",
      "tax authority never",
      "never finds out",
      "doesn't find out",
      "without getting caught",
      "not get caught",
      "sanctions screening",
      "evade sanctions",
      "avoid sanctions",
      "обойти санкции",
      "санкциялардан айналып",
      "fake charity",
      "фейковый фонд",
      "buy a diploma",
      "купить диплом",
      "дипломды сатып",
      "взломать",
      "взлом",
      "hacking",
      "бұзып кіру",
      "аккаунтын бұзу",
    ],
  },
  {
    name: "business registration",
    excuse: "ngo-form",
    phrases: [
      "our too",
      "company too",
      "company llp",
      "we are an llp",
      "we are a too",
      "my too",
      "the too",
      "a too",
      // IE: an individual entrepreneur (ИП), as Kazakhstan's English texts write it.
      "an ie",
      "my ie",
      "our ie",
      "the ie",
      "ie on",
      "my ip",
      "close my ip",
      " ip on ",
      "an ip ",
      "своего дела",
      "свое дело",
      "своё дело",
    ],
    words: [
      "Astana Hub",
      "trading company",
      "ККМ",
      "kkm",
      "онлайн касса",
      "кассовый аппарат",
      "cash register",
      "goszakup",
      "госзакуп",
      "госзакупки",
      "910 нысан",
      "form 910",
      "910 декларация",
      "жеке кәсіпкерлік",
      "жеке кәсіпкерлігімді",
      "ЭШФ",
      "ESF",
      "e-invoice",
      "электронный счет-фактура",
      "электрондық шот-фактура",
      "individual entrepreneur",
      "аптека",
      "аптеку",
      "дәріхана",
      "pharmacy",
      "ресторан",
      "restaurant",
      "own business",
      "открыть своё дело",
      "открыть свое дело",
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
      "индивидуальный предприниматель",
      "частный предприниматель",
      "товарищество",
      "кәсіпкер",
      "жауапкершілігі шектеулі серіктестік",
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
    phrases: [
      "my salary",
      "from my salary",
      "моя зарплата",
      "мою зарплату",
      "с моей зарплаты",
      "менің жалақым",
      "жалақымнан",
      "ақшамды",
      "мои деньги",
      "my money",
      "refund my",
      "rent out my",
      "renting out my",
    ],
    words: [
      "көлігім",
      "жүргізуші куәлігі",
      "көлік айыппұлы",
      "автокөлік салығы",
      "көлікті есепке қою",
      "көлік салығы",
      "көлікті қайта тіркеу",
      "көлік сатып алдым",
      "поменять ИИН",
      "сменить ИИН",
      "change my IIN",
      "жеке куәлігім",
      "удостоверение",
      "жалпыға бірдей декларациялау",
      "превышение скорости",
      "штраф за превышение",
      "speeding ticket",
      "speeding fine",
      "traffic fine",
      "жол айыппұлы",
      "жол айыппұлын",
      "КСК",
      "KSK",
      "ОСИ",
      "apartment owner",
      "пәтер иесі",
      "квартплата",
      "universal declaration",
      "всеобщее декларирование",
      "удостоверение личности",
      "жеке куәлік",
      "удостоверение",
      "ПИК",
      "ЖСК",
      "КСК",
      "ОСИ",
      "МИБ",
      "фундамент",
      "makeup",
      "макияж",
      "косметика",
      "cosmetics",
      "fuel prices",
      "цены на бензин",
      "жанармай",
      "заблокировал карту",
      "заблокировали карту",
      "блокировка карты",
      "card blocked",
      "картаны бұғаттады",
      "коммуналка",
      "utility bill",
      "коммунальные",
      "капремонт",
      "капитальный ремонт",
      "коммуналдық",
      "күрделі жөндеу",
      "utility bill",
      "maintenance fee",
      "homeowners",
      "жилищный фонд",
      "ипотека",
      "mortgage",
      "налоговый вычет",
      "medical expenses",
      "education expenses",
      "buy an apartment",
      "пәтер алу",
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
      "автомобиль",
      "car",
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
      "сдаю квартиру",
      "сдаю в аренду",
      "пәтерді жалға беру",
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
      "ипотека",
      "loan",
      "потребкредит",
      "lent",
      "childbirth allowance",
      "пособие по рождению",
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
    // A person choosing where to give or to volunteer, not an organization's question.
    name: "personal giving and volunteering",
    excuse: "ngo",
    phrases: [
      "which charity",
      "which charities",
      "в какой фонд",
      "в какой благотворительный фонд",
      "какой фонд лучше",
      "какому фонду",
      "қай қорға",
      "want to volunteer",
      "хочу быть волонтером",
    ],
    words: [
      "хочу стать волонтером",
      "ерікті болғым келеді",
      "ерікті болып жазылу",
      "dog shelter",
      "animal shelter",
      "приют для животных",
      "жануарлар баспанасы",
    ],
  },
  {
    name: "migration",
    excuse: "ngo",
    words: [
      "temporary registration",
      "временная регистрация",
      "прописка",
      "уақытша тіркеу",
      "адресная справка",
      "адресную справку",
      "мекенжай анықтамасы",
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
    phrases: [
      "әкім туралы",
      "әкімі туралы",
      " protest ",
      " protests ",
      " protesters ",
      " protesting ",
      "vote for",
      "who to vote",
      "who should i vote",
      "салынған санкциялар",
      "sanctions against",
      "санкции против",
    ],
    words: [
      "январские события",
      "January events",
      "January 2022 events",
      "парламент",
      "parliament",
      "сенат",
      "senate",
      "президент",
      "president",
      "инфляция",
      "inflation",
      "Ұлттық банк",
      "National Bank",
      "нацбанк",
      "food prices",
      "цены на продукты",
      "азық-түлік бағасы",
      "коррупция",
      "сыбайлас",
      "corrupt",
      "corruption",
      "референдум по АЭС",
      "АЭС",
      "атом электр",
      "nuclear",
      "ЕАЭС",
      "Еуразиялық",
      "Eurasian",
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
      "мажилис",
      "мәжіліс",
      "депутат",
      "митинг",
      "протест",
      "rally",
      "rallies",
      "пикет",
      "пикетке",
      "шеру",
      "оппозиция",
      "забастовка",
      "забастовку",
      "ереуіл",
      "go on strike",
    ],
  },
  {
    name: "family, labour and private law",
    excuse: "ngo",
    phrases: ["my manager", "my employer", "жылдамдық үшін", "my neighbour", "my neighbor", "мой сосед"],
    words: [
      "ұрсысып",
      "татуластырамыз",
      "жұмыс берушіге шағым",
      "жалоба на работодателя",
      "harassment",
      "harassing",
      "yelling",
      "burnout",
      "выгорание",
      "sister-in-law",
      "домогательства",
      "айқайлайды",
      "көршім",
      "затопили",
      "complaint against my employer",
      "жалобу на акимат",
      "жалоба на акимат",
      "labour complaint",
      "labor complaint",
      "overtime",
      "әскер",
      "әскери қызмет",
      "army",
      "military service",
      "армия",
      "призыв",
      "жер телімі",
      "land plot",
      "земельный участок",
      "атаулы әлеуметтік көмек",
      "targeted social assistance",
      "көп балалы",
      "large family",
      "льготы многодетным",
      "пособие многодетным",
      "есептегіш",
      "счетчик",
      "начальник",
      "жұмыстан шығарып",
      "алименты",
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
      "парковка",
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
      "neighbours",
      "annual leave",
      "paid leave",
      "maternity leave",
      "отпускные",
      "еңбек демалысы",
      "overtime pay",
      "сверхурочные",
      "traffic accident",
      "car accident",
      "rear-ended",
      "road accident",
      "жол апаты",
      "жол-көлік оқиғасы",
      "car insurance",
      "ОГПО",
      "OGPO",
      "автостраховка",
      "тонировка",
      "tinted",
      "speed camera",
      "камера зафиксировала",
      "building permit",
      "разрешение на строительство",
      "құрылысқа рұқсат",
      "очередь на жилье",
      "очередь на жильё",
      "арендное жилье",
      "арендное жильё",
      "баспана кезегі",
      "SIM card",
      "сим карта",
      "SIM карта",
      "sim kartam",
    ],
  },
  {
    name: "health and education",
    excuse: "ngo",
    phrases: ["my scholarship", "моя стипендия", "мою стипендию"],
    words: [
      "травмпункт",
      "рентген",
      "аптечка",
      "аптечку",
      "подвернул",
      "кресло-арба",
      "инвалидная коляска",
      // Bolashak, the state's study-abroad scholarship (an NGO's own scholarships are in scope).
      "Болашақ стипендиясы",
      "Bolashak",
      "курстық жұмыс",
      "coursework",
      "емхана",
      "емханаға",
      "поликлиника",
      "clinic",
      "үй тапсырмасы",
      "қан орталығы",
      "донор болып",
      "производственная практика",
      "производственной практике",
      "магистратура",
      "поступить в университет",
      "поступление в вуз",
      "поступление в магистратуру",
      "магистратуру",
      "университет",
      "ЕНТ",
      "ҰБТ",
      "оқуға түсу",
      "university",
      "домашка",
      "домашнее задание",
      "уравнение",
      "үй жұмысы",
      "теңдеу",
      "homework",
      "equation",
      "родительский комитет",
      "ата-аналар комитеті",
      "parents committee",
      "донор крови",
      "сдать кровь",
      "қан тапсыру",
      "donate blood",
      "blood donation",
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
      "ЕНТ",
      "ҰБТ",
      "вуз",
      "университет",
      "university",
      "admission",
      "student visa",
      "student loan",
      "full-time student",
      "студенческая виза",
      "студенческий кредит",
      "tuition",
      "оқуға түсу",
      "домашнее задание",
      "homework",
      "МРТ",
      "MRI",
      "МӘМС",
      "невропатолог",
      "рецепт на лекарство",
      "дәрігерге жазылу",
      "запись к врачу",
    ],
  },
  {
    name: "sports and entertainment",
    excuse: "ngo",
    phrases: ["where to stay"],
    words: [
      "fitness club",
      "gym",
      "charter flight",
      "tour operator",
      "туроператор",
      "турагент",
      "турагентство",
      "турфирма",
      "travel agency",
      "places to visit",
      "ураза",
      "ораза",
      "ramadan",
      "рамадан",
      "авиабилет",
      "туған күн",
      "туған күніне",
      "birthday",
      "марафон",
      "забег",
      "marathon",
      "фитнес",
      "спортзал",
      "gym",
      "абонемент",
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
      "перевозка пассажиров",
      "пассажирские перевозки",
      "passenger transport",
      "taxi",
      "driver's licence",
      "driving license",
      "права водительские",
      "жүргізуші куәлігін",
      "software licence",
      "software license",
      "лицензия на Windows",
      "лицензионный ключ",
      "construction licence",
      "construction license",
      "строительная лицензия",
      "лицензия на строительство",
    ],
  },
  {
    // The organization's errands rather than its law: texts and designs to write, things to buy, events to run,
    // computers to fix, care for the people it helps. Asked "for our foundation", they still are not NGO law.
    name: "errands of an organization",
    excuse: "ngo",
    phrases: [
      "помогите придумать",
      "second language",
      "в нетрезвом виде",
      "мас күйінде",
      "заявление в полицию",
      "полицияға арыз",
    ],
    words: [
      "success story",
      "gantt",
      "pivot table",
      "сводная таблица",
      "эксель",
      "1c",
      "1с",
      "motivate volunteers",
      "volunteers motivated",
      "ынталандыру",
      "help me come up with",
      "hh.kz",
      "олх",
      // Texts, designs and merchandise.
      "логотип",
      "logo",
      "слоган",
      "slogan",
      "сценарий",
      "script",
      "презентация",
      "слайд",
      "slides",
      "powerpoint",
      "поздравительная речь",
      "speech",
      "құттықтау сөз",
      "newsletter",
      "рассылка",
      "fundraising email",
      "grant writing",
      "concept note",
      "letter of inquiry",
      "SWOT",
      "strategic plan",
      "стратегический план",
      "shift schedule",
      "график смен",
      "mediate",
      "хэштег",
      "hashtags",
      "эмодзи",
      "emoji",
      "футболки",
      "футболка",
      "t-shirts",
      "мерч",
      "merch",
      // Events.
      "menu",
      "мәзір",
      "кейтеринг",
      "catering",
      "банкет",
      "banquet",
      "quiz",
      "gala",
      "team building",
      "тимбилдинг",
      "fun run",
      "забег",
      "marathon",
      "сахна",
      "decorate",
      "безендіру",
      "украсить",
      "ведущий",
      "диджей",
      "DJ",
      "утренник",
      // Things to buy and computers.
      "CRM",
      "Битрикс",
      "Bitrix",
      "amoCRM",
      "WordPress",
      "Tilda",
      "SSL",
      "hacked",
      "взломали",
      "software",
      "плагин",
      "plugin",
      "хостинг",
      "domain",
      "корпоративная почта",
      "Google Workspace",
      "Google Sheets",
      "ransomware",
      "антивирус",
      "antivirus",
      "Bad Gateway",
      "коворкинг",
      "coworking",
      "конференц-зал",
      "minivan",
      "минивэн",
      "страховая компания",
      "insurance company",
      "сақтандыру компаниясы",
      "Chevrolet",
      "Hyundai",
      "Toyota",
      // Care for the people it helps.
      "физиотерапия",
      "physiotherapy",
      "ЛФК",
      "упражнения",
      "жаттығу",
      "парвовирус",
      "parvovirus",
      "ветеринар",
      "veterinarian",
      "veterinary",
      "мал дәрігері",
      "ABA",
      "сенсорная интеграция",
      "артроз",
      "arthritis",
      "қан қысымы",
      "blood pressure",
      "дислексия",
      "dyslexia",
      "щенок",
      "puppy",
      "күшік",
      "дрессировка",
      // Accidents and crime.
      "drunk",
      "ограбили",
      "robbed",
      "тонап",
      "төбелес",
      "police report",
      "административный арест",
      "administrative arrest",
      "әкімшілік қамау",
      // Money markets.
      "курс доллара",
      "курс евро",
      "exchange rate",
      "доллар курсы",
      "крипта",
      "криптовалюта",
      "crypto",
      "bitcoin",
      "биткоин",
      "биржа",
      "gold",
      "золото",
      // Politics, as people write it in English.
      "picket",
      "election campaign",
    ],
  },
  {
    name: "weather",
    excuse: "none",
    words: [
      "windy",
      "ветрено",
      "cloudy",
      "облачно",
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
      "plov",
      "restaurant",
      "ресторан",
      "мейрамхана",
      "vegetarian",
      "вегетарианский",
      "банкет",
      "banquet",
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
      "cake",
      "pilaf",
      "soup",
    ],
  },
  {
    name: "programming",
    excuse: "none",
    words: [
      "ноут",
      "винды",
      "SSD",
      "провайдер",
      "Казахтелеком",
      "Beeline",
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
      "wifi",
      "wi-fi",
      "router",
      "роутер",
      "роутерді",
      "windows 11",
      "windows 10",
      "Microsoft Office",
      "office licence",
      "office license",
      "antivirus",
      "антивирус",
      "page numbering",
      "нумерация страниц",
      "telegram account",
      "аккаунт телеграм",
      "two-factor",
      "двухфакторн",
    ],
  },
  {
    name: "instructions to the bot",
    excuse: "none",
    phrases: [
      "your instructions",
      "your configuration",
      "ignore all",
      "ignore previous",
      "ignore your",
      "ignore the above",
      "ignore the instructions",
      "forget you",
      "forget your",
      "forget that you",
      "from now on you",
      "answer any question",
      "с этого момента ты",
      "отныне ты",
      "забудь все",
      "забудь предыдущ",
      "забудь свои",
      "забудь инструкц",
      "забудь правила",
      "act as my",
      "act as a",
      "представь что ты",
      "представь себя",
      "деп елестет",
      "басқа тақырыптарға",
      "other topics",
      "you were given",
      "before my message",
      "сен енді",
      "sen endi",
      "бот емессің",
      "bot emessin",
      "без правил",
      "без ограничений",
      "без цензуры",
      "другой бот",
      "ты теперь",
      "you are now",
      "print your system",
      "print your prompt",
      "print your instructions",
      "выведи свой",
      "твои инструкции",
      "свои инструкции",
      "your instructions",
      "ты мой психолог",
      "my psychologist",
      "менің психологым",
    ],
    words: [
      "кепілдік бер",
      "verbatim",
      "text above",
      "hidden rules",
      "guarantee in writing",
      "written guarantee",
      "гарантируй письменно",
      "письменную гарантию",
      "жазбаша кепілдік",
      "DAN",
      "нұсқаулықтарыңды",
      "нұсқаулығыңды",
      "жүйелік нұсқаулық",
      "system prompt",
      "hidden instructions",
      "покажи свой промпт",
      "сөзбе-сөз",
      "игнорируй",
      "притворись",
      "твои инструкции",
      "системные инструкции",
      "system instructions",
      "игнорировать",
      "проигнорируй",
      "промпт",
      "системный промпт",
      "prompt",
      "system prompt",
      "disregard",
      "jailbreak",
      "pretend",
      "roleplay",
      "developer mode",
      "режим разработчика",
      "system message",
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
      "talk to me like",
      "диалог жаз",
      "write a dialogue",
      "debug mode",
      "admin mode",
      "system override",
      "режим администратора",
      "әкімші режимі",
      "жарнамалық пост",
      "write a post",
      "напиши пост",
      "process.env",
      "режим отладки",
      "құпия нұсқауларын",
      "жасырын нұсқаулар",
    ],
  },
  {
    name: "chit-chat",
    excuse: "none",
    phrases: [
      "орысшаға аудар",
      "қазақшаға аудар",
      "ағылшыншаға аудар",
      "калайсын",
      "салем бот",
      "qalaisyn",
      "как дела",
      "чем занимаешься",
      "как ты",
      "tell me about yourself",
      "how are you",
      "қалың қалай",
      "қалайсың",
    ],
    words: [
      "ағылшыншаға аударып",
      "орысшаға аударып",
      "қазақшаға аударып",
      "ағылшыншаға аударшы",
      "орысшаға аударшы",
      "қазақшаға аударшы",
      "cover letter",
      "сопроводительное письмо",
      "резюме",
      "resume",
      "CV",
      "түйіндеме",
      "қалайсың",
      "көңілім жоқ",
      "переведи",
      "translate",
      // аудару is also "to transfer" (money): only with a language it means "translate".
      "аударма",
      "ағылшын тіліне аудар",
      "орыс тіліне аудар",
      "қазақ тіліне аудар",
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

/**
 * Words that keep a question from being declined outright for naming an out-of-scope area (it is then weighed by the
 * confidence model): NGO forms and the words people use for their organization or its legal form.
 */
const ORGANIZATION_WORDS = [
  ...NGO_FORMS,
  "организация",
  "организации",
  "ұйым",
  "ұйымы",
  "organization",
  "organisation",
  "правовая форма",
  "ұйымдық-құқықтық нысан",
  "legal form",
  "членство",
  "члены",
  "мүшелік",
  "мүшелер",
  "membership",
  "members",
  "волонтеры",
  "волонтёры",
  "еріктілер",
  "волонтерлер",
  "volunteers",
  "мүше",
  "ерікті",
  "филиал",
  "өкілдік",
  "представительство",
  "branch",
  "центр",
  "орталық",
  "орталығы",
  "centre",
  "center",
  // State grants go to NGOs only.
  "госгрант",
  "грантополучатель",
  "мемлекеттік грант алушы",
  "grantee",
];

/** Founders and the charter: NGO context too, but companies have them as well (not an excuse for business words). */
const NGO_CONTEXT = [
  "учредитель",
  "founder",
  "құрылтайшы",
  // The stemmer cuts the possessive one letter short here: құрылтайшымыздың → құрылтайш.
  "құрылтайшымыз",
  "устав",
  "жарғы",
  "charter",
];

/**
 * Kazakhstan and its institutions: a question that also names one of these is about Kazakhstan even when it names
 * a place abroad ("I'm in London, can we file via eGov?").
 */
const KAZAKHSTAN = [
  "Казахстан",
  "Казахстане",
  "Қазақстан",
  "Қазақстанда",
  "Kazakhstan",
  "Kazakh",
  "казахстанский",
  "РК",
  "KZ",
  "eGov",
  "ЕГОВ",
  "ЦОН",
  "ХҚКО",
  "Астана",
  "Алматы",
  "Шымкент",
  "Караганда",
  "Қарағанды",
  "Astana",
  "Almaty",
  "Shymkent",
  "Karaganda",
];

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
/** "на" only before a noun: "на Кипре"; "на английском" is a language (namesLanguage). */
const LOCATIVE_BEFORE = new Set(["в", "во", "на", "in"]);
/** Words after a country adjective that make it a language: "английский язык", "English version", "неміс тілі". */
const LANGUAGE_AFTER = /^(язык|language|тил|version|versions|версия|версии|перевод|translation)/;
/** A Russian adjective ending: after "на" it is a language ("на английском"). */
const RUSSIAN_ADJECTIVE = /(ский|ского|ском|скому|ским|ская|скую|ской|ски|цкий|цкого|цком|цки)$/;
/** English language names, which are languages after "in" or "into" ("submit it in Russian"). */
const ENGLISH_LANGUAGE_NAMES = new Set([
  "russian",
  "english",
  "german",
  "french",
  "chinese",
  "turkish",
  "arabic",
  "spanish",
  "italian",
  "uzbek",
  "kyrgyz",
  "korean",
  "japanese",
  "polish",
  "ukrainian",
  "dutch",
  "persian",
  "portuguese",
  "greek",
]);

/** Whether the country word at `index` of the folded words names a language rather than the country. */
function namesLanguage(words: readonly string[], index: number): boolean {
  const word = words[index] ?? "";
  const before = words[index - 1] ?? "";
  if (LANGUAGE_AFTER.test(words[index + 1] ?? "")) return true;
  if (before === "на" && RUSSIAN_ADJECTIVE.test(word)) return true;
  // "по-английски", but not "по российскому законодательству".
  if (before === "по" && /(ски|цки)$/.test(word)) return true;
  return ENGLISH_LANGUAGE_NAMES.has(word) && (before === "in" || before === "into");
}
/**
 * A law or an authority right after a country word makes the country the subject ("Kyrgyz law", "Ресейдің заңы",
 * "UK Charity Commission"), whatever else the question says; LAW_BEFORE covers "закон Кыргызстана".
 */
const LAW_AFTER = new Set([
  "ministry",
  "министерство",
  "министрлиги",
  "минюст",
  "justice",
  "адилет",
  "commission",
  "regulator",
  "закон",
  "закона",
  "закону",
  "законы",
  "законодателство",
  "законодателства",
  "законодателству",
  "законодателстве",
  "заны",
  "занына",
  "заннамасы",
  "заннамасына",
  "law",
  "laws",
  "legislation",
  "кодекс",
  "code",
]);
/**
 * An NGO right after a country word makes it the subject too ("российская НКО", "Uzbekistan NGO"), unless the
 * country is where our money comes from ("грант от американских НКО", "a German NGO gave us a grant").
 */
const ORGANIZATION_AFTER = new Set([
  "nko",
  "nco",
  "npo",
  "нко",
  "нпо",
  "нно",
  "ngo",
  "ngos",
  "nonprofit",
  "nonprofits",
  "verein",
  "associations",
  "foreign",
  "agent",
  "agents",
  "иноагент",
  "иноагенты",
  "иноагентов",
]);
/** Words that may stand between the country and the law: "UK charity law", "британское налоговое законодательство". */
const LAW_MODIFIER =
  /^(charity|charities|charitable|nonprofit|tax|company|corporate|trust|благотворителн|некоммерческ|налогов|кайырымдылык|салык)/;
const LAW_BEFORE = new Set([
  "закон",
  "закона",
  "закону",
  "законодателство",
  "законодателству",
  "law",
  "laws",
  "минюст",
]);
const SOURCE_BEFORE = new Set(["от", "из", "from", "by"]);
/**
 * An organization, or its being registered or based, right before "in <country>", after "we" or "our": the
 * organization is there ("our NGO in Osh", "мы общественный фонд в Бишкеке", "our Stiftung is based in Zurich"),
 * so the country's law is the subject. "A foundation in Germany gave us a grant" is a donor (no "our" before it).
 */
const PLACED_BEFORE = new Set([
  "ngo",
  "ngos",
  "nko",
  "nco",
  "npo",
  "нко",
  "нпо",
  "фонд",
  "fund",
  "foundation",
  "stiftung",
  "verein",
  "association",
  "charity",
  "organization",
  "organisation",
  "организация",
  "обединение",
  "учреждение",
  "institution",
  "registered",
  "based",
  "located",
  "зарегистрирован",
  "зарегистрирована",
  "зарегистрировано",
  "зарегистрированы",
  "находится",
  "находимся",
  "базируется",
]);
/**
 * Another country's tax authorities and tax statuses: a question naming them is about that country's rules, whoever
 * it is for ("our Toronto partner is a CRA registered charity and missed its return").
 */
const FOREIGN_AUTHORITIES = new Set(["irs", "cra", "hmrc", "finanzamt", "fcra", "501c", "501c3"]);
const WE_BEFORE = new Set(["our", "we", "мы", "наш", "наша", "наше", "нашего", "нашей", "наши"]);
/** "our partner foundation in Germany" is someone else's organization. */
const OTHERS_BEFORE = new Set(["partner", "partners", "donor", "donors", "партнер", "партнеры", "донор", "сериктес"]);
/** How many words before the organization "we" or "our" may stand ("our small public NGO in Osh"). */
const WE_WINDOW = 4;

/** Whether words[at] is PLACED_BEFORE with "we" or "our" shortly before it and no partner or donor word between. */
function ourOrganizationBefore(words: readonly string[], at: number): boolean {
  if (!PLACED_BEFORE.has(words[at] ?? "")) return false;
  for (let before = at - 1; before >= Math.max(0, at - WE_WINDOW); before--) {
    const word = words[before] ?? "";
    if (OTHERS_BEFORE.has(word)) return false;
    if (WE_BEFORE.has(word)) return true;
  }
  return false;
}
/** Money received: with a first-person word, a country named is where our money comes from. */
const MONEY = [
  "грант",
  "grant",
  "деньги",
  "ақша",
  "money",
  "пожертвование",
  "donation",
  "перевод",
  "transfer",
  "аударым",
  "финансирование",
  "funding",
  "қаржыландыру",
  "донор",
  "donor",
  "демеуші",
  "sponsor",
  "спонсор",
  "средства",
  "қаражат",
  "қаржы",
  "көмек",
  "помощь",
  "aid",
];
/** Living or staying somewhere: with a first-person word, a country named is where our people are. */
const LIVING = [
  "живет",
  "проживает",
  "живут",
  "переехал",
  "уехал",
  "находится",
  "lives",
  "living",
  "moved",
  "based",
  "тұрады",
  "тұрып жатыр",
  "көшіп кетті",
  "көшті",
  "кетті",
];
/**
 * Organizations with laws of their own (political parties, trade unions, flat owners' associations): founding or
 * registering one is not done the way an NGO is, and the knowledge base says only how they relate to NGOs (they
 * are not NGOs, cannot get NGO grants …). Answering "how to register a trade union" with the public association
 * procedure would be wrong.
 */
/**
 * Hiding something (HIDING) from an authority (AUTHORITIES) anywhere in the question is a request to deceive it,
 * however the words are spread: "how do I hide cash donations to our fund from the tax office".
 */
const HIDING = [
  "hide",
  "hiding",
  "conceal",
  "скрыть",
  "скрывать",
  "спрятать",
  "утаить",
  "жасыру",
  "жасырамыз",
  "жасырсақ",
];
const AUTHORITIES = [
  "tax office",
  "tax authority",
  "tax inspector",
  "налоговая",
  "налоговой",
  "налоговую",
  "КГД",
  "салық органы",
  "салықтан",
  "инспектор",
  "inspector",
  "финмониторинг",
  "АФМ",
];
/** Money to an official (BRIBING) for speed or for looking away (FAVOURS) is a bribe, however it is worded. */
const BRIBING = [
  "pay extra",
  "pay a little",
  "a little extra",
  "дать инспектору",
  "дать денег",
  "заплатить сверху",
  "ақша беріп",
  "ақша берсек",
  "give money",
  "give the guy",
];
const FAVOURS = [
  "faster",
  "speed up",
  "быстрее",
  "ускорить",
  "тездету",
  "тездетуге",
  "тездетеміз",
  "закрыл глаза",
  "закрыть глаза",
  "көз жұмса",
  "blind eye",
  "look the other way",
];
/** The word lists paired by the deceiving rules (a test checks each word gives a marker). */
export const PAIRED_WORD_LISTS: Record<string, readonly string[]> = { HIDING, AUTHORITIES, BRIBING, FAVOURS };

const SEPARATELY_REGULATED = [
  "political party",
  "political parties",
  "партия",
  "партию",
  "партии",
  "саяси партия",
  "партиясын",
  "партияны",
  "trade union",
  "labour union",
  "labor union",
  "профсоюз",
  "профсоюзную организацию",
  "кәсіподақ",
  "кәсіподақты",
  "ОСИ",
  "объединение собственников имущества",
  "объединение собственников квартир",
  "КСК",
  "МИБ",
  "мүлік иелерінің бірлестігі",
  "пәтер иелерінің бірлестігі",
  "condominium association",
  "homeowners association",
  "flat owners association",
];

/** Founding or registering something. */
const FOUNDING = [
  "register",
  "registration",
  "establish",
  "found",
  "set up",
  "create",
  "start",
  "регистрация",
  "зарегистрировать",
  "регистрировать",
  "создать",
  "создание",
  "открыть",
  "учредить",
  "тіркеу",
  "тіркелу",
  "тіркейміз",
  "құру",
  "құрамыз",
  "ашу",
  "ашамыз",
];

/** What the knowledge base does say about separately regulated organizations: how they stand to NGOs. */
const NGO_STATUS = [
  "НПО",
  "НКО",
  "ҮЕҰ",
  "КЕҰ",
  "NGO",
  "NCO",
  "non-governmental",
  "неправительственная",
  "үкіметтік емес",
  "грант",
  "grant",
  "база данных",
  "database",
  "дерекқор",
  "Конституция",
  "constitution",
];

const FIRST_PERSON = new Set([
  "нам",
  "нас",
  "наш",
  "наше",
  "нашему",
  "нашей",
  "us",
  "our",
  "we",
  "бізге",
  "біз",
  "біздің",
  "бізді",
  "мы",
]);
/**
 * Kazakh says "we" and "our" with endings more often than with біз: қорымызға (to our fund), аламыз (we get).
 * The past tense in -дық (алдық, we got) is left out: -дық also ends nouns (қайырымдылық).
 */
const KAZAKH_FIRST_PERSON_PLURAL =
  /[а-яәғқңөұүһі](мыз|міз|быз|біз|пыз|піз)(дың|дің|ға|ге|қа|ке|да|де|та|те|ды|ді|дан|ден|нан|нен|бен|пен|мен)?$/;
const KAZAKH_LOCATIVE = /(да|де|та|те|нда|нде|дагы|деги|тагы|теги|ндагы|ндеги)$/;
/**
 * "Қырғызстанда қоғамдық бірлестік …" (a PA in Kyrgyzstan) is about that country's organizations; the attributive
 * "Германиядағы қор" (a fund that is in Germany) is usually a donor or partner, so only the plain locative counts.
 */
const KAZAKH_PURE_LOCATIVE = /(да|де|та|те)$/;
/** First words of Kazakh NGO forms, folded (қоғамдық бірлестік, қор, мекеме, ҮЕҰ, КЕҰ, қауымдастық). */
const KAZAKH_NGO_FORM_START = new Set([
  "когамдык",
  "кор",
  "коры",
  "мекеме",
  "уеу",
  "кеу",
  "кауымдастык",
  "коммерциялык",
]);

/**
 * Each marker is analyzed the way questions are, in every language it could be read in. A phrase that loses all but
 * one word to the stop words in some reading ("без правил" → "прав") would match far too much: that reading is
 * dropped.
 */
export function markersOf(words: readonly string[]): string[][] {
  const markers = new Map<string, string[]>();
  for (const word of words) {
    const phrase = word.trim().includes(" ");
    for (const language of LANGUAGES) {
      // Latin words are read as written and, if they look like Latin Kazakh, transliterated too: "fake letter" is
      // English, though its letters could be Kazakh ("фак леттер").
      const readings = [analyze(word, language), analyze(word, language, { latinKazakh: false })];
      for (const terms of readings) {
        if (terms.length === 0 || (phrase && terms.length < 2)) continue;
        markers.set(terms.join(" "), terms);
      }
    }
  }
  return [...markers.values()];
}

/** Markers looked up by their first term: finding them costs one map lookup per question term. */
class MarkerSet {
  private readonly byFirstTerm = new Map<string, string[][]>();

  constructor(markers: readonly string[][]) {
    for (const marker of markers) {
      const first = marker[0] as string;
      const list = this.byFirstTerm.get(first) ?? [];
      list.push(marker);
      this.byFirstTerm.set(first, list);
    }
  }

  /** The distinct markers that occur in the terms. */
  found(terms: readonly string[]): string[][] {
    const found: string[][] = [];
    terms.forEach((term, start) => {
      for (const marker of this.byFirstTerm.get(term) ?? []) {
        if (found.includes(marker)) continue;
        if (marker.every((part, offset) => terms[start + offset] === part)) found.push(marker);
      }
    });
    return found;
  }

  /** Whether any marker occurs in the terms. */
  anyIn(terms: readonly string[]): boolean {
    return this.found(terms).length > 0;
  }
}

interface CompiledGroup {
  name: string;
  excuse: ScopeGroup["excuse"];
  markers: MarkerSet;
  /** Normalized phrases, padded with spaces. */
  phrases: string[];
}

interface CompiledScope {
  groups: CompiledGroup[];
  ngoForms: MarkerSet;
  ngoContext: MarkerSet;
  money: MarkerSet;
  living: MarkerSet;
  kazakhstan: MarkerSet;
  organization: MarkerSet;
  separatelyRegulated: MarkerSet;
  hiding: MarkerSet;
  authorities: MarkerSet;
  bribing: MarkerSet;
  favours: MarkerSet;
  founding: MarkerSet;
  ngoStatus: MarkerSet;
  foreign: Set<string>;
}

let compiledScope: CompiledScope | undefined;

/**
 * The word lists analyzed into markers, on first use rather than at import: analyzing some 4,000 words takes about
 * 100 ms, which a worker that starts for a button press or a command need not pay.
 */
function compiled(): CompiledScope {
  compiledScope ??= {
    groups: GROUPS.map((group) => ({
      name: group.name,
      excuse: group.excuse,
      markers: new MarkerSet(markersOf(group.words)),
      phrases: (group.phrases ?? []).map((phrase) => ` ${normalizeText(phrase)} `),
    })),
    ngoForms: new MarkerSet(markersOf(NGO_FORMS)),
    ngoContext: new MarkerSet(markersOf(NGO_CONTEXT)),
    money: new MarkerSet(markersOf(MONEY)),
    living: new MarkerSet(markersOf(LIVING)),
    kazakhstan: new MarkerSet(markersOf(KAZAKHSTAN)),
    organization: new MarkerSet(markersOf(ORGANIZATION_WORDS)),
    separatelyRegulated: new MarkerSet(markersOf(SEPARATELY_REGULATED)),
    hiding: new MarkerSet(markersOf(HIDING)),
    authorities: new MarkerSet(markersOf(AUTHORITIES)),
    bribing: new MarkerSet(markersOf(BRIBING)),
    favours: new MarkerSet(markersOf(FAVOURS)),
    founding: new MarkerSet(markersOf(FOUNDING)),
    ngoStatus: new MarkerSet(markersOf(NGO_STATUS)),
    foreign: new Set(markersOf(FOREIGN).flat()),
  };
  return compiledScope;
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

/** How many words on either side of a country name may say that it is where our money or people are. */
const OURS_WINDOW = 4;

/** The word sets countryMention compares folded question words with (a test checks each word is folded). */
export const FOLDED_WORD_SETS: Record<string, ReadonlySet<string>> = {
  DETACHED_LOCATIVE,
  LOCATIVE_BEFORE,
  LAW_AFTER,
  ORGANIZATION_AFTER,
  ENGLISH_LANGUAGE_NAMES,
  LAW_BEFORE,
  SOURCE_BEFORE,
  PLACED_BEFORE,
  WE_BEFORE,
  OTHERS_BEFORE,
  FOREIGN_AUTHORITIES,
  KAZAKH_NGO_FORM_START,
  OTHER_WORDS,
};

type CountryMention = "none" | "mentioned" | "abroad" | "subject";
const COUNTRY_MENTION_RANK: Record<CountryMention, number> = { none: 0, mentioned: 1, abroad: 2, subject: 3 };

/**
 * Where the question (its normalized words) mentions another country: "abroad" when it is the place the question is
 * about, "subject" when its organizations or law are ("российская НКО", "закон Кыргызстана"). A mention for which
 * `ours(word position)` holds (our money or people are there) counts only as "subject".
 */
function countryMention(questionWords: readonly string[], ours: (index: number) => boolean): CountryMention {
  const words = questionWords.map(foldTerm);
  let found: CountryMention = "none";
  const note = (mention: CountryMention) => {
    if (COUNTRY_MENTION_RANK[mention] > COUNTRY_MENTION_RANK[found]) found = mention;
  };
  words.forEach((word, index) => {
    if (!OTHER_WORDS.has(word) || !COUNTRY_WORDS.test(words[index + 1] ?? "") || ours(index)) return;
    const abroad = LOCATIVE_BEFORE.has(words[index - 1] ?? "") || KAZAKH_LOCATIVE.test(words[index + 1] ?? "");
    note(abroad ? "abroad" : "mentioned");
  });
  words.forEach((word, index) => {
    if (!namesCountry(word) || namesLanguage(words, index)) return;
    const before = words[index - 1] === "the" ? words[index - 2] : words[index - 1];
    if (word === "us" && before !== "in") return; // the pronoun
    const next = words[index + 1] ?? "";
    const subject =
      LAW_AFTER.has(next) ||
      (LAW_MODIFIER.test(next) && LAW_AFTER.has(words[index + 2] ?? "")) ||
      // Our money near the NGO word ("a German NGO gave us a grant"): the NGO is a donor, not the subject.
      (ORGANIZATION_AFTER.has(next) && !SOURCE_BEFORE.has(before ?? "") && !ours(index + 1)) ||
      LAW_BEFORE.has(words[index - 1] ?? "") ||
      (LOCATIVE_BEFORE.has(words[index - 1] ?? "") && ourOrganizationBefore(words, index - 2)) ||
      (KAZAKH_PURE_LOCATIVE.test(word) && KAZAKH_NGO_FORM_START.has(words[index + 1] ?? "")) ||
      FOREIGN_AUTHORITIES.has(word);
    const abroad =
      LOCATIVE_BEFORE.has(before ?? "") ||
      KAZAKH_LOCATIVE.test(word) ||
      DETACHED_LOCATIVE.has(words[index + 1] ?? "") ||
      word === "501";
    if (subject) note("subject");
    else if (!ours(index)) note(abroad ? "abroad" : "mentioned");
  });
  return found;
}

/** What the scope rules say of a question. */
export interface ScopeVerdict {
  /** The out-of-scope areas the question names, after excuses (the `outOfScope` feature of the confidence model). */
  groups: string[];
  /**
   * Decline whatever the confidence: the question asks for something the assistant must not do (forgery, hiding
   * money); or names an out-of-scope area that even the best item does not deal with, and no organization; or, not
   * naming Kazakhstan, is about another country's organizations or law, or about a place abroad while the best item
   * is not about foreign matters (money from abroad, foreign founders).
   */
  decline: boolean;
  /** The question names an organization (an NGO form, "organization", members, volunteers …). */
  namesOrganization: boolean;
}

/**
 * The scope verdict. `normalized` is the question after normalizeText; `language` its detected language; `item` the
 * best item.
 */
export function scopeVerdict(normalized: string, language: Language, item: KnowledgeItem | undefined): ScopeVerdict {
  const terms = analyzeNormalized(normalized, language);
  const scope = compiled();
  const namesForm = scope.ngoForms.anyIn(terms);
  const namesContext = namesForm || scope.ngoContext.anyIn(terms);
  let forbidden = false;
  /** Some area is named that the best item does not deal with either. */
  let foreignToItem = false;
  const padded = ` ${normalized} `;
  const groups = scope.groups
    .filter((group) => {
      const found = group.markers.found(terms);
      if (found.length === 0 && !group.phrases.some((phrase) => padded.includes(phrase))) return false;
      if (group.excuse === "forbidden") {
        forbidden = true;
        return true;
      }
      // A phrase ("как дела") is never something an item deals with.
      const itemDealsWithIt =
        item !== undefined &&
        found.length > 0 &&
        found.every((marker) => marker.every((term) => textTerms(item).has(term)));
      if (!itemDealsWithIt) foreignToItem = true;
      const excusable = (group.excuse === "ngo-form" && namesForm) || (group.excuse === "ngo" && namesContext);
      // The NGO word excuses the question only when the best item itself deals with what the question names.
      return !(excusable && itemDealsWithIt);
    })
    .map((group) => group.name);
  // "A foundation in Germany gave us a grant", "our founder lives in Russia": a place abroad where our money comes
  // from or our people live is not another country's matter. Only the mention with the money or living next to
  // it: in "I live in Tbilisi. How do we register an NGO in Georgia" the second one is the question.
  const words = normalized.split(" ").filter(Boolean);
  const firstPerson = words.some((word) => FIRST_PERSON.has(word) || KAZAKH_FIRST_PERSON_PLURAL.test(word));
  const ours = (index: number): boolean => {
    if (!firstPerson) return false;
    const near = analyzeNormalized(
      words.slice(Math.max(0, index - OURS_WINDOW), index + OURS_WINDOW + 1).join(" "),
      language,
    );
    return scope.money.anyIn(near) || scope.living.anyIn(near);
  };
  const country = countryMention(words, ours);
  const about = item ? topicTerms(item) : new Set<string>();
  // Foreign money, founders and members are in scope: the best item dealing with them excuses a country named.
  const itemIsForeign = [...scope.foreign].some((term) => about.has(term));
  const abroad = country === "abroad";
  if (country === "subject" || abroad || (country === "mentioned" && !itemIsForeign)) groups.push("other countries");
  // "ҚР" is Kazakhstan in Kazakh, but "КР" in Russian is usually Kyrgyzstan ("минюст КР"): the letters fold alike.
  const aboutKazakhstan =
    scope.kazakhstan.anyIn(terms) || words.includes("қр") || (language === "kk" && words.includes("кр"));
  const namesOrganization = namesForm || scope.organization.anyIn(terms);
  const elsewhere = !aboutKazakhstan && (country === "subject" || (abroad && !itemIsForeign));
  // Founding a party, a trade union or a flat owners' association, not asking how it stands to NGOs.
  const separateLaw =
    scope.separatelyRegulated.anyIn(terms) && scope.founding.anyIn(terms) && !scope.ngoStatus.anyIn(terms);
  if (separateLaw) groups.push("organizations with laws of their own");
  // Deceiving or paying off an authority, in words spread over the question.
  const deceives =
    (scope.hiding.anyIn(terms) && scope.authorities.anyIn(terms)) ||
    (scope.bribing.anyIn(terms) && scope.favours.anyIn(terms));
  if (deceives && !forbidden) {
    forbidden = true;
    groups.push("forgery and hiding money");
  }
  // Founders or a charter named: an organization of some kind, so the confidence model weighs the question.
  const decline = forbidden || (foreignToItem && !namesOrganization && !namesContext) || elsewhere || separateLaw;
  return { groups, decline, namesOrganization };
}
