import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';
import { STAFF_ROLES } from './staff-roles';

/** The staff roles as check boxes in a group named by `legend`; `error` is shown under it and named by `aria-describedby`. */
export function RoleChoices(props: { idPrefix: string; legend: string; value: readonly Role[]; onChange(roles: Role[]): void; error?: string | undefined }) {
  const { t } = useTranslation();
  const errorId = `${props.idPrefix}-error`;
  return (
    <fieldset className="staff-roles" aria-describedby={props.error ? errorId : undefined} aria-invalid={props.error ? true : undefined}>
      <legend>{props.legend}</legend>
      {STAFF_ROLES.map((role) => (
        <label key={role} className="check">
          <input
            type="checkbox"
            checked={props.value.includes(role)}
            onChange={(e) => props.onChange(e.target.checked ? [...props.value, role] : props.value.filter((r) => r !== role))}
          />{' '}
          {t(`staffAccounts.role.${role}`)}
        </label>
      ))}
      {props.error && (
        <p id={errorId} className="error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
