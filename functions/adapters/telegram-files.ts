import type { FileDownloader } from "../bot/features/admin/admin-knowledge.js";

/** Seconds a file download may take. */
const DOWNLOAD_TIMEOUT_MS = 10_000;

/**
 * Downloads files users sent to the bot from the Bot API file endpoint. The URL contains the bot token, so
 * errors never include it.
 */
export function telegramFileDownloader(
  apiRoot: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): FileDownloader {
  return async (filePath, maxBytes) => {
    const response = await fetchImpl(`${apiRoot}/file/bot${token}/${filePath}`, {
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`Telegram file download failed: HTTP ${response.status}`);
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > maxBytes) throw new RangeError(`file is larger than ${maxBytes} bytes`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) throw new RangeError(`file is larger than ${maxBytes} bytes`);
    return bytes;
  };
}
