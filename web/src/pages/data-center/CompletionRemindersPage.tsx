import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCursorPages } from '../../cursor-pages';
import { QueryState } from '../Status';
import { AreaNav } from './AreaNav';
import { CompletionReminders } from './documents';
import { FacilityPicker } from './FacilityPicker';
import { CursorPager } from '../../Pager';

const PAGE_SIZE = 10;

/** [R18] Incomplete registrations and what each still owes, every facility or one, by registration number, a page at a time. */
export function CompletionRemindersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const facilityId = search.get('facility') ?? '';
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error } = useQuery(CompletionReminders, { variables: { facilityId: facilityId || null, ...paging.variables }, fetchPolicy: 'cache-and-network', errorPolicy: 'all' });
  const { shown, hasNext } = paging.slice(data?.completionReminders);
  return (
    <section aria-labelledby="reminders-heading">
      <AreaNav />
      <h1 id="reminders-heading">{t('dataCenter.reminders.heading')}</h1>
      <FacilityPicker
        id="reminders-facility"
        value={facilityId}
        allowAll
        onChange={(id) => {
          paging.reset();
          setSearch(id ? { facility: id } : {});
        }}
      />
      <QueryState loading={loading && !data} error={data ? null : error} />
      {data && (
        <>
          {shown.length === 0 ? (
            <p>{t('dataCenter.reminders.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('dataCenter.case')}</th>
                  <th scope="col">{t('dataCenter.reminders.procedureDate')}</th>
                  <th scope="col">{t('dataCenter.reminders.operator')}</th>
                  <th scope="col">{t('dataCenter.facility')}</th>
                  <th scope="col">{t('dataCenter.reminders.owes')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.case.registrationNumber}>
                    <td>
                      <Link to={`/library/${r.case.registrationNumber}`}>{r.case.registrationNumber}</Link>
                    </td>
                    <td>{r.case.procedureDate}</td>
                    <td>{r.operator?.name ?? '—'}</td>
                    <td>{r.facility?.name ?? '—'}</td>
                    <td>
                      <ul>
                        {r.missingSections.map((s) => (
                          <li key={s}>{t(`dataCenter.reminders.sections.${s}`)}</li>
                        ))}
                        {r.missingImageSeries.map((s) => (
                          <li key={s}>{t(`dataCenter.reminders.series.${s}`)}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <CursorPager label={t('dataCenter.reminders.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.case.registrationNumber} />
        </>
      )}
    </section>
  );
}
