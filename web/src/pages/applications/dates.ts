/** A calendar day of the registry (`YYYY-MM-DD`, Japan's date) as the user's language writes it, in Japan time. */
export function formatDate(day: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium' }).format(new Date(`${day}T00:00:00+09:00`));
}
