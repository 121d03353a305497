import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The report year a fee screen shows: 2000 to 2100, refused in the user's language otherwise. */
export function YearForm({ id, year, onYear }: { id: string; year: number; onYear: (year: number) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(year));
  const [invalid, setInvalid] = useState(false);
  const choose = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(text);
    if (!Number.isInteger(n) || n < 2000 || n > 2100) return setInvalid(true);
    setInvalid(false);
    onYear(n);
  };
  return (
    <form onSubmit={choose} noValidate>
      <label htmlFor={id}>{t('fees.year')}</label>
      <input id={id} inputMode="numeric" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={invalid ? true : undefined} aria-describedby={invalid ? `${id}-error` : undefined} />
      {invalid && (
        <span id={`${id}-error`} className="error">
          {' '}
          {t('fees.invalidYear')}
        </span>
      )}
      <button type="submit">{t('fees.show')}</button>
    </form>
  );
}
