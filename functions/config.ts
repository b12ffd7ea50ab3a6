import * as z from "zod";
import { languageSchema } from "./core/knowledge/item-schema.js";

/** Telegram's rule for `secret_token`: 1–256 characters of A–Z, a–z, 0–9, `_` and `-`. */
const webhookSecret = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A-Z, a-z, 0-9, _ and -");

const adminIds = z
  .string()
  .default("")
  .transform((value, ctx) => {
    const ids = value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const bad = ids.filter((id) => !/^\d+$/.test(id));
    if (bad.length > 0) ctx.addIssue({ code: "custom", message: `not numeric user ids: ${bad.join(", ")}` });
    return ids.map(Number);
  });

/** Settings every process needs: where DynamoDB and the tables are. */
export const storageConfigSchema = z.object({
  STATE_TABLE_NAME: z.string().min(1).default("kz-ngo-bot-state"),
  UPDATES_TABLE_NAME: z.string().min(1).default("kz-ngo-bot-updates"),
  /** Only set locally (DynamoDB Local); in AWS the SDK finds the regional endpoint. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).default("eu-central-1"),
});

export const webhookConfigSchema = storageConfigSchema.extend({
  TELEGRAM_WEBHOOK_SECRET: webhookSecret,
  UPDATES_QUEUE_URL: z.url(),
});
export type WebhookConfig = z.infer<typeof webhookConfigSchema>;

export const botConfigSchema = storageConfigSchema.extend({
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "must look like 123456:ABC… (from @BotFather)"),
  /** The bot's @username without @; lets the worker skip getMe on every cold start. */
  TELEGRAM_BOT_USERNAME: z
    .string()
    .regex(/^[A-Za-z0-9_]{5,32}$/)
    .default("kz_ngo_help_bot"),
  TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
  ADMIN_USER_IDS: adminIds,
  /** The operators' supergroup (negative id) where consultant cases are delivered. */
  OPERATORS_CHAT_ID: z.coerce.number().int().negative().optional(),
  OPERATORS_LANGUAGE: languageSchema.default("ru"),
  /** Messages a user may send per minute before the bot asks them to slow down. */
  USER_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** How long a worker trusts its loaded knowledge before checking for a newer publish. */
  KNOWLEDGE_REFRESH_SECONDS: z.coerce.number().int().nonnegative().default(30),
  /** S3 bucket for the answer engine's index snapshots (one per published version); unset: every worker builds. */
  INDEX_SNAPSHOT_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name")
    .optional(),
  /** Only set locally (a local S3); in AWS the SDK finds the regional endpoint. */
  S3_ENDPOINT: z.url().optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
});
export type BotConfig = z.infer<typeof botConfigSchema>;

/** Thrown when the environment is incomplete; the message names every bad variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses `env` with `schema` once, failing fast with a message such as
 * `Invalid config: TELEGRAM_WEBHOOK_SECRET is required`.
 */
export function parseConfig<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "environment";
    return issue.code === "invalid_type" && issue.input === undefined
      ? `${name} is required`
      : `${name} ${issue.message}`;
  });
  throw new ConfigError(`Invalid config: ${problems.join("; ")}`, { cause: result.error });
}
