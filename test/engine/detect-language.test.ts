import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeFolder } from "../../functions/adapters/knowledge-folder.js";
import { CyrillicLanguageModel } from "../../functions/core/engine/cyrillic-language-model.js";
import { detectLanguage as detect } from "../../functions/core/engine/detect-language.js";
import type { Language } from "../../functions/core/knowledge/item-schema.js";

let model: CyrillicLanguageModel;
const detectLanguage = (text: string, fallback?: Language) => detect(text, fallback, model);

beforeAll(async () => {
  model = CyrillicLanguageModel.fromItems((await loadKnowledgeFolder()).items);
});

describe("detectLanguage", () => {
  it.each([
    ["Как зарегистрировать НКО?", "ru"],
    ["Сколько учредителей нужно для общественного объединения", "ru"],
    ["как получить шенгенскую визу из астаны", "ru"],
    ["ҮЕҰ қалай тіркеледі?", "kk"],
    ["Қоғамдық қор ашу үшін қандай құжаттар керек", "kk"],
    ["Тексеру керек пе?", "kk"],
    ["Жауап бер", "kk"],
    ["ҚБ тіркеу үшін какие документы нужны", "kk"],
    ["qogamdyq birlestik qalai tirkeledi", "kk"],
    ["how to register an NGO in Kazakhstan", "en"],
    ["Need help with the NGO database", "en"],
  ] as const)("%s → %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("uses the fallback language for very short Cyrillic text", () => {
    expect(detectLanguage("ОО", "kk")).toBe("kk");
    expect(detectLanguage("ОО", "ru")).toBe("ru");
    expect(detectLanguage("ЦОН?", "kk")).toBe("kk");
  });

  it("does not let the fallback override clear text", () => {
    expect(detectLanguage("Как зарегистрировать общественный фонд?", "kk")).toBe("ru");
    expect(detectLanguage("how do we register a fund", "ru")).toBe("en");
    expect(detectLanguage("Қоғамдық қорды қалай тіркейміз", "en")).toBe("kk");
  });

  it("still answers something for text without letters", () => {
    expect(detectLanguage("???", "en")).toBe("en");
    expect(detectLanguage("12345")).toBe("ru");
  });

  it("tells letter-less Kazakh from Russian only with the trigram model", () => {
    expect(detect("Тексеру керек пе?", "ru")).toBe("ru");
    expect(detect("Тексеру керек пе?", "ru", model)).toBe("kk");
  });
});
