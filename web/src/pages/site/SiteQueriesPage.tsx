import './site.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCursorPages } from '../../cursor-pages';
import { formatDateTime } from '../../format';
import type { SiteDataQueriesQuery } from '../../gql/graphql';
import { QueryState } from '../Status';
import { recordRefusal, type Refusal } from './records-errors';
import { AnswerDataQuery, SiteDataQueries } from './records-documents';
import { CursorPager } from '../../Pager';
import { RecordsNav } from './RecordsNav';
import { useSiteWriter } from './site-writer';

const PAGE_SIZE = 10;
type DataQuery = SiteDataQueriesQuery['openDataQueries'][number];

/**
 * [T14.1] The data center's queries on the facility's cases that the site owes an answer
 * (OPEN) or has answered (waiting for the data center to close or re-open), oldest first, a
 * page at a time from the API. An open query is answered here by the case's operator or the
 * facility contact; an answer goes to the case's audit trail.
 */
export function SiteQueriesPage() {
  const { t } = useTranslation();
  const writer = useSiteWriter();
  const facilityId = writer.facilityId ?? '';
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error, refetch } = useQuery(SiteDataQueries, { variables: { facilityId, ...paging.variables }, skip: !facilityId, fetchPolicy: 'cache-and-network' });
  const { shown, hasNext } = paging.slice(data?.openDataQueries);
  const [answered, setAnswered] = useState<string | null>(null);
  return (
    <section aria-labelledby="site-queries-heading" className="site">
      <RecordsNav />
      <h1 id="site-queries-heading">{t('siteRecords.queries.heading')}</h1>
      <p className="meta">{t('siteRecords.queries.intro')}</p>
      <QueryState loading={(loading || writer.loading) && !data} error={error ?? writer.error} />
      {!writer.loading && !writer.error && !facilityId && <p>{t('siteRecords.noFacility')}</p>}
      {answered && <p role="status">{t('siteRecords.queries.answered', { number: answered })}</p>}
      {data && (
        <>
          {shown.length === 0 ? (
            <p>{t('siteRecords.queries.none')}</p>
          ) : (
            <ul className="records" aria-label={t('siteRecords.queries.list')}>
              {shown.map((q) => (
                <QueryItem
                  key={q.id}
                  query={q}
                  mayAnswer={writer.mayWrite(q.case.operator?.id)}
                  onAnswered={() => {
                    setAnswered(q.case.registrationNumber);
                    void refetch();
                  }}
                />
              ))}
            </ul>
          )}
          <CursorPager label={t('siteRecords.queries.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.id} />
        </>
      )}
    </section>
  );
}

function QueryItem({ query: q, mayAnswer, onAnswered }: { query: DataQuery; mayAnswer: boolean; onAnswered(): void }) {
  const { t, i18n } = useTranslation();
  const number = q.case.registrationNumber;
  return (
    <li>
      <article aria-labelledby={`query-${q.id}`}>
        <h2 id={`query-${q.id}`} className="record-heading">
          <Link to={`/site/cases/${number}`}>{number}</Link> <code>{q.field}</code>
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('siteRecords.queries.question')}</dt>
            <dd>{q.question}</dd>
          </div>
          <div>
            <dt>{t('siteRecords.queries.raisedAt')}</dt>
            <dd>{formatDateTime(q.raisedAt, i18n.language)}</dd>
          </div>
          <div>
            <dt>{t('siteRecords.queries.status')}</dt>
            <dd>{t(`siteRecords.queries.statuses.${q.status}`)}</dd>
          </div>
          {q.answer !== null && q.answer !== undefined && (
            <div>
              <dt>{t('siteRecords.queries.answer')}</dt>
              <dd>
                {q.answer}
                {q.answeredAt && <span className="meta"> ({formatDateTime(q.answeredAt, i18n.language)})</span>}
              </dd>
            </div>
          )}
        </dl>
        {q.status === 'OPEN' && (mayAnswer ? <AnswerForm id={q.id} number={number} field={q.field} onAnswered={onAnswered} /> : <p className="meta">{t('siteRecords.operatorOrContact')}</p>)}
      </article>
    </li>
  );
}

/** The answer to one open query; an empty answer is named at the field before sending. */
function AnswerForm({ id, number, field, onAnswered }: { id: string; number: string; field: string; onAnswered(): void }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [send, sending] = useMutation(AnswerDataQuery);
  const controlId = `answer-${id}`;
  const messageId = `answer-msg-${id}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!answer.trim()) {
      setRefusal({ field: 'answer', text: t('site.invalid.required') });
      return;
    }
    setRefusal(null);
    try {
      await send({ variables: { id, answer } });
      onAnswered();
    } catch (error) {
      setRefusal(recordRefusal(error, t, 'answer', ['answer']));
    }
  }

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="narrow">
      <div className="field">
        <label htmlFor={controlId}>{t('siteRecords.queries.answerLabel', { number, field })}</label>
        <textarea
          id={controlId}
          name="answer"
          rows={3}
          value={answer}
          aria-invalid={refusal?.field === 'answer' ? true : undefined}
          aria-describedby={refusal?.field === 'answer' ? messageId : undefined}
          onChange={(e) => setAnswer(e.target.value)}
        />
        {refusal?.field === 'answer' && (
          <span id={messageId} className="error">
            {refusal.text}
          </span>
        )}
      </div>
      {refusal && refusal.field === null && (
        <p role="alert" className="error">
          {refusal.text}
        </p>
      )}
      <button type="submit" disabled={sending.loading}>
        {t('siteRecords.queries.send')}
      </button>
    </form>
  );
}
