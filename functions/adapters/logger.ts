import { maskPersonalData } from "../core/privacy/mask-personal-data.js";

type Level = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * One JSON line per entry (CloudWatch-friendly). Never pass message texts or tokens: only ids, types and
 * counts. Strings are still masked for IIN/BIN and phone numbers as a second line of defence.
 */
export function createLogger(
  minimum: Level = (process.env.LOG_LEVEL as Level | undefined) ?? "info",
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const emit = (level: Level, message: string, fields: LogFields = {}) => {
    if (ORDER[level] < ORDER[minimum]) return;
    write(JSON.stringify({ level, time: new Date().toISOString(), message, ...sanitize(fields) }));
  };
  return {
    debug: (message, fields) => emit("debug", message, fields),
    info: (message, fields) => emit("info", message, fields),
    warn: (message, fields) => emit("warn", message, fields),
    error: (message, fields) => emit("error", message, fields),
  };
}

function sanitize(fields: LogFields): LogFields {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => {
      if (value instanceof Error) return [key, { name: value.name, message: maskPersonalData(value.message) }];
      if (typeof value === "string") return [key, maskPersonalData(value)];
      return [key, value];
    }),
  );
}

/** A logger that drops everything (tests, CLIs that must keep stdout clean). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
