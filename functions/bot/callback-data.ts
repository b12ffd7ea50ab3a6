/**
 * Callback data of every button, in one place. Telegram allows 64 bytes; all state lives in the session or in
 * DynamoDB, so the data only names an action and a short id.
 */
export const CALLBACK = {
  item: (id: string) => `item:${id}`,
  menu: () => "menu",
  topic: (topic: string) => `topic:${topic}`,
  /** Another page of a topic's list: edits the list in place. */
  topicPage: (topic: string, page: number) => `tp:${topic}:${page}`,
  language: (language: string) => `lang:${language}`,
  vote: (vote: "up" | "down", itemId: string) => `fb:${vote}:${itemId}`,
  askConsultant: () => "ask",
  wizardMenu: () => "wiz",
  wizardStart: (kind: string) => `wiz:${kind}`,
  wizardAnswer: (kind: string, step: string, option: string) => `wa:${kind}:${step}:${option}`,
  wizardCancel: () => "wx",
  closeCase: (caseId: string) => `case:close:${caseId}`,
  /** Admin actions: `adm:<verb>` with an optional argument (item id, page, queue group, case id). */
  admin: (verb: string, argument?: string) => (argument === undefined ? `adm:${verb}` : `adm:${verb}:${argument}`),
  caseToDraft: (caseId: string) => `adm:cd:${caseId}`,
} as const;

export const CALLBACK_PATTERN = {
  item: /^item:([a-z0-9-]{1,58})$/,
  menu: /^menu$/,
  topic: /^topic:([a-z-]{1,20})$/,
  topicPage: /^tp:([a-z-]{1,20}):(\d{1,3})$/,
  language: /^lang:(ru|kk|en|auto)$/,
  vote: /^fb:(up|down):([a-z0-9-]{1,55})$/,
  askConsultant: /^ask$/,
  wizardMenu: /^wiz$/,
  wizardStart: /^wiz:([a-z]{1,5})$/,
  wizardAnswer: /^wa:([a-z]{1,5}):([a-z0-9-]{1,12}):([a-z0-9-]{1,12})$/,
  wizardCancel: /^wx$/,
  closeCase: /^case:close:([a-z0-9]{1,40})$/,
  admin: /^adm:([a-z]{1,6})(?::([a-z0-9-]{1,56}))?$/,
} as const;

/** The longest callback data a button may carry, in bytes. */
export const MAX_CALLBACK_BYTES = 64;
