import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../Status';
import { CoreLabNav } from './CoreLabNav';
import { CoreLabAgreementStatistics } from './supervisor-documents';

/**
 * The core lab's quality control for the supervisor [R26]: per field, how often a read agreed
 * with the other reader of its case and with the final result, for all readers ("ALL" from
 * the API) and for each reader by account ID (the API gives the core lab no names). Only
 * finished cases with both reads count. One table per reader, fields in the read form's order.
 */
export function CoreLabAgreementPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(CoreLabAgreementStatistics, { fetchPolicy: 'cache-and-network' });
  const percent = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', { style: 'percent', maximumFractionDigits: 1 });
  const readers = data?.coreLabAgreement ?? [];
  return (
    <section aria-labelledby="agreement-heading">
      <h1 id="agreement-heading">{t('coreLabSupervisor.agreement.heading')}</h1>
      <CoreLabNav />
      <p>{t('coreLabSupervisor.agreement.explain')}</p>
      <QueryState loading={loading && !data} error={error} />
      {data && readers.length === 0 && <p>{t('coreLabSupervisor.agreement.empty')}</p>}
      {readers.map((reader) => {
        const who = reader.readerId === 'ALL' ? t('coreLabSupervisor.agreement.all') : t('coreLabSupervisor.agreement.reader', { id: reader.readerId });
        return (
          <table key={reader.readerId}>
            <caption>{who}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coreLab.supervise.field')}</th>
                <th scope="col">{t('coreLabSupervisor.agreement.withOtherReader')}</th>
                <th scope="col">{t('coreLabSupervisor.agreement.withFinal')}</th>
                <th scope="col">{t('coreLabSupervisor.agreement.reads')}</th>
              </tr>
            </thead>
            <tbody>
              {reader.fields.map((f) => (
                <tr key={f.field}>
                  <th scope="row">{t(`coreLab.fields.${f.field}`)}</th>
                  <td>{percent.format(f.withOtherReader)}</td>
                  <td>{percent.format(f.withFinal)}</td>
                  <td>{f.reads}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
