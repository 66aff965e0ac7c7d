/**
 * Formats one CSV field (RFC 4180). Values a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) get a leading apostrophe so they stay text.
 */
export function csvField(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Formats rows as CSV with CRLF line ends, as spreadsheet programs expect. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
