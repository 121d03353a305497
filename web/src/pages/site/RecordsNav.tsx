import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The site area's own links: its cases, the data queries to answer and the follow-ups due. */
export function RecordsNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('siteRecords.nav.label')} className="paging">
      <NavLink to="/site" end>
        {t('siteRecords.nav.cases')}
      </NavLink>
      <NavLink to="/site/queries">{t('siteRecords.nav.queries')}</NavLink>
      <NavLink to="/site/follow-ups">{t('siteRecords.nav.followUps')}</NavLink>
    </nav>
  );
}

/** Previous / page number / next for a list paged by `useCursorPages`. */
export function Pager(props: { label: string; page: number; hasPrevious: boolean; hasNext: boolean; onPrevious(): void; onNext(): void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={props.label} className="paging">
      <button type="button" disabled={!props.hasPrevious} onClick={props.onPrevious}>
        {t('library.previous')}
      </button>
      <span>{t('library.page', { page: props.page })}</span>
      <button type="button" disabled={!props.hasNext} onClick={props.onNext}>
        {t('library.next')}
      </button>
    </nav>
  );
}
