import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The site area's own links: its cases, the data queries to answer, the follow-ups due and the fee statements [R20]. */
export function RecordsNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('siteRecords.nav.label')} className="paging">
      <NavLink to="/site" end>
        {t('siteRecords.nav.cases')}
      </NavLink>
      <NavLink to="/site/queries">{t('siteRecords.nav.queries')}</NavLink>
      <NavLink to="/site/follow-ups">{t('siteRecords.nav.followUps')}</NavLink>
      <NavLink to="/site/fees">{t('fees.nav')}</NavLink>
    </nav>
  );
}
