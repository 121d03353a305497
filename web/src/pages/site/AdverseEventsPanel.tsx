import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { SiteCaseRecordsQuery } from '../../gql/graphql';
import { AdverseEventForm } from './AdverseEventForm';
import { Pager } from '../../Pager';

type AdverseEvent = NonNullable<NonNullable<SiteCaseRecordsQuery['case']>['adverseEvents']>[number];

const PAGE_SIZE = 5;

/**
 * The case's adverse events [T9.5], in the order they were reported, five a page (the API
 * answers the case's whole list, a few at most), and the report form for the case's
 * operator and the facility contact. A serious one alerts the data center and the
 * secretariat at once [T9.6].
 */
export function AdverseEventsPanel({ registrationNumber, events, mayWrite }: { registrationNumber: string; events: readonly AdverseEvent[]; mayWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const [reported, setReported] = useState<{ serious: boolean } | null>(null);
  const pages = Math.max(1, Math.ceil(events.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = events.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  return (
    <section aria-labelledby="adverse-events-heading">
      <h2 id="adverse-events-heading">{t('siteRecords.adverseEvents.heading')}</h2>
      {reported && <p role="status">{t(reported.serious ? 'siteRecords.adverseEvents.reportedSerious' : 'siteRecords.adverseEvents.reported')}</p>}
      {events.length === 0 ? (
        <p>{t('siteRecords.adverseEvents.none')}</p>
      ) : (
        <>
          <table>
            <caption>{t('siteRecords.adverseEvents.caption', { count: events.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('siteRecords.adverseEvents.name')}</th>
                <th scope="col">{t('siteRecords.adverseEvents.onsetOn')}</th>
                <th scope="col">{t('siteRecords.adverseEvents.outcome')}</th>
                <th scope="col">{t('siteRecords.adverseEvents.severity')}</th>
                <th scope="col">{t('siteRecords.adverseEvents.causality')}</th>
                <th scope="col">{t('siteRecords.adverseEvents.serious')}</th>
                <th scope="col">{t('siteRecords.adverseEvents.otherTreatment')}</th>
                <th scope="col">{t('siteRecords.adverseEvents.recordedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.id}>
                  <td>{e.name}</td>
                  <td>{e.onsetOn}</td>
                  <td>
                    {t(`siteRecords.adverseEvents.outcomes.${e.outcome}`)}
                    {e.outcomeOn && ` (${e.outcomeOn})`}
                  </td>
                  <td>{t(`siteRecords.adverseEvents.severities.${e.severity}`)}</td>
                  <td>{t(`siteRecords.adverseEvents.causalities.${e.causality}`)}</td>
                  <td>{e.serious ? e.seriousnessCriteria.map((c) => t(`siteRecords.adverseEvents.criteria.${c}`)).join(t('site.separator')) : t('siteRecords.adverseEvents.notSerious')}</td>
                  <td>{t(`siteRecords.adverseEvents.treatments.${e.otherTreatment}`)}</td>
                  <td>{formatDateTime(e.recordedAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager label={t('siteRecords.adverseEvents.paging')} page={current + 1} hasPrevious={current > 0} hasNext={current < pages - 1} onPrevious={() => setPage(current - 1)} onNext={() => setPage(current + 1)} />
        </>
      )}
      {mayWrite ? (
        <AdverseEventForm
          registrationNumber={registrationNumber}
          onReported={(serious) => {
            setReported({ serious });
            // The new event is the last reported: show the page that holds it.
            setPage(Math.floor(events.length / PAGE_SIZE));
          }}
        />
      ) : (
        <p className="meta">{t('siteRecords.operatorOrContact')}</p>
      )}
    </section>
  );
}
