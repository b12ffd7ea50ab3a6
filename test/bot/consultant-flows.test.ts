import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { OPERATORS_CHAT_ID, testBot } from "../helpers/app-bot.js";
import { buttonData, sentMessages, sentTexts } from "../helpers/bot-harness.js";
import { callbackUpdate, forwardedUpdate, groupUpdate, inlineUpdate, ORIGINS, textUpdate } from "../helpers/updates.js";

const send = (bot: Awaited<ReturnType<typeof testBot>>["bot"], update: unknown) => bot.handleUpdate(update as Update);

describe("consultant: forwarded client messages", () => {
  it.each(Object.keys(ORIGINS) as (keyof typeof ORIGINS)[])(
    "should answer a message forwarded from a %s origin with a client answer and notes",
    async (origin) => {
      const { bot, calls } = await testBot();
      await send(
        bot,
        forwardedUpdate("Сколько нужно учредителей, чтобы создать общественное объединение?", {
          origin: ORIGINS[origin],
        }),
      );
      const texts = sentTexts(calls);
      expect(texts.length).toBeGreaterThanOrEqual(2);
      expect(texts[0]).toContain("Общественное объединение");
      expect(texts.at(-1)).toContain("Заметки для консультанта");
      expect(texts.at(-1)).toContain("public-association");
      expect(buttonData(sentMessages(calls)[0])).toEqual([]);
    },
  );

  it("should merge forwards that arrive together and answer once, editing the reply", async () => {
    const { bot, calls } = await testBot();
    await send(bot, forwardedUpdate("Здравствуйте! Меня зовут Асель, тел. +7 701 123 45 67.", { date: 1_764_000_000 }));
    const firstReplies = sentMessages(calls).length;
    await send(
      bot,
      forwardedUpdate("Мы хотим открыть общественный фонд. Как его зарегистрировать?", { date: 1_764_000_005 }),
    );
    expect(sentMessages(calls).length).toBe(firstReplies);
    const edits = calls.filter((call) => call.method === "editMessageText");
    expect(edits.length).toBeGreaterThanOrEqual(2);
    expect(edits.map((edit) => String(edit.payload.text)).join("\n")).toContain("Регистрация фонда");
    expect(String(edits.at(-1)?.payload.text)).toContain("Объединено сообщений клиента: 2");
    // Much later: a new client question, a new reply.
    await send(bot, forwardedUpdate("Как закрыть общественное объединение?", { date: 1_764_000_500 }));
    expect(sentMessages(calls).length).toBeGreaterThan(firstReplies);
  });

  it("should merge an album by media_group_id and answer in the client's language with notes in the consultant's", async () => {
    const { bot, calls } = await testBot();
    await send(
      bot,
      forwardedUpdate("Қоғамдық қорды қалай тіркейміз?", { mediaGroupId: "album-1", date: 1_764_000_000 }),
    );
    await send(bot, forwardedUpdate("Құжаттар тізімі керек", { mediaGroupId: "album-1", date: 1_764_000_100 }));
    const texts = [
      ...sentTexts(calls),
      ...calls.filter((call) => call.method === "editMessageText").map((call) => String(call.payload.text)),
    ];
    expect(texts[0]).toMatch(/[әғқңөұүі]/);
    expect(texts.some((text) => text.includes("Заметки для консультанта") && text.includes("Язык клиента: kk"))).toBe(
      true,
    );
    expect(texts.some((text) => text.includes("Объединено сообщений клиента: 2"))).toBe(true);
  });

  it("should ask for text when a forwarded message has none", async () => {
    const { bot, calls } = await testBot();
    const update = forwardedUpdate("x");
    const { text: _drop, ...message } = update.message as typeof update.message & { text?: string };
    await send(bot, {
      ...update,
      message: {
        ...message,
        sticker: {
          file_id: "s",
          file_unique_id: "s",
          type: "regular",
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
    });
    expect(sentTexts(calls)).toEqual(["В пересланном сообщении нет текста. Перешлите текстовые сообщения клиента."]);
  });
});

describe("consultant: inline mode and groups", () => {
  it("should return up to 10 matching items as articles in the query's language", async () => {
    const { bot, calls } = await testBot();
    await send(bot, inlineUpdate("ОФ тіркеу құжаттар", "ru"));
    const call = calls.find((entry) => entry.method === "answerInlineQuery");
    const results = call?.payload.results as {
      id: string;
      title: string;
      input_message_content: { message_text: string; parse_mode: string };
    }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(10);
    expect(results[0]?.title).toMatch(/[әғқңөұүі]/);
    expect(results[0]?.input_message_content.parse_mode).toBe("HTML");
    expect(results[0]?.input_message_content.message_text.length).toBeLessThanOrEqual(4096);
  });

  it("should show the most asked items for an empty query", async () => {
    const { bot, calls } = await testBot();
    for (const question of ["сколько стоит регистрация НКО", "госпошлина за регистрацию ОО", "Как закрыть ОО?"]) {
      await send(bot, textUpdate(question, { chatId: 31, userId: 31 }));
    }
    await send(bot, inlineUpdate(""));
    const results = calls.find((entry) => entry.method === "answerInlineQuery")?.payload.results as { id: string }[];
    expect(results[0]?.id).toBe("registration-fee");
  });

  it("should offer to open the bot when nothing matches", async () => {
    const { bot, calls } = await testBot();
    await send(bot, inlineUpdate("рецепт борща"));
    const call = calls.find((entry) => entry.method === "answerInlineQuery");
    expect(call?.payload.results).toEqual([]);
    expect(call?.payload.button).toMatchObject({ start_parameter: "inline" });
  });

  it("should answer in a group only when mentioned or replied to, keeping a session per group", async () => {
    const { bot, calls, sessions } = await testBot();
    await send(bot, groupUpdate("Как зарегистрировать фонд?", { chatId: -100300 }));
    expect(calls).toEqual([]);
    const text = "@test_ngo_bot как зарегистрировать фонд?";
    await send(bot, groupUpdate(text, { chatId: -100300, entities: [{ type: "mention", offset: 0, length: 13 }] }));
    const reply = sentMessages(calls).at(-1);
    expect(String(reply?.payload.text)).toContain("Регистрация фонда");
    expect(reply?.payload.reply_parameters).toBeDefined();
    expect(buttonData(reply)).not.toContain("ask");
    const botMessage = {
      message_id: 5,
      date: 1,
      chat: { id: -100300, type: "supergroup", title: "x" },
      from: { id: 123456, is_bot: true, first_name: "Bot" },
      text: "...",
    };
    await send(bot, groupUpdate("а сколько стоит регистрация?", { chatId: -100300, replyTo: botMessage }));
    expect(sentTexts(calls).at(-1)).toMatch(/6[,.]5/);
    expect(await sessions.read("-100300")).toMatchObject({ lastItemId: "registration-fee" });
    await send(
      bot,
      groupUpdate("/start@test_ngo_bot", {
        chatId: -100300,
        entities: [{ type: "bot_command", offset: 0, length: 19 }],
      }),
    );
    expect(sentTexts(calls).at(-1)).toContain("Здравствуйте");
  });
});

describe("robustness", () => {
  it("should answer a photo's caption and hint on a photo without one", async () => {
    const { bot, calls } = await testBot();
    const photo = [{ file_id: "p", file_unique_id: "pu", width: 10, height: 10 }];
    const base = textUpdate("x", { chatId: 41, userId: 41 });
    const { text: _drop, ...message } = base.message as typeof base.message & { text?: string };
    await send(bot, { ...base, message: { ...message, photo, caption: "Как зарегистрировать фонд?" } });
    expect(sentTexts(calls).at(-1)).toContain("Регистрация фонда");
    await send(bot, { ...base, update_id: base.update_id + 1, message: { ...message, photo } });
    expect(sentTexts(calls).at(-1)).toBe("Я понимаю только текст. Напишите вопрос словами.");
  });

  it("should ignore edited messages and channel posts before any work (not even a rate-limit hit)", async () => {
    const { bot, calls } = await testBot({ USER_RATE_LIMIT_PER_MINUTE: "1" });
    const update = textUpdate("Как зарегистрировать фонд?", { chatId: 44, userId: 44 });
    await send(bot, { update_id: update.update_id, edited_message: { ...update.message, edit_date: 1_764_000_100 } });
    await send(bot, {
      update_id: update.update_id + 1,
      channel_post: { ...update.message, chat: { id: -1009, type: "channel", title: "c" } },
    });
    expect(calls).toEqual([]);
    await send(bot, textUpdate("/help", { chatId: 44, userId: 44 }));
    expect(sentTexts(calls)[0]).toContain("/menu");
  });

  it("should cut a very long question for search and say so", async () => {
    const { bot, calls } = await testBot();
    await send(
      bot,
      textUpdate(`Как зарегистрировать общественный фонд? ${"Подробности нашей ситуации. ".repeat(80)}`, {
        chatId: 42,
        userId: 42,
      }),
    );
    expect(sentTexts(calls)[0]).toContain("Вопрос очень длинный");
  });

  it("should rate-limit a user across messages with one friendly notice", async () => {
    const { bot, calls } = await testBot({ USER_RATE_LIMIT_PER_MINUTE: "2" });
    for (let index = 0; index < 4; index++) await send(bot, textUpdate("/help", { chatId: 43, userId: 43 }));
    await send(bot, callbackUpdate("menu", { chatId: 43, userId: 43 }));
    const texts = sentTexts(calls);
    expect(texts.filter((text) => text.includes("Слишком много сообщений"))).toHaveLength(1);
    expect(texts).toHaveLength(3);
    expect(calls.at(-1)).toMatchObject({
      method: "answerCallbackQuery",
      payload: { text: expect.stringContaining("Слишком много") },
    });
  });
});

describe("ask a consultant (handoff)", () => {
  const forumResponses = {
    getChat: () => ({ id: OPERATORS_CHAT_ID, type: "supergroup", title: "Operators", is_forum: true }),
    createForumTopic: (payload: Record<string, unknown>) => ({
      message_thread_id: 77,
      name: payload.name,
      icon_color: 0,
    }),
  };

  it("should open a case in a forum topic, relay the operator's reply once and close it", async () => {
    const { bot, calls, cases } = await testBot({}, forumResponses);
    await send(bot, textUpdate("Можно ли НКО продавать сувениры?", { chatId: 51, userId: 51 }));
    const ask = callbackUpdate("ask", { chatId: 51, userId: 51 });
    await send(bot, ask);
    await send(bot, ask); // Telegram re-delivers the same update: no second case, no second delivery
    expect(calls.filter((call) => call.method === "createForumTopic")).toHaveLength(1);
    const card = sentMessages(calls).find((call) => call.payload.chat_id === OPERATORS_CHAT_ID);
    expect(card?.payload.message_thread_id).toBe(77);
    expect(String(card?.payload.text)).toContain("Можно ли НКО продавать сувениры?");
    const caseId = ask.update_id.toString(36);
    expect(sentTexts(calls).filter((text) => text.includes(`номер обращения <b>${caseId}</b>`))).toHaveLength(2);
    expect(await cases.get(caseId)).toMatchObject({ status: "open", threadId: 77, userChatId: 51 });

    const reply = groupUpdate("Да, если доход идёт на уставные цели.", {
      chatId: OPERATORS_CHAT_ID,
      userId: 900,
      threadId: 77,
    });
    await send(bot, reply);
    await send(bot, reply); // re-delivery: relayed once
    const relayed = sentMessages(calls).filter(
      (call) => call.payload.chat_id === 51 && String(call.payload.text).includes("Ответ консультанта"),
    );
    expect(relayed).toHaveLength(1);
    expect(String(relayed[0]?.payload.text)).toContain("уставные цели");
    expect(await cases.get(caseId)).toMatchObject({ status: "answered", answers: 1 });

    const close = buttonData(card).find((data) => data.startsWith("case:close:")) ?? "";
    const closeUpdate = callbackUpdate(close, { chatId: OPERATORS_CHAT_ID, userId: 900 });
    await send(bot, {
      ...closeUpdate,
      callback_query: {
        ...closeUpdate.callback_query,
        message: {
          ...closeUpdate.callback_query.message,
          chat: { id: OPERATORS_CHAT_ID, type: "supergroup", title: "Operators" },
        },
      },
    });
    expect(await cases.get(caseId)).toMatchObject({ status: "closed" });
    expect(sentTexts(calls).filter((text) => text.includes("закрыл обращение"))).toHaveLength(1);

    await send(bot, groupUpdate("Ещё одно уточнение", { chatId: OPERATORS_CHAT_ID, userId: 900, threadId: 77 }));
    expect(sentTexts(calls).at(-1)).toContain("уже закрыто");
  });

  it("should post a plain message when the operators' group has no topics and relay a reply to it", async () => {
    const { bot, calls, cases } = await testBot(
      {},
      { getChat: () => ({ id: OPERATORS_CHAT_ID, type: "supergroup", title: "Ops" }) },
    );
    const consultant = textUpdate("/consultant Нужен совет по уставу фонда", { chatId: 52, userId: 52 });
    await send(bot, consultant);
    expect(calls.some((call) => call.method === "createForumTopic")).toBe(false);
    const stored = await cases.get(consultant.update_id.toString(36));
    expect(stored).toMatchObject({
      status: "open",
      question: "Нужен совет по уставу фонда",
      operatorChatId: OPERATORS_CHAT_ID,
    });
    const reply = groupUpdate("Пришлите устав, посмотрю.", {
      chatId: OPERATORS_CHAT_ID,
      userId: 901,
      replyTo: {
        message_id: stored?.caseMessageId,
        date: 1,
        chat: { id: OPERATORS_CHAT_ID, type: "supergroup", title: "Ops" },
        text: "card",
      },
    });
    await send(bot, reply);
    expect(
      sentMessages(calls).some(
        (call) => call.payload.chat_id === 52 && String(call.payload.text).includes("Пришлите устав"),
      ),
    ).toBe(true);
  });

  it("should ask for the question first when there is none, and tell the user when no operators are set up", async () => {
    const { bot, calls } = await testBot({ OPERATORS_CHAT_ID: "" });
    await send(bot, textUpdate("/consultant", { chatId: 53, userId: 53 }));
    expect(sentTexts(calls).at(-1)).toContain("Напишите одним сообщением вопрос для консультанта");
    await send(bot, textUpdate("Как вернуть госпошлину?", { chatId: 53, userId: 53 }));
    expect(sentTexts(calls).at(-1)).toContain("консультанты сейчас не подключены");
  });
});
