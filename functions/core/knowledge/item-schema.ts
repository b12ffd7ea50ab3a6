import * as z from "zod";

/** The three languages every item is written in. Russian is the fallback. */
export const LANGUAGES = ["ru", "kk", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

/** Topics shown in the bot's menu; every item belongs to exactly one. */
export const TOPICS = [
  "legal-forms",
  "registration",
  "charter",
  "reporting",
  "foreign-funding",
  "taxes",
  "state-support",
  "licensing",
  "liquidation",
  "general",
] as const;
export type Topic = (typeof TOPICS)[number];

/** Hosts whose pages count as an official legal basis. */
export const OFFICIAL_HOSTS = ["adilet.zan.kz", "zan.gov.kz", "gov.kz", "egov.kz", "stat.gov.kz", "kgd.gov.kz"];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
const nonEmpty = z.string().trim().min(1, "must not be empty");

/** A text in each of the three languages. */
export const localizedSchema = z.object({ ru: nonEmpty, kk: nonEmpty, en: nonEmpty }).strict();
export type Localized = z.infer<typeof localizedSchema>;

const paraphrases = z.array(nonEmpty).min(4, "needs at least 4 paraphrases");

export const officialUrlSchema = z
  .url({ message: "must be a URL" })
  .refine((value) => isOfficialUrl(value), { message: "must be an official URL (adilet.zan.kz, gov.kz, egov.kz)" });

export function isOfficialUrl(value: string): boolean {
  try {
    const { protocol, hostname } = new URL(value);
    return protocol === "https:" && OFFICIAL_HOSTS.some((host) => hostname === host || hostname.endsWith(`.${host}`));
  } catch {
    return false;
  }
}

export const legalBasisSchema = z
  .object({
    act: localizedSchema,
    article: localizedSchema,
    url: officialUrlSchema,
  })
  .strict();
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** Front matter of one knowledge item (the Markdown file's YAML header). */
export const itemFrontMatterSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug like pa-founders")
      // Ids travel in button data (Telegram allows 64 bytes, e.g. "adm:exp:<id>").
      .max(48, "must be at most 48 characters"),
    topic: z.enum(TOPICS),
    title: localizedSchema,
    summary: localizedSchema,
    questions: z.object({ ru: paraphrases, kk: paraphrases, en: paraphrases }).strict(),
    legal_basis: z.array(legalBasisSchema).min(1, "needs at least one legal basis"),
    verified_on: isoDate,
    review_due: isoDate,
    related: z.array(z.string()).default([]),
    applies_from: isoDate.optional(),
    applies_until: isoDate.optional(),
  })
  .strict();
export type ItemFrontMatter = z.infer<typeof itemFrontMatterSchema>;

/** A validated knowledge item: front matter plus the answer body in each language. */
export interface KnowledgeItem extends ItemFrontMatter {
  body: Localized;
  /** Where the item came from, e.g. `knowledge/registration/pa-founders.md`. */
  source: string;
}
