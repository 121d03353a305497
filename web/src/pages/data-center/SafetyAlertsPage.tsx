import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth';
import { formatDateTime } from '../../format';
import { LiveInterrupted, useLiveFeed } from '../../live-feed';
import type { SafetyAlertFieldsFragment } from '../../gql/graphql';
import { QueryState } from '../Status';
import { AreaNav } from './AreaNav';
import { isDataCenter } from './data-center-errors';
import { SafetyAlertReported, SafetyAlerts } from './documents';

/** The newest alerts loaded with the page; those reported while it is open are added above them. */
const LOADED = 50;

/**
 * [T9.6] Serious adverse events for the data center and the secretariat, newest first,
 * live: the page loads the newest alerts, then subscribes after the newest one's cursor (the
 * API replays what came between the two, so nothing is lost or doubled) and puts each new
 * alert on top without a reload, announced to screen readers.
 */
export function SafetyAlertsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(SafetyAlerts, { variables: { first: LOADED }, fetchPolicy: 'network-only' });
  const [live, setLive] = useState<SafetyAlertFieldsFragment[]>([]);
  const [lastLive, setLastLive] = useState<string | null>(null);
  const loaded = data?.safetyAlerts ?? [];
  const newest = loaded[0] ? cursorOf(loaded[0]) : '0';
  const { interrupted } = useLiveFeed(SafetyAlertReported, {
    variables: { after: newest },
    skip: !data,
    cursorOf: (event) => event.seriousAdverseEventReported.cursor,
    onData: (event) => {
      const alert = event.seriousAdverseEventReported;
      setLive((prev) => (prev.some((a) => cursorOf(a) === cursorOf(alert)) ? prev : [alert, ...prev]));
      setLastLive(cursorOf(alert));
    },
  });
  const all = [...live, ...loaded.filter((a) => !live.some((l) => cursorOf(l) === cursorOf(a)))];
  return (
    <section aria-labelledby="safety-heading">
      <AreaNav />
      <h1 id="safety-heading">{t('dataCenter.safety.heading')}</h1>
      <p>{t('dataCenter.safety.intro')}</p>
      <QueryState loading={loading && !data} error={error} />
      <LiveInterrupted interrupted={interrupted} />
      <div role="status" aria-live="polite">
        {lastLive && t('dataCenter.safety.arrived')}
      </div>
      {data && (all.length === 0 ? <p>{t('dataCenter.safety.empty')}</p> : <AlertTable alerts={all} fresh={live.map(cursorOf)} />)}
    </section>
  );
}

const cursorOf = (alert: SafetyAlertFieldsFragment): string => alert.cursor;

function AlertTable({ alerts, fresh }: { alerts: SafetyAlertFieldsFragment[]; fresh: string[] }) {
  const { t, i18n } = useTranslation();
  const linksToCase = isDataCenter(useAuth().session?.viewer.roles ?? []);
  return (
    <table>
      <caption>{t('dataCenter.safety.caption', { count: alerts.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dataCenter.safety.reportedAt')}</th>
          <th scope="col">{t('dataCenter.case')}</th>
          <th scope="col">{t('dataCenter.safety.event')}</th>
          <th scope="col">{t('dataCenter.safety.onsetOn')}</th>
          <th scope="col">{t('dataCenter.safety.criteria')}</th>
          <th scope="col">{t('dataCenter.safety.severity')}</th>
          <th scope="col">{t('dataCenter.safety.causality')}</th>
          <th scope="col">{t('dataCenter.safety.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {alerts.map((a) => {
          return (
            <tr key={a.cursor}>
              <td>
                {formatDateTime(a.reportedAt, i18n.language)}
                {fresh.includes(a.cursor) && <strong className="error"> {t('dataCenter.safety.new')}</strong>}
              </td>
              <td>{linksToCase ? <Link to={`/library/${a.registrationNumber}`}>{a.registrationNumber}</Link> : a.registrationNumber}</td>
              <td>{a.adverseEvent.name}</td>
              <td>{a.adverseEvent.onsetOn}</td>
              <td>{a.adverseEvent.seriousnessCriteria.map((c) => t(`dataCenter.safety.criteriaNames.${c}`)).join('、')}</td>
              <td>{t(`dataCenter.safety.severities.${a.adverseEvent.severity}`)}</td>
              <td>{t(`dataCenter.safety.causalities.${a.adverseEvent.causality}`)}</td>
              <td>{t(`dataCenter.safety.outcomes.${a.adverseEvent.outcome}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
