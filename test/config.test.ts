import { describe, expect, it } from "vitest";
import { botConfigSchema, ConfigError, parseConfig, webhookConfigSchema } from "../functions/config.js";
import { JavaMissingError, startDynamoLocal } from "../functions/local/dynamo-local.js";

describe("config", () => {
  it("should name every missing or malformed variable", () => {
    expect(() => parseConfig(webhookConfigSchema, {})).toThrow(
      "Invalid config: TELEGRAM_WEBHOOK_SECRET is required; UPDATES_QUEUE_URL is required",
    );
    expect(() =>
      parseConfig(webhookConfigSchema, { TELEGRAM_WEBHOOK_SECRET: "short", UPDATES_QUEUE_URL: "https://q" }),
    ).toThrow(/TELEGRAM_WEBHOOK_SECRET must be 16–256 characters/);
    expect(() =>
      parseConfig(botConfigSchema, { TELEGRAM_BOT_TOKEN: "123:ABCDEFGHIJKLMNOPQRSTUVWXYZ", ADMIN_USER_IDS: "1, x" }),
    ).toThrow(ConfigError);
  });

  it("should apply defaults and parse lists", () => {
    const config = parseConfig(botConfigSchema, {
      TELEGRAM_BOT_TOKEN: "123:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
      ADMIN_USER_IDS: "1, 22",
      OPERATORS_CHAT_ID: "-100123",
      LOG_LEVEL: "",
    });
    expect(config).toMatchObject({
      ADMIN_USER_IDS: [1, 22],
      OPERATORS_CHAT_ID: -100123,
      OPERATORS_LANGUAGE: "ru",
      TELEGRAM_API_ROOT: "https://api.telegram.org",
      STATE_TABLE_NAME: "kz-ngo-bot-state",
    });
    expect(config.INDEX_SNAPSHOT_BUCKET).toBeUndefined();
  });

  it("should take an S3 bucket name for index snapshots and refuse anything else", () => {
    const token = { TELEGRAM_BOT_TOKEN: "123:ABCDEFGHIJKLMNOPQRSTUVWXYZ" };
    expect(
      parseConfig(botConfigSchema, { ...token, INDEX_SNAPSHOT_BUCKET: "botstack-indexsnapshots-1a2b" }),
    ).toMatchObject({ INDEX_SNAPSHOT_BUCKET: "botstack-indexsnapshots-1a2b" });
    expect(() => parseConfig(botConfigSchema, { ...token, INDEX_SNAPSHOT_BUCKET: "Bad_Bucket" })).toThrow(
      "INDEX_SNAPSHOT_BUCKET must be an S3 bucket name",
    );
  });
});

describe("DynamoDB Local", () => {
  it("should say how to install Java when it is missing", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      await expect(startDynamoLocal()).rejects.toBeInstanceOf(JavaMissingError);
      await expect(startDynamoLocal()).rejects.toThrow(/openjdk-17-jre-headless/);
    } finally {
      process.env.PATH = path;
    }
  });
});
