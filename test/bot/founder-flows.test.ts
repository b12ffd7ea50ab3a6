import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { TOPICS } from "../../functions/core/knowledge/item-schema.js";
import { testBot } from "../helpers/app-bot.js";
import { buttonData, buttonTexts, sentMessages, sentTexts } from "../helpers/bot-harness.js";
import { callbackUpdate, textUpdate } from "../helpers/updates.js";

const send = (bot: Awaited<ReturnType<typeof testBot>>["bot"], update: unknown) => bot.handleUpdate(update as Update);

describe("founder in a private chat", () => {
  it("should show the topic menu on /start and list a topic's items, paged, with every callback answered", async () => {
    const { bot, calls } = await testBot();
    await send(bot, textUpdate("/start", { chatId: 11, userId: 11 }));
    const menu = buttonData(sentMessages(calls)[0]);
    expect(menu).toEqual(TOPICS.map((topic) => `topic:${topic}`));

    await send(bot, callbackUpdate("topic:registration", { chatId: 11, userId: 11 }));
    const list = sentMessages(calls).at(-1);
    expect(String(list?.payload.text)).toContain("Регистрация");
    const items = buttonData(list).filter((data) => data.startsWith("item:"));
    expect(items.length).toBe(8);
    expect(buttonData(list)).toContain("tp:registration:1");

    await send(bot, callbackUpdate("tp:registration:1", { chatId: 11, userId: 11 }));
    const edit = calls.filter((call) => call.method === "editMessageText").at(-1);
    expect(buttonData(edit)).toContain("tp:registration:0");

    await send(bot, callbackUpdate(items[0] ?? "", { chatId: 11, userId: 11 }));
    expect(sentTexts(calls).at(-1)).toContain("adilet.zan.kz");
    const callbacks = calls.filter((call) => call.method === "answerCallbackQuery");
    expect(callbacks).toHaveLength(3);
  });

  it("should switch the language with /language and remember it in the session", async () => {
    const { bot, calls, sessions } = await testBot();
    await send(bot, textUpdate("/language", { chatId: 12, userId: 12 }));
    expect(buttonData(sentMessages(calls)[0])).toEqual(["lang:ru", "lang:kk", "lang:en", "lang:auto"]);
    await send(bot, callbackUpdate("lang:kk", { chatId: 12, userId: 12 }));
    expect(sentTexts(calls).at(-1)).toContain("қазақша");
    expect(await sessions.read("12")).toMatchObject({ language: "kk" });
    await send(bot, textUpdate("How many founders does a public association need?", { chatId: 12, userId: 12 }));
    expect(sentTexts(calls).at(-1)).toMatch(/Құқықтық негіз/);
    await send(bot, callbackUpdate("lang:auto", { chatId: 12, userId: 12 }));
    expect((await sessions.read("12"))?.language).toBeUndefined();
  });

  it("should answer in the question's language when the user chose none", async () => {
    const { bot, calls } = await testBot();
    await send(bot, textUpdate("Қоғамдық қорды қалай тіркейміз?", { chatId: 13, userId: 13, languageCode: "en" }));
    const reply = sentMessages(calls).at(-1);
    expect(String(reply?.payload.text)).toMatch(/[әғқңөұүі]/);
    expect(buttonTexts(reply)).toContain("🙋 Кеңесшіден сұрау");
  });

  it("should understand short follow-ups in the context of the last answer", async () => {
    const { bot, calls, sessions } = await testBot();
    await send(bot, textUpdate("Как зарегистрировать общественное объединение?", { chatId: 14, userId: 14 }));
    expect(await sessions.read("14")).toMatchObject({ lastItemId: "registration-public-association" });
    await send(bot, textUpdate("а для фонда?", { chatId: 14, userId: 14 }));
    expect(await sessions.read("14")).toMatchObject({ lastItemId: "registration-fund" });
    expect(sentTexts(calls).at(-1)).toContain("Регистрация фонда");
  });

  it("should say when it read a short question as a follow-up, naming the previous topic", async () => {
    const { bot, calls, sessions } = await testBot();
    await send(bot, callbackUpdate("item:foreign-funding-notification", { chatId: 19, userId: 19 }));
    await send(bot, textUpdate("а штраф?", { chatId: 19, userId: 19 }));
    expect(await sessions.read("19")).toMatchObject({ lastItemId: "foreign-funding-penalties" });
    const reply = sentTexts(calls).find((text) => text.includes("Понял как уточнение"));
    expect(reply).toContain("«Уведомление налогового органа об иностранных деньгах»");
  });

  it("should record 👍, and after 👎 take the next message as a masked comment", async () => {
    const { bot, calls, feedback } = await testBot();
    await send(bot, textUpdate("сколько стоит регистрация НКО", { chatId: 15, userId: 15 }));
    const [up, down] = buttonData(sentMessages(calls).at(-1)).filter((data) => data.startsWith("fb:"));
    await send(bot, callbackUpdate(up ?? "", { chatId: 15, userId: 15 }));
    expect(calls.at(-1)).toMatchObject({ method: "answerCallbackQuery", payload: { text: "Спасибо за оценку!" } });
    await send(bot, callbackUpdate(down ?? "", { chatId: 15, userId: 15 }));
    expect(sentTexts(calls).at(-1)).toContain("Что было не так");
    await send(bot, textUpdate("Мой ИИН 990101300123, сумма устарела", { chatId: 15, userId: 15 }));
    expect(sentTexts(calls).at(-1)).toContain("передал редакторам");
    const votes = await feedback.list("vote");
    expect(votes.map((vote) => vote.vote).sort()).toEqual(["down", "up"]);
    const [comment] = await feedback.list("comment");
    expect(comment?.comment).toBe("Мой ИИН [iin/bin], сумма устарела");
    expect(comment?.itemId).toBe("registration-fee");
  });

  it("should store declined questions for the admins' queue", async () => {
    const { bot, feedback } = await testBot();
    await send(bot, textUpdate("как приготовить плов на 10 человек", { chatId: 16, userId: 16 }));
    const [declined] = await feedback.list("declined");
    expect(declined).toMatchObject({
      kind: "declined",
      language: "ru",
      question: "как приготовить плов на 10 человек",
    });
  });

  it("should run a wizard to its recommendation, survive a free-text question midway and allow cancel", async () => {
    const { bot, calls, sessions } = await testBot();
    await send(bot, textUpdate("/wizard", { chatId: 17, userId: 17 }));
    expect(buttonData(sentMessages(calls).at(-1))).toEqual(["wiz:form", "wiz:reg", "wiz:grant"]);
    await send(bot, callbackUpdate("wiz:form", { chatId: 17, userId: 17 }));
    const firstStep = buttonData(sentMessages(calls).at(-1));
    expect(firstStep.at(-1)).toBe("wx");

    // A question in the middle is answered, and the helper's current step is shown again.
    await send(bot, textUpdate("что такое МРП?", { chatId: 17, userId: 17 }));
    expect(sentTexts(calls).some((text) => text.includes("МРП"))).toBe(true);
    expect(buttonData(sentMessages(calls).at(-1))).toEqual(firstStep);
    expect((await sessions.read("17"))?.wizard?.kind).toBe("form");

    // Walk the wizard by always choosing the first option until it ends.
    for (let guard = 0; guard < 12; guard++) {
      const options = buttonData(sentMessages(calls).at(-1)).filter((data) => data.startsWith("wa:"));
      if (options.length === 0) break;
      await send(bot, callbackUpdate(options[0] ?? "", { chatId: 17, userId: 17 }));
    }
    expect((await sessions.read("17"))?.wizard).toBeUndefined();
    expect(buttonData(sentMessages(calls).at(-1)).some((data) => data.startsWith("item:"))).toBe(true);

    await send(bot, callbackUpdate("wiz:grant", { chatId: 17, userId: 17 }));
    await send(bot, callbackUpdate("wx", { chatId: 17, userId: 17 }));
    expect((await sessions.read("17"))?.wizard).toBeUndefined();
  });

  it("should re-ask the current step when an old wizard button is pressed", async () => {
    const { bot, calls } = await testBot();
    await send(bot, callbackUpdate("wiz:reg", { chatId: 18, userId: 18 }));
    const first = buttonData(sentMessages(calls).at(-1)).filter((data) => data.startsWith("wa:"));
    await send(bot, callbackUpdate(first[0] ?? "", { chatId: 18, userId: 18 }));
    await send(bot, callbackUpdate(first[1] ?? "", { chatId: 18, userId: 18 }));
    expect(sentTexts(calls)).toContain("Эта кнопка от прошлого шага; вот текущий вопрос.");
  });
});
