import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * In the terminal chat a "Telegram file" is a local file: `#file path` sends it with its path as file id, and
 * this fetch serves the Bot API file URL from disk.
 */
export function localFileFetch(token: string): typeof fetch {
  return (async (url: string | URL) => {
    const filePath = decodeURIComponent(String(url).split(`/file/bot${token}/`)[1] ?? "");
    try {
      return new Response(await readFile(path.resolve(filePath)));
    } catch {
      return new Response("not found", { status: 404 });
    }
  }) as typeof fetch;
}
