import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { LANGUAGES, type Language } from "../knowledge/item-schema.js";

export type MessageArgs = Record<string, FluentVariable>;

/** Looks up a user-facing message by key in a language; Russian is the fallback. */
export interface Translator {
  t(language: Language, key: string, args?: MessageArgs): string;
  has(language: Language, key: string): boolean;
  /** Message keys per language, for completeness checks. */
  keys(language: Language): string[];
}

export class MissingMessageError extends Error {
  override name = "MissingMessageError";
}

/**
 * Builds a translator from Fluent sources (the texts of `.ftl` files) per language. Syntax errors fail here, at
 * start-up, not when a user first hits the message. Pure: the caller reads the files.
 */
export function createTranslator(sources: Record<Language, string[]>): Translator {
  const bundles = new Map<Language, FluentBundle>();
  for (const language of LANGUAGES) {
    // No bidi isolation marks around arguments: Telegram shows them as stray characters.
    const bundle = new FluentBundle(language, { useIsolating: false });
    for (const source of sources[language]) {
      const resource = new FluentResource(source);
      // The runtime parser drops malformed entries silently; count the entries the file declares instead.
      const declared = source.match(/^-?[a-zA-Z][\w-]*\s*=/gm)?.length ?? 0;
      if (resource.body.length !== declared) {
        throw new Error(`Invalid ${language} messages: ${declared - resource.body.length} malformed entries`);
      }
      const errors = bundle.addResource(resource);
      if (errors.length > 0)
        throw new Error(`Invalid ${language} messages: ${errors.map((error) => error.message).join("; ")}`);
    }
    bundles.set(language, bundle);
  }
  const bundleFor = (language: Language, key: string): FluentBundle => {
    const own = bundles.get(language);
    if (own?.hasMessage(key)) return own;
    const fallback = bundles.get("ru");
    if (fallback?.hasMessage(key)) return fallback;
    throw new MissingMessageError(`no message "${key}" in ${language} or ru`);
  };
  return {
    t(language, key, args) {
      const bundle = bundleFor(language, key);
      const message = bundle.getMessage(key);
      if (!message?.value) throw new MissingMessageError(`message "${key}" has no value`);
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, args, errors);
      if (errors.length > 0) throw new MissingMessageError(`message "${key}": ${errors[0]?.message}`);
      return text;
    },
    has: (language, key) => bundles.get(language)?.hasMessage(key) ?? false,
    keys: (language) => [...(bundles.get(language)?._messages.keys() ?? [])],
  };
}
