import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import { objectionError } from './objection-errors';

const CaseObjections = graphql(`
  query CaseObjections($registrationNumber: RegistrationNumber!) {
    case(registrationNumber: $registrationNumber) {
      registrationNumber
      operator {
        id
      }
      officialResult {
        criteriaVersion
      }
      matters {
        id
        kind
        status
        question
        createdAt
        screeningReason
        decidedAt
      }
    }
  }
`);

const RaiseObjection = graphql(`
  mutation RaiseObjection($registrationNumber: RegistrationNumber!, $grounds: String!) {
    raiseObjection(registrationNumber: $registrationNumber, grounds: $grounds) {
      id
      status
    }
  }
`);

/** A matter still before the steering committee or the committee [R45][R46]. */
const OPEN = new Set(['SUBMITTED', 'ACCEPTED', 'IN_SESSION']);

/**
 * [R28a] The operator's objection to the official result, to the committee (never to the
 * core lab), and the state of every objection on the case, which every certified operator
 * may follow [R28a][R47]. The form is offered to the case's operator once the result is
 * official and while no objection of theirs is open; the API decides, and its refusals are
 * shown in the user's language. The rules set no deadline for an objection.
 */
export function ObjectionPanel({ registrationNumber }: { registrationNumber: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useAuth();
  const [grounds, setGrounds] = useState('');
  const { data, refetch } = useQuery(CaseObjections, { variables: { registrationNumber }, errorPolicy: 'all' });
  const [raise, { loading, error, reset }] = useMutation(RaiseObjection);
  const c = data?.case;
  if (!c) return null;
  const objections = (c.matters ?? []).filter((m) => m.kind === 'OBJECTION');
  const isOperator = !!session && c.operator?.id === session.viewer.loginId;
  const mayObject = isOperator && !!c.officialResult && !objections.some((m) => OPEN.has(m.status));

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const res = await raise({ variables: { registrationNumber, grounds } }).catch(() => null);
    if (res?.data) {
      setGrounds('');
      await refetch();
    }
  }

  if (objections.length === 0 && !mayObject) return null;
  return (
    <section aria-labelledby="objection-heading" className="card">
      <h2 id="objection-heading">{t('objection.heading')}</h2>
      {objections.length > 0 && (
        <ul className="posts">
          {objections.map((m) => (
            <li key={m.id} className="post">
              <p>
                <strong>{t('objection.state', { state: t(`committee.status.${m.status}`) })}</strong>{' '}
                <span className="meta">{t('objection.raisedAt', { date: formatDateTime(m.createdAt, i18n.language) })}</span>
              </p>
              <p className="body">{m.question}</p>
              {m.screeningReason && <p className="meta">{t('objection.screeningReason', { reason: m.screeningReason })}</p>}
              <Link to={`/committee/matters/${m.id}`}>{t('objection.follow')}</Link>
            </li>
          ))}
        </ul>
      )}
      {mayObject && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <p className="meta">{t('objection.explain')}</p>
          <label htmlFor="objection-grounds">{t('objection.grounds')}</label>
          <textarea
            id="objection-grounds"
            rows={4}
            value={grounds}
            onChange={(e) => setGrounds(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'objection-error' : undefined}
          />
          {error && (
            <p id="objection-error" role="alert" className="error">
              {objectionError(error, t)}
            </p>
          )}
          <button type="submit" disabled={loading}>
            {t('objection.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
