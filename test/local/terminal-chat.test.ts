import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { renderHtml, runTerminalChat } from "../../functions/local/terminal-chat.js";
import { testBot } from "../helpers/app-bot.js";

async function chat(lines: string[], languageCode = "ru") {
  const { bot } = await testBot();
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

  it("should render Telegram HTML as plain text", () => {
    expect(renderHtml('<b>Bold</b> &amp; <a href="https://adilet.zan.kz">law</a> &lt;x&gt;', false)).toBe(
      "Bold & law (https://adilet.zan.kz) <x>",
    );
  });
});
