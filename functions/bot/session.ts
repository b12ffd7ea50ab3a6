import { z } from "zod";
import { languageSchema } from "../core/knowledge/item-schema.js";

/**
 * Per-chat state kept in DynamoDB. Every field is optional so that older sessions stay valid when fields are
 * added; unknown fields from newer versions are kept.
 */
export const sessionSchema = z.looseObject({
  /** Language the user chose with /language; otherwise each question's language is used. */
  language: languageSchema.optional(),
  /** The last item answered, for follow-up questions. */
  lastItemId: z.string().optional(),
});
export type SessionData = z.infer<typeof sessionSchema>;

export function initialSession(): SessionData {
  return {};
}
