import { parse as parseYaml } from "yaml";
import * as z from "zod";

/**
 * One glossary entry: the same concept in each language, with abbreviations and spelling variants.
 * Retrieval expands a question with every term of an entry that the question mentions.
 */
export const glossaryEntrySchema = z
  .object({
    ru: z.array(z.string().min(1)).min(1),
    kk: z.array(z.string().min(1)).min(1),
    en: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.object({ terms: z.array(glossaryEntrySchema).min(1) }).strict();
export type Glossary = z.infer<typeof glossarySchema>;

/** Parses `knowledge/glossary.yaml`; throws with the zod message when the file is invalid. */
export function parseGlossary(text: string): Glossary {
  return glossarySchema.parse(parseYaml(text));
}
