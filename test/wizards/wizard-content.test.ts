import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeFolder } from "../../functions/adapters/knowledge-folder.js";
import { readLocaleSources } from "../../functions/adapters/locales-folder.js";
import { createTranslator, type Translator } from "../../functions/core/i18n/translator.js";
import { LANGUAGES } from "../../functions/core/knowledge/item-schema.js";
import { WIZARDS } from "../../functions/core/wizards/index.js";
import type { WizardLine } from "../../functions/core/wizards/wizard.js";
import { allPaths } from "./helpers.js";

/** Keys the bot uses around the wizards. */
const BOT_KEYS = [
  "wizard-menu-title",
  "wizard-cancel",
  "wizard-cancelled",
  "wizard-stale",
  "wizard-result-more",
  "wizard-resume",
  "wizard-note-free-text",
];

const PATHS = Object.fromEntries(Object.values(WIZARDS).map((definition) => [definition.kind, allPaths(definition)]));

/** Every message a wizard can show, with the arguments it is shown with (deduplicated). */
function usedMessages(): WizardLine[] {
  const seen = new Map<string, WizardLine>();
  const add = (entry: WizardLine) => seen.set(`${entry.key} ${JSON.stringify(entry.args ?? {})}`, entry);
  for (const key of BOT_KEYS) add({ key });
  for (const definition of Object.values(WIZARDS)) {
    add({ key: definition.titleKey });
    for (const step of Object.values(definition.steps)) {
      add({ key: step.questionKey });
      for (const option of step.options) add({ key: option.labelKey });
    }
    for (const { outcome } of PATHS[definition.kind] ?? []) {
      add({ key: outcome.titleKey });
      for (const line of outcome.lines) add(line);
    }
  }
  return [...seen.values()];
}

const ALLOWED_TAGS = /<\/?(b|i|code)>|<a href="[^"]+">|<\/a>/g;

describe("wizard texts and links", () => {
  let translator: Translator;
  let itemIds: Set<string>;

  beforeAll(async () => {
    translator = createTranslator(await readLocaleSources());
    itemIds = new Set((await loadKnowledgeFolder()).items.map((item) => item.id));
  });

  it("points every outcome to existing knowledge items", () => {
    const linked = new Set(Object.values(PATHS).flatMap((paths) => paths.flatMap((path) => path.outcome.itemIds)));
    expect([...linked].filter((id) => !itemIds.has(id))).toEqual([]);
    expect(linked.size).toBeGreaterThan(20);
  });

  it("has every used message in all three languages, rendered without leftovers or stray HTML", () => {
    const messages = usedMessages();
    expect(messages.length).toBeGreaterThan(100);
    for (const language of LANGUAGES) {
      for (const { key, args } of messages) {
        expect(translator.has(language, key), `${language}: ${key}`).toBe(true);
        const text = translator.t(language, key, args);
        expect(text.trim().length, `${language}: ${key}`).toBeGreaterThan(0);
        expect(text, `${language}: ${key}`).not.toMatch(/\{\s*\$|[{}]/);
        expect(text.replace(ALLOWED_TAGS, ""), `${language}: ${key}`).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;)/);
        if (args) for (const value of Object.values(args)) expect(text).toContain(String(value));
      }
    }
  });

  it("has the same wizard-* keys in ru, kk and en, each of them used", () => {
    const wizardKeys = (language: (typeof LANGUAGES)[number]) =>
      translator
        .keys(language)
        .filter((key) => key.startsWith("wizard-"))
        .sort();
    const ru = wizardKeys("ru");
    expect(wizardKeys("kk")).toEqual(ru);
    expect(wizardKeys("en")).toEqual(ru);
    const used = new Set(usedMessages().map((message) => message.key));
    expect(ru.filter((key) => !used.has(key))).toEqual([]);
  });

  it("keeps button labels short enough for a Telegram keyboard", () => {
    for (const language of LANGUAGES) {
      for (const definition of Object.values(WIZARDS)) {
        for (const step of Object.values(definition.steps)) {
          for (const option of step.options) {
            const label = translator.t(language, option.labelKey);
            expect(label.length, `${language}: ${option.labelKey}`).toBeLessThanOrEqual(64);
          }
        }
      }
    }
  });

  it("formats checklist lines with a box in every language", () => {
    for (const language of LANGUAGES) {
      for (const { outcome } of PATHS.reg ?? []) {
        const boxes = outcome.lines.filter((line) => translator.t(language, line.key).startsWith("☐ "));
        expect(boxes.length).toBeGreaterThanOrEqual(outcome.lines.length / 2);
      }
    }
  });
});
