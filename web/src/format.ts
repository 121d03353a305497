/** Registry dates are shown in Japan time, whatever the browser's zone. */
const ZONE = 'Asia/Tokyo';

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The registry's current year (Asia/Tokyo). */
export function currentYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: ZONE, year: 'numeric' }).format(now));
}

/** Today in Japan (YYYY-MM-DD), the registry's calendar day (due dates [R29], entry dates), whatever the browser's zone. */
export function todayInJapan(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An amount in yen, as the facility's office reads it (¥4,000; JP¥4,000 in English). */
export function formatYen(amount: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'ja-JP', { style: 'currency', currency: 'JPY' }).format(amount);
}
