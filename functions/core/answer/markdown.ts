import { escapeHtml } from "../telegram/html.js";

/**
 * The item body's Markdown subset (paragraphs, **bold**, *italic*, `- ` / `1. ` lists, [text](https://…) links)
 * converted to Telegram HTML or to plain text. Only <b>, <i> and <a href> are produced; everything else is
 * escaped, so a stray < or & in an item can never break the message.
 */

const INLINE =
  /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|\*\*([^*\n]+?)\*\*|(?<![\w*])\*([^*\s][^*\n]*?)\*(?![\w*])|(?<![\w_])_([^_\s][^_\n]*?)_(?![\w_])/g;

type Format = "html" | "text";

function inline(text: string, format: Format): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    out += plain(text.slice(last, at), format);
    const [, linkText, url, bold, italicStar, italicUnderscore] = match;
    if (linkText !== undefined && url !== undefined) {
      out += format === "html" ? `<a href="${escapeHtml(url)}">${escapeHtml(linkText)}</a>` : `${linkText} (${url})`;
    } else if (bold !== undefined) {
      out += format === "html" ? `<b>${inline(bold, format)}</b>` : inline(bold, format);
    } else {
      const italic = italicStar ?? italicUnderscore ?? "";
      out += format === "html" ? `<i>${inline(italic, format)}</i>` : inline(italic, format);
    }
    last = at + match[0].length;
  }
  return out + plain(text.slice(last), format);
}

function plain(text: string, format: Format): string {
  return format === "html" ? escapeHtml(text) : text;
}

/** One Markdown line → one output line: bullets become "• ", numbered items keep their number. */
function line(raw: string, format: Format): string {
  const text = raw.trim();
  const bullet = /^[-*+]\s+(.*)$/.exec(text);
  if (bullet) return `• ${inline(bullet[1] ?? "", format)}`;
  const numbered = /^(\d+)[.)]\s+(.*)$/.exec(text);
  if (numbered) return `${numbered[1]}. ${inline(numbered[2] ?? "", format)}`;
  const heading = /^#{1,6}\s+(.*)$/.exec(text);
  if (heading)
    return format === "html" ? `<b>${inline(heading[1] ?? "", format)}</b>` : inline(heading[1] ?? "", format);
  return inline(text, format);
}

/** Paragraphs stay separated by one blank line; lines inside a paragraph (list items) stay on their own line. */
export function markdownTo(markdown: string, format: Format): string {
  return markdown
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .filter((raw) => raw.trim())
        .map((raw) => line(raw, format))
        .join("\n"),
    )
    .filter(Boolean)
    .join("\n\n");
}

export function markdownToTelegramHtml(markdown: string): string {
  return markdownTo(markdown, "html");
}

export function markdownToPlainText(markdown: string): string {
  return markdownTo(markdown, "text");
}
