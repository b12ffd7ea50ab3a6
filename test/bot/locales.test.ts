import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readLocaleSources } from "../../functions/adapters/locales-folder.js";
import { createTranslator } from "../../functions/core/i18n/translator.js";

const FEATURES_DIR = path.resolve("functions/bot");

/** Every `t("key")` / `ctx.t("key", …)` in the bot's code. */
async function usedKeys(): Promise<string[]> {
  const files = (await readdir(FEATURES_DIR, { recursive: true })).filter((file) => String(file).endsWith(".ts"));
  const keys = new Set<string>();
  for (const file of files) {
    const text = await readFile(path.join(FEATURES_DIR, String(file)), "utf8");
    for (const match of text.matchAll(/\bt\("([a-z0-9-]+)"/g)) keys.add(match[1] as string);
  }
  return [...keys];
}

describe("message catalogue (functions/bot/locales)", () => {
  it("should have the same keys in Russian, Kazakh and English", async () => {
    const translator = createTranslator(await readLocaleSources());
    const ru = translator.keys("ru").sort();
    expect(translator.keys("kk").sort()).toEqual(ru);
    expect(translator.keys("en").sort()).toEqual(ru);
  });

  it("should define every key the bot's code uses", async () => {
    const translator = createTranslator(await readLocaleSources());
    const missing = (await usedKeys()).filter((key) => !translator.has("ru", key));
    expect(missing).toEqual([]);
  });

  it("should fall back to Russian and never leave a placeholder unfilled", async () => {
    const translator = createTranslator({
      ru: ["hello = Привет, { $name }!", "only-ru = Только по-русски"],
      kk: ["hello = Сәлем, { $name }!"],
      en: ["hello = Hi, { $name }!"],
    });
    expect(translator.t("kk", "hello", { name: "Айгүл" })).toBe("Сәлем, Айгүл!");
    expect(translator.t("en", "only-ru")).toBe("Только по-русски");
    expect(() => translator.t("en", "nope")).toThrow(/no message "nope"/);
    expect(() => translator.t("en", "hello")).toThrow(/hello/);
  });

  it("should reject a file with a syntax error at start-up", () => {
    expect(() => createTranslator({ ru: ["broken = { $"], kk: [], en: [] })).toThrow(/Invalid ru messages/);
  });

  it("should keep the Telegram HTML in messages to the tags Telegram allows", async () => {
    const sources = await readLocaleSources();
    for (const text of Object.values(sources).flat()) {
      for (const tag of text.matchAll(/<\/?([a-z]+)[^>]*>/g)) expect(["b", "i", "code", "a"]).toContain(tag[1]);
    }
    await expect(readFile(path.join(FEATURES_DIR, "locales/ru/common.ftl"), "utf8")).resolves.toContain("start =");
  });
});
