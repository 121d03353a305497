import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, todayInJapan } from '../../format';
import type { SiteCaseRecordsQuery } from '../../gql/graphql';
import { Pager } from '../../Pager';
import { TextField } from './fields';
import { RecordProtocolDeviation } from './records-documents';
import { recordRefusal, type Refusal } from './records-errors';

type Deviation = NonNullable<NonNullable<SiteCaseRecordsQuery['case']>['protocolDeviations']>[number];
const FIELDS = ['occurredOn', 'description', 'reason'];
const PAGE_SIZE = 5;

/**
 * The case's protocol deviations [T7.3][T8]: what happened, on which day and why, in the order
 * recorded, five a page (the API answers the case's whole list, a few at most), and the form
 * for the case's writers. The day is on or after the consent (the API's T7.3); the steering
 * committee reviews deviations [R15].
 */
export function DeviationsPanel({ registrationNumber, deviations, mayWrite }: { registrationNumber: string; deviations: readonly Deviation[]; mayWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState(false);
  const [occurredOn, setOccurredOn] = useState(todayInJapan());
  const [description, setDescription] = useState('');
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [recorded, setRecorded] = useState(false);
  const [record, recording] = useMutation(RecordProtocolDeviation, { refetchQueries: ['SiteCaseRecords'], awaitRefetchQueries: true });
  const pages = Math.max(1, Math.ceil(deviations.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = deviations.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const at = (field: string) => (refusal?.field === field ? refusal.text : undefined);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setRecorded(false);
    const missing = !occurredOn ? 'occurredOn' : !description.trim() ? 'description' : !reason.trim() ? 'reason' : null;
    if (missing) return setRefusal({ field: missing, text: t('site.invalid.required') });
    setRefusal(null);
    try {
      await record({ variables: { input: { registrationNumber, occurredOn, description, reason } } });
      setRecorded(true);
      setOpen(false);
      setDescription('');
      setReason('');
      setPage(Math.floor(deviations.length / PAGE_SIZE));
    } catch (error) {
      setRefusal(recordRefusal(error, t, 'deviation', FIELDS));
    }
  }

  return (
    <section aria-labelledby="deviations-heading">
      <h2 id="deviations-heading">{t('siteRecords.deviations.heading')}</h2>
      {recorded && <p role="status">{t('siteRecords.deviations.recorded')}</p>}
      {deviations.length === 0 ? (
        <p>{t('siteRecords.deviations.none')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table>
              <caption>{t('siteRecords.deviations.caption', { count: deviations.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('siteRecords.deviations.occurredOn')}</th>
                  <th scope="col">{t('siteRecords.deviations.description')}</th>
                  <th scope="col">{t('siteRecords.deviations.reason')}</th>
                  <th scope="col">{t('siteRecords.deviations.recordedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((d) => (
                  <tr key={d.id}>
                    <td>{d.occurredOn}</td>
                    <td className="body">{d.description}</td>
                    <td className="body">{d.reason}</td>
                    <td>{formatDateTime(d.recordedAt, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 && <Pager label={t('siteRecords.deviations.paging')} page={current + 1} hasPrevious={current > 0} hasNext={current < pages - 1} onPrevious={() => setPage(current - 1)} onNext={() => setPage(current + 1)} />}
        </>
      )}
      {!mayWrite && <p className="meta">{t('siteRecords.operatorOrContact')}</p>}
      {mayWrite && !open && (
        <button type="button" onClick={() => setOpen(true)}>
          {t('siteRecords.deviations.start')}
        </button>
      )}
      {mayWrite && open && (
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="narrow" aria-labelledby="deviation-form-heading">
          <h3 id="deviation-form-heading">{t('siteRecords.deviations.formHeading')}</h3>
          <TextField name="deviation.occurredOn" type="date" label={t('siteRecords.deviations.occurredOn')} value={occurredOn} onChange={setOccurredOn} message={at('occurredOn')} />
          <TextField name="deviation.description" label={t('siteRecords.deviations.description')} value={description} onChange={setDescription} message={at('description')} />
          <TextField name="deviation.reason" label={t('siteRecords.deviations.reason')} value={reason} onChange={setReason} message={at('reason')} />
          {refusal && refusal.field === null && (
            <p role="alert" className="error">
              {refusal.text}
            </p>
          )}
          <p className="paging">
            <button type="submit" disabled={recording.loading}>
              {t('siteRecords.deviations.submit')}
            </button>
            <button
              type="button"
              onClick={() => {
                setRefusal(null);
                setOpen(false);
              }}
            >
              {t('siteRecords.cancel')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
