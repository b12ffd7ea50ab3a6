/** 12-digit IIN/BIN, written together or in groups. */
const IIN_OR_BIN = /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d)/g;
/** Kazakhstan and international phone numbers: +7 701 123 45 67, 8(701)1234567, +44 20 7946 0958 … */
const PHONE = /(?<![\d\w])(?:\+\d{1,3}|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/g;

/**
 * Replaces IIN/BIN numbers and phone numbers with placeholders. Used before anything reaches logs or an
 * LLM prompt: a client's forwarded message often carries them.
 */
export function maskPersonalData(text: string): string {
  return text.replace(PHONE, "[phone]").replace(IIN_OR_BIN, "[iin/bin]");
}
