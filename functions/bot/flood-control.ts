import type { Transformer } from "grammy/web";

export interface FloodControlOptions {
  /** The longest `retry_after` worth waiting for inside one invocation; longer ones fail and SQS retries later. */
  maxDelaySeconds: number;
  /** Attempts per Bot API call, the first included. */
  maxAttempts: number;
}

/**
 * Honours Telegram's 429 `retry_after`: waits and repeats the call, within bounds suited to a Lambda. Other
 * errors are returned as they are (the worker decides what is worth a retry). Replaces @grammyjs/auto-retry,
 * which retries network errors without limit and pulls grammY's node-fetch build into the bundle.
 */
export function floodControl({ maxDelaySeconds, maxAttempts }: FloodControlOptions): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 1; ; attempt++) {
      const result = await prev(method, payload, signal);
      const retryAfter = result.ok ? undefined : result.parameters?.retry_after;
      if (retryAfter === undefined || retryAfter > maxDelaySeconds || attempt >= maxAttempts) return result;
      await sleep(retryAfter * 1000, signal);
    }
  };
}

/** grammY's own AbortSignal type (from its polyfill typings), structurally all we need here. */
type AbortSignalLike = { addEventListener(type: "abort", listener: () => void): void };

function sleep(milliseconds: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new Error("aborted while waiting for retry_after"));
    });
  });
}
