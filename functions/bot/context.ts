import type { Context, SessionFlavor } from "grammy/web";
import type { SessionData } from "./session.js";

export type BotContext = Context & SessionFlavor<SessionData>;
