/** YYYY-MM-DD in Kazakhstan (UTC+5): the day review deadlines and daily statistics are judged by. */
export function todayInKazakhstan(now = new Date()): string {
  return new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
}
