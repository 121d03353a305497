import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../errors';
import { formatDateTime } from '../../../format';
import type { Role, StaffAccountsQuery } from '../../../gql/graphql';
import { ChangeStaffRoles, StaffAccounts, UnlockStaffAccount } from './documents';
import { RoleChoices } from './RoleChoices';
import { lockedNow } from './staff-roles';

type Account = StaffAccountsQuery['staffAccounts'][number];

/** One staff account: its state, and the secretariat's actions on it — change the roles, lift a lockout [R34][T14.1]. */
export function AccountRow({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<Role[]>(account.roles);
  const [error, setError] = useState<string | null>(null);
  const [changeRoles, changing] = useMutation(ChangeStaffRoles, { refetchQueries: [StaffAccounts] });
  const [unlock, unlocking] = useMutation(UnlockStaffAccount, { refetchQueries: [StaffAccounts] });
  const locked = lockedNow(account.lockedUntil);
  const save = async () => {
    setError(null);
    if (roles.length === 0) return setError(t('staffAccounts.open.errors.roles'));
    try {
      await changeRoles({ variables: { loginId: account.loginId, roles } });
      setEditing(false);
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  const lift = async () => {
    setError(null);
    try {
      await unlock({ variables: { loginId: account.loginId } });
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  return (
    <tr>
      <th scope="row">{account.loginId}</th>
      <td>{account.name}</td>
      <td>
        {editing ? (
          <RoleChoices idPrefix={`roles-${account.loginId}`} legend={t('staffAccounts.rolesOf', { loginId: account.loginId })} value={roles} onChange={setRoles} />
        ) : (
          account.roles.map((r) => t(`staffAccounts.role.${r}`)).join('、')
        )}
      </td>
      <td>{account.facility ? `${account.facility.id} ${account.facility.name}` : '—'}</td>
      <td>
        {locked
          ? t('staffAccounts.state.locked', { until: formatDateTime(account.lockedUntil!, i18n.language) })
          : account.mustChangePassword
            ? t('staffAccounts.state.initial')
            : t('staffAccounts.state.active')}
      </td>
      <td>
        {editing ? (
          <>
            <button type="button" disabled={changing.loading} onClick={() => void save()}>
              {t('staffAccounts.saveRoles', { loginId: account.loginId })}
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setRoles(account.roles);
                setError(null);
              }}
            >
              {t('staffAccounts.cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setEditing(true)} aria-label={t('staffAccounts.changeRolesOf', { loginId: account.loginId })}>
            {t('staffAccounts.changeRoles')}
          </button>
        )}{' '}
        {locked && (
          <button type="button" disabled={unlocking.loading} onClick={() => void lift()} aria-label={t('staffAccounts.unlockOf', { loginId: account.loginId })}>
            {t('staffAccounts.unlock')}
          </button>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
