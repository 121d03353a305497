import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth';
import { currentYear } from '../../format';
import { AreaNav } from '../data-center/AreaNav';
import { isSecretariat } from '../data-center/data-center-errors';
import { QueryState } from '../Status';
import { IssuedFeeStatements } from './documents';
import { FeeStatementList } from './FeeStatementList';
import { IssueStatements } from './IssueStatements';
import { YearForm } from './YearForm';

/**
 * [R20] Every facility's fee statements of a year, for the secretariat and the data center;
 * the secretariat issues a presented year's statements in one step when none is issued yet.
 */
export function SecretariatFeesPage() {
  const { t } = useTranslation();
  const mayIssue = isSecretariat(useAuth().session?.viewer.roles ?? []);
  const [year, setYear] = useState(currentYear() - 1);
  const { data, loading, error } = useQuery(IssuedFeeStatements, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const statements = data?.issuedFeeStatements;
  return (
    <section aria-labelledby="fees-heading">
      <AreaNav />
      <h1 id="fees-heading">{t('fees.heading')}</h1>
      <p>{t('fees.intro')}</p>
      <YearForm id="fees-year" year={year} onYear={setYear} />
      <h2>{t('fees.yearHeading', { year })}</h2>
      <QueryState loading={loading && !statements} error={error} />
      {statements && <FeeStatementList year={year} statements={statements} />}
      {statements && statements.length === 0 && mayIssue && <IssueStatements key={year} year={year} />}
    </section>
  );
}
