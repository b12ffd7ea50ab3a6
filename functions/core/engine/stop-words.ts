import type { Language } from "../knowledge/item-schema.js";

/**
 * Words that carry no topic: function words, question words, greetings and the filler of chat messages
 * ("подскажите пожалуйста", "сәлеметсіз бе"). Words that do separate topics are deliberately NOT here:
 * после/без/до/через, кейін/дейін/жоқ, after/before/without.
 * Matched against the normalized (lower-case, ё→е) word before stemming.
 */
const RU = `а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его
ее ей если есть еще же за здесь и из или им их к как какая какие каким какими каких какой какое кем кто куда ли
либо мне мной мною может можем можно мой моя мы на над надо нам нас наш наша наше наши не него нее нет ни них но
ну о об однако он она они оно от очень по под пожалуйста подскажите помогите при про с со сам свой себя сейчас
сказать скажите сколько скока скоко так также такое такой там те тем то того тоже той только том ту тут ты у уже хотим
хотят хочу хотела хотел хотели чем что чтобы чье чья эта эти это этого этой этом эту я ли бы нужно нужен нужна
нужны нужно надо здравствуйте добрый день привет спасибо вопрос вопросы плиз пж пжл какую каков какова каково
зачем почему когда ваш ваша ваше ваши вообще подскажи скажи расскажите расскажи объясните объясни знать
узнать интересует можете могу могут мог ли один одна одно одни самое самый самая тот будет будут будем буду`;

const KK = `а ал алайда ана ал бар бе біз бізге біздің біздің бізде бұл бұны бұның да де дейін деген
деп еді егер ең ешқандай жәй және керек қажет керегі қай қайда қайсы қалай қандай қанша қашан кім кімге ма ме
мен менің маған мына не неге несі ол олар оның оны осы пе па ба сен сенің сіз сіздің сізге сол сондай сосын
та те туралы үшін ғой ғана мұнда сәлем сәлеметсіз сәлеметсізбе рақмет рахмет айтыңызшы айтып айтшы
көмектесіңіз түсіндіріңіз білгім білу келеді келед ше ші шы бола болады болама ала алама алады ма ме ба бе па
пе иә ия ғой екен жөнінде қалайша жайлы`;

/** Case endings written apart after an abbreviation and a hyphen (ҚБ-ға, ҮЕҰ-ды): stop words only as whole tokens. */
const KK_ENDINGS = `ға ге қа ке на не ны ні ның нің дың дің тың тің да де та те дан ден тан тен нан нен ды ді ты ті
мен бен пен н ы і`;

const EN = `a about am an and any are as at be been being but by can could did do does doing for from had has have
having he her here hers him his how i if in into is it its just me my myself of on or our ours please she so
some such than that the their them then there these they this those to too us was we were what when where which
while who whom why will with would you your yours hi hello hey thanks thank tell explain know want wants need
needs should shall may might must let get got kindly also there's what's whats it's im i'm we're dont don't`;

function toSet(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter(Boolean));
}

export const STOP_WORDS: Record<Language, ReadonlySet<string>> = { ru: toSet(RU), kk: toSet(KK), en: toSet(EN) };

const ENDINGS = toSet(KK_ENDINGS);

/** True when the word is a stop word of any of the three languages (or a detached Kazakh case ending). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.ru.has(word) || STOP_WORDS.kk.has(word) || STOP_WORDS.en.has(word) || ENDINGS.has(word);
}
