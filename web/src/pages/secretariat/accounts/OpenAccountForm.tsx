import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../errors';
import type { Role } from '../../../gql/graphql';
import { FacilityPicker } from '../../data-center/FacilityPicker';
import { refusedField } from '../../data-center/data-center-errors';
import { OpenStaffAccount, StaffAccounts } from './documents';
import { RoleChoices } from './RoleChoices';

type Field = 'loginId' | 'name' | 'roles' | 'facilityId';

/** The fields with a message of their own for a `BAD_USER_INPUT` the API names on them; anything else is the code's message. */
const FIELDS = new Set<string>(['loginId', 'name', 'roles', 'facilityId']);

/**
 * Opening a staff account [R34]: login ID, name, roles, and the facility of a site contact
 * [R18]. The one-time password is shown once, here: the API keeps only its hash, and the
 * first login forces a new one [R11].
 */
export function OpenAccountForm() {
  const { t } = useTranslation();
  const [loginId, setLoginId] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [facilityId, setFacilityId] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [open, { data, loading, reset }] = useMutation(OpenStaffAccount, { refetchQueries: [StaffAccounts] });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const missing: Partial<Record<Field, string>> = {};
    if (!loginId.trim()) missing.loginId = t('staffAccounts.open.errors.loginId');
    if (!name.trim()) missing.name = t('staffAccounts.open.errors.name');
    if (roles.length === 0) missing.roles = t('staffAccounts.open.errors.roles');
    if (roles.includes('SITE_CONTACT') && !facilityId) missing.facilityId = t('staffAccounts.open.errors.facilityId');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      await open({ variables: { input: { loginId: loginId.trim(), name: name.trim(), roles, facilityId: roles.includes('SITE_CONTACT') ? facilityId : null } } });
      setLoginId('');
      setName('');
      setRoles([]);
      setFacilityId('');
    } catch (error) {
      const field = refusedField(error);
      if (field && FIELDS.has(field)) setErrors({ [field]: t(`staffAccounts.open.refused.${field}`) });
      else setFailure(errorMessage(error, t));
    }
  };

  const opened = data?.openStaffAccount;
  const described = (field: Field) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `open-${field}-error` } : {});
  const message = (field: Field) =>
    errors[field] && (
      <p id={`open-${field}-error`} className="error">
        {errors[field]}
      </p>
    );
  return (
    <section aria-labelledby="open-account-heading" className="card">
      <h2 id="open-account-heading">{t('staffAccounts.open.heading')}</h2>
      {opened ? (
        <div role="status">
          <p>{t('staffAccounts.open.done', { name: opened.account.name, loginId: opened.account.loginId })}</p>
          <dl className="facts">
            <div>
              <dt>{t('staffAccounts.loginId')}</dt>
              <dd>{opened.account.loginId}</dd>
            </div>
            <div>
              <dt>{t('staffAccounts.open.initialPassword')}</dt>
              <dd>
                <code>{opened.initialPassword}</code>
              </dd>
            </div>
          </dl>
          <p className="notice">{t('staffAccounts.open.once')}</p>
          <button type="button" onClick={() => reset()}>
            {t('staffAccounts.open.another')}
          </button>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <label htmlFor="open-loginId">{t('staffAccounts.open.loginIdLabel')}</label>
          <input id="open-loginId" value={loginId} autoComplete="off" onChange={(e) => setLoginId(e.target.value)} {...described('loginId')} />
          {message('loginId')}
          <label htmlFor="open-name">{t('staffAccounts.name')}</label>
          <input id="open-name" value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} {...described('name')} />
          {message('name')}
          <RoleChoices idPrefix="open-roles" legend={t('staffAccounts.roles')} value={roles} onChange={setRoles} error={errors.roles} />
          {roles.includes('SITE_CONTACT') && (
            <>
              <FacilityPicker id="open-facilityId" value={facilityId} onChange={setFacilityId} />
              {message('facilityId')}
            </>
          )}
          <button type="submit" disabled={loading}>
            {t('staffAccounts.open.submit')}
          </button>
          {failure && (
            <p role="alert" className="error">
              {failure}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
