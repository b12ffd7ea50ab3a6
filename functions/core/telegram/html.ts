/** Telegram's limit for one message text, in UTF-16 code units after entity parsing. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** The one escape function for Telegram HTML parse mode: every user or item text goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Splits Telegram HTML into messages of at most `limit` characters, preferring paragraph, then line,
 * then word boundaries. Tags are never cut: a split only happens between top-level blocks or inside
 * plain text, and tags open at a cut are closed and reopened in the next part.
 */
export function splitHtmlMessage(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let rest = html.trim();
  while (rest.length > limit) {
    const cut = findCut(rest, limit);
    const head = rest.slice(0, cut).trimEnd();
    const open = openTags(head);
    parts.push(
      head +
        open
          .map((tag) => `</${tag.name}>`)
          .reverse()
          .join(""),
    );
    rest = open.map((tag) => tag.raw).join("") + rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** A cut position ≤ limit that is not inside a tag or an entity, leaving room to close open tags. */
function findCut(text: string, limit: number): number {
  const budget = limit - 64; // room for closing and reopening tags
  for (const separator of ["\n\n", "\n", " "]) {
    let at = text.lastIndexOf(separator, budget);
    while (at > budget / 2) {
      if (isSafeCut(text, at)) return at;
      at = text.lastIndexOf(separator, at - 1);
    }
  }
  let at = budget;
  while (at > 0 && !isSafeCut(text, at)) at--;
  return at > 0 ? at : budget;
}

function isSafeCut(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const insideTag = before.lastIndexOf("<") > before.lastIndexOf(">");
  const insideEntity = /&[a-z#0-9]*$/i.test(before);
  const code = text.charCodeAt(at - 1);
  const insideSurrogatePair = code >= 0xd800 && code <= 0xdbff;
  return !insideTag && !insideEntity && !insideSurrogatePair;
}

interface OpenTag {
  name: string;
  raw: string;
}

function openTags(html: string): OpenTag[] {
  const stack: OpenTag[] = [];
  for (const match of html.matchAll(/<(\/?)([a-z-]+)[^>]*>/gi)) {
    const [raw, closing, name = ""] = match;
    if (closing) {
      const index = stack.map((tag) => tag.name).lastIndexOf(name.toLowerCase());
      if (index >= 0) stack.splice(index, 1);
    } else stack.push({ name: name.toLowerCase(), raw });
  }
  return stack;
}
