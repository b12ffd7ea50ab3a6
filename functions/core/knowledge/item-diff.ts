import { type KnowledgeItem, LANGUAGES } from "./item-schema.js";

/**
 * What changed between two versions of an item, as short field names for the revision history and the admin:
 * `new item`, `title.ru`, `questions.kk (+2 −1)`, `body.en`, `legal_basis`, `review_due 2027-01-15 → 2027-05-25`.
 */
export function diffItems(before: KnowledgeItem | undefined, after: KnowledgeItem): string[] {
  if (!before) return ["new item"];
  const changes: string[] = [];
  if (before.topic !== after.topic) changes.push(`topic ${before.topic} → ${after.topic}`);
  for (const field of ["title", "summary", "body"] as const) {
    for (const language of LANGUAGES) {
      if (before[field][language] !== after[field][language]) changes.push(`${field}.${language}`);
    }
  }
  for (const language of LANGUAGES) {
    const old = new Set(before.questions[language]);
    const next = new Set(after.questions[language]);
    const added = [...next].filter((question) => !old.has(question)).length;
    const removed = [...old].filter((question) => !next.has(question)).length;
    if (added > 0 || removed > 0) changes.push(`questions.${language} (+${added} −${removed})`);
  }
  if (JSON.stringify(before.legal_basis) !== JSON.stringify(after.legal_basis)) changes.push("legal_basis");
  for (const field of ["verified_on", "review_due", "applies_from", "applies_until"] as const) {
    if (before[field] !== after[field]) changes.push(`${field} ${before[field] ?? "–"} → ${after[field] ?? "–"}`);
  }
  if (JSON.stringify(before.related) !== JSON.stringify(after.related)) changes.push("related");
  return changes;
}
