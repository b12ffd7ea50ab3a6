/** 12-digit IIN/BIN, written together or in groups. */
const IIN_OR_BIN = /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d)/g;
/** Kazakhstan and international phone numbers: +7 701 123 45 67, 8(701)1234567, 77011234567, +44 20 7946 0958 … */
const PHONE = /(?<![\d\w.])(?:\+\s*\d{1,3}|8|7)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/g;

/**
 * Replaces IIN/BIN numbers and phone numbers with placeholders. Used before anything reaches logs, storage for
 * admins or an LLM prompt: a client's forwarded message often carries them. The engine passes blanks instead.
 */
export function maskPersonalData(text: string, placeholders = { phone: "[phone]", id: "[iin/bin]" }): string {
  return text.replace(PHONE, placeholders.phone).replace(IIN_OR_BIN, placeholders.id);
}
