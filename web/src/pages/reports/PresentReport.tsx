import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../ConfirmDialog';
import { errorMessage } from '../../errors';
import { AnnualReportQuery, PresentAnnualReport } from './documents';

/**
 * A refusal to present, in the user's language by its code and rule, never the server's
 * text: BAD_USER_INPUT on `year` is a year not ended (the form checks the range before
 * asking), R27 a year already presented or without a case to adopt.
 */
function presentError(error: unknown, year: number, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const ext = error.errors[0]?.extensions;
    if (ext?.['code'] === 'BAD_USER_INPUT') return t('annualReport.refused.notEnded', { year });
    if (ext?.['code'] === 'RULE_VIOLATION' && ext['rule'] === 'R27') return t('annualReport.refused.R27', { year });
  }
  return errorMessage(error, t);
}

/**
 * [R27][R41] The secretariat presents a draft: a second click on a confirmation that says it
 * freezes the figures for good, with the SHA-256 recorded; later rulings are then listed as
 * corrections, never applied.
 */
export function PresentReport({ year }: { year: number }) {
  const { t } = useTranslation();
  const [present] = useMutation(PresentAnnualReport, { refetchQueries: [{ query: AnnualReportQuery, variables: { year } }], awaitRefetchQueries: true });
  return (
    <ConfirmAction
      id="present"
      openLabel={t('annualReport.present', { year })}
      heading={t('annualReport.confirmHeading', { year })}
      text={t('annualReport.confirmText', { year })}
      confirmLabel={t('annualReport.confirm', { year })}
      cancelLabel={t('annualReport.cancel')}
      busyText={t('annualReport.presenting')}
      run={() => present({ variables: { year } })}
      describeError={(error) => presentError(error, year, t)}
    />
  );
}
