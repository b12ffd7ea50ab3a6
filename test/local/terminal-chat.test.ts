import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { localFileFetch } from "../../functions/local/local-file-fetch.js";
import { renderHtml, runTerminalChat, TERMINAL_CHAT_ID } from "../../functions/local/terminal-chat.js";
import { testBot } from "../helpers/app-bot.js";
import { TEST_TOKEN } from "../helpers/bot-harness.js";

async function chat(lines: string[], languageCode = "ru", admin = false) {
  const { bot } = await testBot(
    admin ? { ADMIN_USER_IDS: String(TERMINAL_CHAT_ID) } : {},
    {},
    admin ? { fetch: localFileFetch(TEST_TOKEN) } : {},
  );
  const input = new PassThrough();
  const output = new PassThrough();
  let transcript = "";
  output.on("data", (chunk) => {
    transcript += chunk.toString();
  });
  const done = runTerminalChat({ bot, input, output, languageCode });
  input.end(`${lines.join("\n")}\n`);
  await done;
  return transcript;
}

describe("terminal chat (npm start without a token)", () => {
  it("should show /start and answer a question with numbered buttons", async () => {
    const transcript = await chat(["/start", "Сколько нужно учредителей для общественного объединения?"]);
    expect(transcript).toContain("Здравствуйте!");
    expect(transcript).toContain("Общественное объединение");
    expect(transcript).toMatch(/\[1\] \S+/);
    expect(transcript).not.toMatch(/<b>|&lt;/);
  });

  it("should press a button when the user types its number", async () => {
    const transcript = await chat(["How many founders does a public association need?", "1"], "en");
    const afterPress = transcript.split("\n> ").at(-2) ?? "";
    expect(afterPress).toContain("Legal basis");
  });

  it("should let the local admin upload an item file as a draft with #file", async () => {
    const transcript = await chat(["/admin", "#file knowledge/general/mci-values.md", "/drafts"], "en", true);
    expect(transcript).toContain("Knowledge base administration");
    // The folder's own text is a valid draft that changes nothing.
    expect(transcript).toMatch(/Draft of mci-values saved\. Changed: –/);
    expect(transcript).toContain("Drafts: 1");
  });

  it("should render Telegram HTML as plain text", () => {
    expect(renderHtml('<b>Bold</b> &amp; <a href="https://adilet.zan.kz">law</a> &lt;x&gt;', false)).toBe(
      "Bold & law (https://adilet.zan.kz) <x>",
    );
  });
});
