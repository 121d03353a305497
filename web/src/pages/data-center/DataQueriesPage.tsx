import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCursorPages } from '../../cursor-pages';
import { formatDateTime } from '../../format';
import { QueryState } from '../Status';
import { AreaNav } from './AreaNav';
import { dataCenterError, refusedField } from './data-center-errors';
import { CloseDataQuery, OpenDataQueries, RaiseDataQuery, ReopenDataQuery } from './documents';
import { FacilityPicker } from './FacilityPicker';
import { CursorPager } from '../../Pager';

const PAGE_SIZE = 10;

/**
 * [T14.1] The data center's queries of one facility: open ones (the site owes an answer)
 * and answered ones (to close or re-open with a reason), oldest first, a page at a time
 * from the API; and the form that raises a query on one field of a case.
 */
export function DataQueriesPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const facilityId = search.get('facility') ?? '';
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error, refetch } = useQuery(OpenDataQueries, { variables: { facilityId, ...paging.variables }, skip: !facilityId, fetchPolicy: 'cache-and-network' });
  const { shown, hasNext } = paging.slice(data?.openDataQueries);
  const [close, closing] = useMutation(CloseDataQuery, { onCompleted: () => void refetch() });
  const [reopening, setReopening] = useState<string | null>(null);
  const choose = (id: string) => {
    paging.reset();
    setSearch(id ? { facility: id } : {});
  };
  return (
    <section aria-labelledby="queries-heading">
      <AreaNav />
      <h1 id="queries-heading">{t('dataCenter.queries.heading')}</h1>
      <RaiseQueryForm onRaised={() => void refetch()} />
      <h2>{t('dataCenter.queries.listHeading')}</h2>
      <FacilityPicker id="queries-facility" value={facilityId} onChange={choose} />
      {!facilityId && <p>{t('dataCenter.queries.pickFacility')}</p>}
      <QueryState loading={loading && !data} error={error} />
      {closing.error && (
        <p role="alert" className="error">
          {dataCenterError(closing.error, t)}
        </p>
      )}
      {facilityId && data && (
        <>
          {shown.length === 0 ? (
            <p>{t('dataCenter.queries.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('dataCenter.case')}</th>
                  <th scope="col">{t('dataCenter.queries.field')}</th>
                  <th scope="col">{t('dataCenter.queries.question')}</th>
                  <th scope="col">{t('dataCenter.queries.status')}</th>
                  <th scope="col">{t('dataCenter.queries.answer')}</th>
                  <th scope="col">{t('dataCenter.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((q) => (
                  <tr key={q.id}>
                    <td>
                      <Link to={`/library/${q.case.registrationNumber}`}>{q.case.registrationNumber}</Link>
                      <br />
                      {formatDateTime(q.raisedAt, i18n.language)}
                    </td>
                    <td>
                      <code>{q.field}</code>
                    </td>
                    <td>{q.question}</td>
                    <td>{t(`dataCenter.queries.statuses.${q.status}`)}</td>
                    <td>{q.answer ?? '—'}</td>
                    <td>
                      {q.status === 'ANSWERED' && (
                        <>
                          <button type="button" disabled={closing.loading} onClick={() => void close({ variables: { id: q.id } }).catch(() => undefined)}>
                            {t('dataCenter.queries.close', { field: q.field })}
                          </button>
                          <button type="button" aria-expanded={reopening === q.id} onClick={() => setReopening(reopening === q.id ? null : q.id)}>
                            {t('dataCenter.queries.reopen', { field: q.field })}
                          </button>
                        </>
                      )}
                      {reopening === q.id && (
                        <ReopenForm
                          id={q.id}
                          onDone={() => {
                            setReopening(null);
                            void refetch();
                          }}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <CursorPager label={t('dataCenter.queries.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.id} />
        </>
      )}
    </section>
  );
}

/** Re-opens an answered query: the reason is required and goes to the audit trail [T14.1]. */
function ReopenForm({ id, onDone }: { id: string; onDone(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [empty, setEmpty] = useState(false);
  const [reopen, reopening] = useMutation(ReopenDataQuery, { onCompleted: onDone });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setEmpty(true);
    setEmpty(false);
    void reopen({ variables: { id, reason: reason.trim() } }).catch(() => undefined);
  };
  const message = empty || refusedField(reopening.error) === 'reason' ? t('dataCenter.queries.reasonNeeded') : reopening.error ? dataCenterError(reopening.error, t) : null;
  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor={`reopen-${id}`}>{t('dataCenter.queries.reopenReason')}</label>
      <input id={`reopen-${id}`} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={message ? true : undefined} aria-describedby={message ? `reopen-${id}-error` : undefined} />
      {message && (
        <p id={`reopen-${id}-error`} className="error" role="alert">
          {message}
        </p>
      )}
      <button type="submit" disabled={reopening.loading}>
        {t('dataCenter.queries.reopenSubmit')}
      </button>
    </form>
  );
}

/** Raises a query on one field of a case's form; a refused field is named beside it. */
function RaiseQueryForm({ onRaised }: { onRaised(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ registrationNumber: '', field: '', question: '' });
  const [missing, setMissing] = useState<string[]>([]);
  const [raised, setRaised] = useState<string | null>(null);
  const [raise, raising] = useMutation(RaiseDataQuery, {
    onCompleted: () => {
      setRaised(draft.registrationNumber);
      setDraft({ registrationNumber: draft.registrationNumber, field: '', question: '' });
      onRaised();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = (Object.keys(draft) as (keyof typeof draft)[]).filter((k) => !draft[k].trim());
    setMissing(empty);
    setRaised(null);
    if (empty.length > 0) return;
    void raise({ variables: { input: { registrationNumber: draft.registrationNumber.trim(), field: draft.field.trim(), question: draft.question.trim() } } }).catch(() => undefined);
  };
  const serverField = refusedField(raising.error);
  const message = (k: keyof typeof draft) => (missing.includes(k) ? t('dataCenter.queries.required') : serverField === k ? t(`dataCenter.queries.invalid.${k}`) : null);
  const input = (k: keyof typeof draft, hint?: string) => {
    const m = message(k);
    return (
      <p>
        <label htmlFor={`raise-${k}`}>{t(`dataCenter.queries.raise.${k}`)}</label>
        {k === 'question' ? (
          <textarea id={`raise-${k}`} rows={3} value={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} aria-invalid={m ? true : undefined} aria-describedby={m ? `raise-${k}-error` : hint ? `raise-${k}-hint` : undefined} />
        ) : (
          <input id={`raise-${k}`} value={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} aria-invalid={m ? true : undefined} aria-describedby={m ? `raise-${k}-error` : hint ? `raise-${k}-hint` : undefined} />
        )}
        {hint && !m && <small id={`raise-${k}-hint`}> {hint}</small>}
        {m && (
          <span id={`raise-${k}-error`} className="error">
            {' '}
            {m}
          </span>
        )}
      </p>
    );
  };
  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="raise-heading">
      <h2 id="raise-heading">{t('dataCenter.queries.raise.heading')}</h2>
      {input('registrationNumber')}
      {input('field', t('dataCenter.queries.raise.fieldHint'))}
      {input('question')}
      {raising.error && !serverField && (
        <p role="alert" className="error">
          {dataCenterError(raising.error, t)}
        </p>
      )}
      {raised && <p role="status">{t('dataCenter.queries.raised', { case: raised })}</p>}
      <button type="submit" disabled={raising.loading}>
        {t('dataCenter.queries.raise.submit')}
      </button>
    </form>
  );
}
