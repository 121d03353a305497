import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../auth';
import { formatDateTime } from '../../format';
import type { CoreLabCaseViewQuery } from '../../gql/graphql';
import { QueryState } from '../Status';
import { CoreLabCaseView } from './documents';
import { DiscordancePanel } from './DiscordancePanel';
import { FIELDS, showValue } from './judgement';
import { ReadForm } from './ReadForm';

type Judgement = NonNullable<CoreLabCaseViewQuery['coreLabCase']>['reads'][number]['judgement'];

function JudgementTable({ caption, judgement }: { caption: string; judgement: Judgement }) {
  const { t } = useTranslation();
  return (
    <table>
      <caption>{caption}</caption>
      <tbody>
        {FIELDS.map((f) => (
          <tr key={f}>
            <th scope="row">{t(`coreLab.fields.${f}`)}</th>
            <td>{showValue(f, judgement[f], t)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('coreLab.fields.jctoScore')}</th>
          <td>{judgement.jctoScore}</td>
        </tr>
      </tbody>
    </table>
  );
}

/**
 * A case as the core lab sees it, blinded [R25][R33]: the registration number, dates and
 * the reads, never the operator, facility or patient. The reader reads and submits; the
 * supervisor decides the discordant fields. No image viewer on this page yet.
 */
export function CoreLabCasePage() {
  const { t, i18n } = useTranslation();
  const { registrationNumber = '' } = useParams();
  const { session } = useAuth();
  const supervisor = session?.viewer.roles.includes('CORE_LAB_SUPERVISOR') ?? false;
  const { data, loading, error, refetch } = useQuery(CoreLabCaseView, { variables: { registrationNumber } });
  const c = data?.coreLabCase;
  const refresh = () => void refetch();
  const mine = c?.reads.find((r) => r.readerId === session?.viewer.id);
  return (
    <section aria-labelledby="corelab-case-heading">
      <p>
        <Link to="/core-lab">{t('coreLab.case.back')}</Link>
      </p>
      <h1 id="corelab-case-heading">{t('coreLab.case.heading', { case: registrationNumber })}</h1>
      <QueryState loading={loading} error={error} />
      {data && !c && <p role="alert">{t('coreLab.case.notFound')}</p>}
      {c && (
        <>
          <dl>
            <dt>{t('coreLab.worklist.state')}</dt>
            <dd>{t(`coreLab.status.${c.status}`)}</dd>
            <dt>{t('coreLab.worklist.notifiedAt')}</dt>
            <dd>{formatDateTime(c.notifiedAt, i18n.language)}</dd>
            <dt>{t('coreLab.worklist.dueOn')}</dt>
            <dd>
              {c.dueOn}
              {c.overdue && <strong className="error"> {t('coreLab.worklist.overdue')}</strong>}
            </dd>
          </dl>
          <p className="notice">{t('coreLab.case.blinded')}</p>
          {!supervisor && c.status === 'AWAITING_READS' && !mine && <ReadForm registrationNumber={c.registrationNumber} onSubmitted={refresh} />}
          {!supervisor && mine && (
            <section aria-labelledby="mine-heading" className="card">
              <h2 id="mine-heading">{t('coreLab.case.submitted', { date: formatDateTime(mine.submittedAt, i18n.language) })}</h2>
              <JudgementTable caption={t('coreLab.case.myRead')} judgement={mine.judgement} />
            </section>
          )}
          {supervisor && c.status === 'AWAITING_SUPERVISOR' && <DiscordancePanel coreLabCase={c} onDecided={refresh} />}
          {supervisor && c.status === 'AWAITING_READS' && <p>{t('coreLab.case.waiting', { count: c.reads.length })}</p>}
          {c.result && (
            <section aria-labelledby="result-heading" className="card">
              <h2 id="result-heading">{t('coreLab.case.result', { date: formatDateTime(c.result.finalizedAt, i18n.language) })}</h2>
              <JudgementTable caption={t('coreLab.case.official')} judgement={c.result.judgement} />
            </section>
          )}
        </>
      )}
    </section>
  );
}
