/**
 * The send time typed in the popup (an `<input type="datetime-local">` value, no zone) as ISO 8601 in China
 * time, which is how the message checker judges odd hours. Null when it is not a date and time.
 */
export function sentAtChinaTime(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value.trim());
  if (!match) return null;
  const iso = `${match[1]}T${match[2]}${match[3] ?? ':00'}+08:00`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}
