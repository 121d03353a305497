import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isYear, JCTO_CATEGORIES, OUTCOMES, PAGE_SIZES, VESSELS, YEAR_MAX, YEAR_MIN, type LibrarySearch } from './library-search';

const SEGMENTS = Array.from({ length: 15 }, (_, i) => String(i + 1));

/**
 * The library's search form. Its fields start from the URL's search (the page remounts it
 * when the URL changes, so the back button shows the search it went back to); submitting
 * starts the search from its first page.
 */
export function LibraryFilterForm({ search, onSearch }: { search: LibrarySearch; onSearch: (s: LibrarySearch) => void }) {
  const { t } = useTranslation();
  const [yearError, setYearError] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const year = String(form.get('year') ?? '').trim();
    if (year && !isYear(year)) {
      setYearError(true);
      return;
    }
    setYearError(false);
    onSearch({
      year,
      vessels: VESSELS.filter((v) => form.getAll('vessel').includes(v)),
      segment: String(form.get('segment') ?? ''),
      jctoCategories: JCTO_CATEGORIES.filter((c) => form.getAll('jcto').includes(c)),
      outcome: OUTCOMES.find((o) => o === form.get('outcome')) ?? '',
      size: Number(form.get('size')) || search.size,
      pages: [],
    });
  }

  function clear() {
    setYearError(false);
    onSearch({ year: '', vessels: [], segment: '', jctoCategories: [], outcome: '', size: search.size, pages: [] });
  }

  return (
    <form className="filters" role="search" aria-label={t('library.filter.label')} onSubmit={submit} noValidate>
      <div className="filter-row">
        <label>
          {t('library.filter.year')}
          <input
            name="year"
            type="number"
            inputMode="numeric"
            min={YEAR_MIN}
            max={YEAR_MAX}
            defaultValue={search.year}
            aria-invalid={yearError || undefined}
            aria-describedby={yearError ? 'library-year-error' : undefined}
          />
        </label>
        {yearError && (
          <p id="library-year-error" role="alert" className="error">
            {t('library.filter.errors.year', { min: YEAR_MIN, max: YEAR_MAX })}
          </p>
        )}
        <label>
          {t('library.filter.segment')}
          <select name="segment" defaultValue={search.segment}>
            <option value="">{t('library.filter.any')}</option>
            {SEGMENTS.map((s) => (
              <option key={s} value={s}>
                {t('library.filter.segmentNumber', { segment: s })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.filter.outcome')}
          <select name="outcome" defaultValue={search.outcome} aria-describedby="library-outcome-hint">
            <option value="">{t('library.filter.any')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`library.filter.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.filter.size')}
          <select name="size" defaultValue={String(search.size)}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="library-outcome-hint" className="meta">
        {t('library.filter.outcomeHint')}
      </p>
      <fieldset>
        <legend>{t('library.filter.vessels')}</legend>
        {VESSELS.map((v) => (
          <label key={v} className="check">
            <input type="checkbox" name="vessel" value={v} defaultChecked={search.vessels.includes(v)} />
            {v}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('library.filter.jcto')}</legend>
        {JCTO_CATEGORIES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" name="jcto" value={c} defaultChecked={search.jctoCategories.includes(c)} />
            {t(`library.filter.jctoCategories.${c}`)}
          </label>
        ))}
      </fieldset>
      <div className="filter-actions">
        <button type="submit">{t('library.filter.search')}</button>
        <button type="button" onClick={clear}>
          {t('library.filter.clear')}
        </button>
      </div>
    </form>
  );
}
