import * as z from "zod";
import { languageSchema } from "../core/knowledge/item-schema.js";

/** A wizard in progress: which one, the current step, the answers so far. */
export const wizardStateSchema = z.object({
  kind: z.string(),
  step: z.string(),
  answers: z.record(z.string(), z.string()),
});

/** Forwarded client messages being merged into one consultant answer. */
export const forwardBatchSchema = z.object({
  texts: z.array(z.string()),
  /** Epoch ms of the last forwarded message; later ones within the window join the batch. */
  lastAt: z.number(),
  /** The bot's reply messages (client answer, then notes), edited when the batch grows. */
  replyMessageIds: z.array(z.number()),
  mediaGroupIds: z.array(z.string()).default([]),
});

/**
 * Per-chat state kept in DynamoDB. Every field is optional so older sessions stay valid when fields are added;
 * unknown fields from newer versions are kept.
 */
export const sessionSchema = z.looseObject({
  /** Language the user chose with /language; otherwise each question's language is used. */
  language: languageSchema.optional(),
  /** The last item answered, for follow-up questions and feedback. */
  lastItemId: z.string().optional(),
  /** What the bot answered to lastQuestion (no item when it declined) and how sure it was, for consultants. */
  lastAnswer: z.object({ itemId: z.string().optional(), confidence: z.number() }).optional(),
  /** The last question asked (for "ask a consultant"). */
  lastQuestion: z.string().optional(),
  /** Set after 👎: the next text message is taken as the comment. */
  pendingFeedback: z.object({ itemId: z.string(), question: z.string().optional() }).optional(),
  wizard: wizardStateSchema.optional(),
  forwardBatch: forwardBatchSchema.optional(),
  /** Set after /consultant without text: the next message is the question for the consultant. */
  awaitingConsultantQuestion: z.boolean().optional(),
});
export type SessionData = z.infer<typeof sessionSchema>;
export type WizardState = z.infer<typeof wizardStateSchema>;

export function initialSession(): SessionData {
  return {};
}
