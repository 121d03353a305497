import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../ConfirmDialog';
import { errorMessage } from '../../errors';
import { IssuedFeeStatements, IssueFeeStatements } from './documents';

/** A refusal in the user's language by its code and rule: R20 is a year not presented, or issued already. */
function issueError(error: unknown, year: number, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const ext = error.errors[0]?.extensions;
    if (ext?.['code'] === 'RULE_VIOLATION' && ext['rule'] === 'R20') return t('fees.refused.R20', { year });
    if (ext?.['code'] === 'BAD_USER_INPUT') return t('fees.refused.year', { year });
  }
  return errorMessage(error, t);
}

/**
 * [R20] The secretariat issues every facility's statement of a presented year in one step,
 * after a confirmation that says they are kept unchanged: a later change is a correction.
 */
export function IssueStatements({ year }: { year: number }) {
  const { t } = useTranslation();
  const [issue] = useMutation(IssueFeeStatements, { refetchQueries: [{ query: IssuedFeeStatements, variables: { year } }], awaitRefetchQueries: true });
  return (
    <ConfirmAction
      id="issue"
      className="no-print"
      openLabel={t('fees.issue', { year })}
      heading={t('fees.confirmHeading', { year })}
      text={t('fees.confirmText', { year })}
      confirmLabel={t('fees.confirm', { year })}
      cancelLabel={t('fees.cancel')}
      busyText={t('fees.issuing')}
      run={() => issue({ variables: { year } })}
      describeError={(error) => issueError(error, year, t)}
    />
  );
}
