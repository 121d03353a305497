import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '../../auth';
import { isCoreLabSupervisor, seesOverdueReads } from './core-lab-roles';

/** The core lab's screens, each offered only to the roles the API serves it to [R26][R29]. */
export function CoreLabNav() {
  const { t } = useTranslation();
  const roles = useAuth().session?.viewer.roles ?? [];
  const reads = roles.some((r) => r === 'CORE_LAB_READER' || r === 'CORE_LAB_SUPERVISOR');
  if (!isCoreLabSupervisor(roles) && !seesOverdueReads(roles)) return null;
  return (
    <nav aria-label={t('coreLabSupervisor.areaNav')} className="paging">
      {reads && <NavLink to="/core-lab" end>{t('coreLab.worklist.heading')}</NavLink>}
      {seesOverdueReads(roles) && <NavLink to="/core-lab/overdue">{t('coreLabSupervisor.overdue.heading')}</NavLink>}
      {isCoreLabSupervisor(roles) && <NavLink to="/core-lab/agreement">{t('coreLabSupervisor.agreement.heading')}</NavLink>}
    </nav>
  );
}
