import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { testBot } from "../helpers/app-bot.js";
import { sentTexts } from "../helpers/bot-harness.js";
import { callbackUpdate, stickerUpdate, textUpdate } from "../helpers/updates.js";

const asUpdate = (update: unknown) => update as Update;

describe("bot", () => {
  it.each([
    ["ru", "Здравствуйте"],
    ["kk", "Сәлеметсіз бе"],
    ["en", "Hello"],
    ["de", "Здравствуйте"],
  ])("should greet on /start in the user's Telegram language (%s)", async (languageCode, greeting) => {
    const { bot, calls } = await testBot();
    await bot.handleUpdate(asUpdate(textUpdate("/start", { languageCode })));
    expect(sentTexts(calls)).toHaveLength(1);
    expect(sentTexts(calls)[0]).toContain(greeting);
    expect(calls[0]?.payload.parse_mode).toBe("HTML");
  });

  it("should answer /help", async () => {
    const { bot, calls } = await testBot();
    await bot.handleUpdate(asUpdate(textUpdate("/help", { languageCode: "en" })));
    expect(sentTexts(calls)[0]).toContain("/menu");
  });

  it("should answer a question with the item's card, its legal basis and related-item buttons", async () => {
    const { bot, calls, sessions } = await testBot();
    const update = textUpdate("Сколько нужно учредителей для общественного объединения?", {
      chatId: 3001,
      userId: 3001,
    });
    await bot.handleUpdate(asUpdate(update));
    const messages = calls.filter((call) => call.method === "sendMessage");
    expect(messages.length).toBeGreaterThanOrEqual(1);
    const text = messages.map((message) => String(message.payload.text)).join("\n");
    expect(text).toContain("3");
    expect(text).toContain("adilet.zan.kz");
    for (const message of messages) {
      expect(message.payload.parse_mode).toBe("HTML");
      expect(String(message.payload.text).length).toBeLessThanOrEqual(4096);
    }
    const markup = messages.at(-1)?.payload.reply_markup as
      | { inline_keyboard: { callback_data: string }[][] }
      | undefined;
    const keyboard = markup?.inline_keyboard ?? [];
    expect(keyboard.length).toBeGreaterThan(0);
    const data = keyboard.flat().map((button) => button.callback_data);
    expect(data.filter((value) => value.startsWith("item:")).length).toBeGreaterThan(0);
    expect(data).toEqual(expect.arrayContaining(["fb:up:public-association", "fb:down:public-association", "ask"]));
    for (const value of data) expect(Buffer.byteLength(value)).toBeLessThanOrEqual(64);
    expect(await sessions.read("3001")).toMatchObject({ lastItemId: "public-association" });
  });

  it("should answer a Kazakh question in Kazakh", async () => {
    const { bot, calls } = await testBot();
    await bot.handleUpdate(asUpdate(textUpdate("Қоғамдық қорды қалай тіркеймін?", { languageCode: "ru" })));
    expect(sentTexts(calls).join("\n")).toMatch(/[әғқңөұүһі]/);
  });

  it("should decline an off-topic question honestly, without inventing an answer", async () => {
    const { bot, calls } = await testBot();
    await bot.handleUpdate(asUpdate(textUpdate("какая погода завтра в Алматы?")));
    const [text] = sentTexts(calls);
    expect(text).toMatch(/не знаю/i);
    expect(text).not.toContain("adilet.zan.kz");
  });

  it("should open an item from a button and always answer the callback query", async () => {
    const { bot, calls } = await testBot();
    await bot.handleUpdate(asUpdate(callbackUpdate("item:registration-fee")));
    expect(calls[0]?.method).toBe("answerCallbackQuery");
    expect(sentTexts(calls).join("\n")).toMatch(/6[.,]5/);
  });

  it("should answer callback queries it does not understand", async () => {
    const { bot, calls } = await testBot();
    for (const data of ["item:no-such-item", "garbage"]) await bot.handleUpdate(asUpdate(callbackUpdate(data)));
    expect(calls.map((call) => call.method)).toEqual(["answerCallbackQuery", "answerCallbackQuery"]);
  });

  it("should reply to a sticker with a hint to type the question", async () => {
    const { bot, calls } = await testBot();
    await bot.handleUpdate(asUpdate(stickerUpdate()));
    expect(sentTexts(calls)).toEqual(["Я понимаю только текст. Напишите вопрос словами."]);
  });

  it("should keep quiet on ordinary group messages", async () => {
    const { bot, calls } = await testBot();
    const update = textUpdate("Как зарегистрировать фонд?");
    const groupUpdate = {
      ...update,
      message: { ...update.message, chat: { id: -100123, type: "supergroup", title: "НКО чат" } },
    };
    await bot.handleUpdate(asUpdate(groupUpdate));
    expect(calls).toEqual([]);
  });
});
