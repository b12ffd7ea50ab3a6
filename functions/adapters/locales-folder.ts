import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { LANGUAGES, type Language } from "../core/knowledge/item-schema.js";

/**
 * The bot's message files: `LOCALES_DIR`, else `functions/bot/locales/` in the working directory (the Lambda
 * bundle ships a copy and sets LOCALES_DIR). One folder per language, any number of `.ftl` files in each.
 */
export const DEFAULT_LOCALES_DIR = path.resolve(process.env.LOCALES_DIR ?? "functions/bot/locales");

export async function readLocaleSources(dir = DEFAULT_LOCALES_DIR): Promise<Record<Language, string[]>> {
  const entries = await Promise.all(
    LANGUAGES.map(async (language) => {
      const folder = path.join(dir, language);
      const files = (await readdir(folder)).filter((file) => file.endsWith(".ftl")).sort();
      return [language, await Promise.all(files.map((file) => readFile(path.join(folder, file), "utf8")))] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Language, string[]>;
}
