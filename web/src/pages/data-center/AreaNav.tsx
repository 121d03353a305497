import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '../../auth';
import { isDataCenter, isSecretariat, seesRenewal, seesSafetyAlerts } from './data-center-errors';

/** The screens of the data center and the secretariat, each shown only to the roles the API serves it to. */
export function AreaNav() {
  const { t } = useTranslation();
  const roles = useAuth().session?.viewer.roles ?? [];
  return (
    <nav aria-label={t('dataCenter.areaNav')} className="paging no-print">
      {isDataCenter(roles) && <NavLink to="/data-center/images">{t('dataCenter.held.heading')}</NavLink>}
      {isDataCenter(roles) && <NavLink to="/data-center/queries">{t('dataCenter.queries.heading')}</NavLink>}
      {isDataCenter(roles) && <NavLink to="/data-center/reminders">{t('dataCenter.reminders.heading')}</NavLink>}
      {seesSafetyAlerts(roles) && <NavLink to="/safety">{t('dataCenter.safety.heading')}</NavLink>}
      {seesRenewal(roles) && <NavLink to="/secretariat/renewal">{t('dataCenter.renewal.heading')}</NavLink>}
      <NavLink to="/annual-report">{t('annualReport.nav')}</NavLink>
      <NavLink to="/secretariat/fees">{t('fees.nav')}</NavLink>
      {isDataCenter(roles) && <NavLink to="/monitoring/risk-adjusted">{t('riskMonitoring.nav')}</NavLink>}
      {isSecretariat(roles) && <NavLink to="/secretariat/accounts">{t('staffAccounts.heading')}</NavLink>}
      {isSecretariat(roles) && <NavLink to="/committee/relays">{t('committeeThread.relaysLink')}</NavLink>}
      {isSecretariat(roles) && <NavLink to="/core-lab/overdue">{t('coreLabSupervisor.overdue.heading')}</NavLink>}
    </nav>
  );
}
