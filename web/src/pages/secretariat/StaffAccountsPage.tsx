import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCursorPages } from '../../cursor-pages';
import { CursorPager } from '../../Pager';
import { AreaNav } from '../data-center/AreaNav';
import { QueryState } from '../Status';
import { AccountRow } from './accounts/AccountRow';
import { StaffAccounts } from './accounts/documents';
import { OpenAccountForm } from './accounts/OpenAccountForm';

const PAGE_SIZE = 10;

/**
 * The secretariat's staff accounts [R34]: open one (its one-time password shown once),
 * change its roles, lift a lockout [T14.1]; the accounts by login ID, a page at a time.
 * Operators' accounts are not here: their roles follow from their status [R10][R11].
 */
export function StaffAccountsPage() {
  const { t } = useTranslation();
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error } = useQuery(StaffAccounts, { variables: paging.variables, fetchPolicy: 'cache-and-network' });
  const { shown, hasNext } = paging.slice(data?.staffAccounts);
  return (
    <section aria-labelledby="staff-accounts-heading">
      <h1 id="staff-accounts-heading">{t('staffAccounts.heading')}</h1>
      <AreaNav />
      <p>{t('staffAccounts.intro')}</p>
      <OpenAccountForm />
      <QueryState loading={loading && !data} error={error} />
      {data && (
        <>
          <div className="table-scroll">
            <table>
              <caption>{t('staffAccounts.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staffAccounts.loginId')}</th>
                  <th scope="col">{t('staffAccounts.name')}</th>
                  <th scope="col">{t('staffAccounts.roles')}</th>
                  <th scope="col">{t('dataCenter.facility')}</th>
                  <th scope="col">{t('staffAccounts.stateHeading')}</th>
                  <th scope="col">{t('dataCenter.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((a) => (
                  <AccountRow key={a.id} account={a} />
                ))}
              </tbody>
            </table>
          </div>
          <CursorPager label={t('staffAccounts.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.loginId} />
        </>
      )}
    </section>
  );
}
