import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentYear } from '../../format';
import { RecordsNav } from '../site/RecordsNav';
import { useSiteWriter } from '../site/site-writer';
import { QueryState } from '../Status';
import { IssuedFeeStatements } from './documents';
import { FeeStatementList } from './FeeStatementList';
import { YearForm } from './YearForm';

/** [R20] A facility's own fee statements of a year, as the secretariat issued them, to print or download. */
export function SiteFeesPage() {
  const { t } = useTranslation();
  const writer = useSiteWriter();
  const facilityId = writer.facilityId ?? '';
  const [year, setYear] = useState(currentYear() - 1);
  const { data, loading, error } = useQuery(IssuedFeeStatements, { variables: { year, facilityId }, skip: !facilityId, fetchPolicy: 'cache-and-network' });
  const statements = data?.issuedFeeStatements;
  return (
    <section aria-labelledby="site-fees-heading">
      <RecordsNav />
      <h1 id="site-fees-heading">{t('fees.siteHeading')}</h1>
      <p>{t('fees.siteIntro')}</p>
      <QueryState loading={writer.loading} error={writer.error} />
      {!writer.loading && !writer.error && !facilityId && <p>{t('siteRecords.noFacility')}</p>}
      {facilityId && (
        <>
          <YearForm id="site-fees-year" year={year} onYear={setYear} />
          <h2>{t('fees.yearHeading', { year })}</h2>
          <QueryState loading={loading && !statements} error={error} />
          {statements && <FeeStatementList year={year} statements={statements} />}
        </>
      )}
    </section>
  );
}
