import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../applications/dates';
import { QueryState } from '../Status';
import { DataReleaseRecipients } from './documents';

/**
 * Public, no login [R21a][R22][R39]: who received registry data, for which study, years and
 * items, on which day (Japan), and where they published the results once they reported it.
 * One list, as the other public lists: the API answers it whole (a release is a rare event).
 */
export default function DataRecipientsPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(DataReleaseRecipients, { fetchPolicy: 'cache-and-network' });
  const recipients = data?.dataReleaseRecipients ?? [];
  return (
    <section aria-labelledby="recipients-heading">
      <h1 id="recipients-heading">{t('dataRecipients.heading')}</h1>
      <p>{t('dataRecipients.intro')}</p>
      <QueryState loading={loading && !data} error={error} />
      {data &&
        (recipients.length === 0 ? (
          <p>{t('dataRecipients.empty')}</p>
        ) : (
          // A region that takes focus, so a keyboard scrolls the table when it is wider than a tablet.
          <div className="table-scroll" role="region" aria-label={t('dataRecipients.caption')} tabIndex={0}>
            <table>
              <caption>{t('dataRecipients.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dataRecipients.recipient')}</th>
                  <th scope="col">{t('dataRequests.title')}</th>
                  <th scope="col">{t('dataRequests.years')}</th>
                  <th scope="col">{t('dataRecipients.items')}</th>
                  <th scope="col">{t('dataRecipients.releasedOn')}</th>
                  <th scope="col">{t('dataRecipients.publication')}</th>
                </tr>
              </thead>
              <tbody>
                {recipients.map((r) => (
                  <tr key={`${r.releasedOn}-${r.recipientName}-${r.title}`}>
                    <td>
                      {r.recipientName}
                      <br />
                      <span className="meta">{t(`dataRequests.kind.${r.requesterKind}`)}</span>
                    </td>
                    <td>{r.title}</td>
                    <td>{r.years.join(', ')}</td>
                    <td>{r.items.join(', ')}</td>
                    <td>{formatDate(r.releasedOn, i18n.language)}</td>
                    <td>{r.publication ?? t('dataRecipients.notYet')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
