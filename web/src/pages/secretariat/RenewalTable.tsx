import { useTranslation } from 'react-i18next';
import type { useCursorPages } from '../../cursor-pages';
import type { RenewalOutcome, RenewalResultFieldsFragment } from '../../gql/graphql';
import { CursorPager } from '../../Pager';

/** The outcomes in the order of the rules [R10]: kept, lean, not judged, asked, to OB, back, still OB. */
export const OUTCOMES: readonly RenewalOutcome[] = ['MET', 'LEAN', 'NOT_JUDGED', 'ASK_TO_CONTINUE', 'BECOMES_OB', 'RETURNS_CERTIFIED', 'REMAINS_OB'];

/** How many operators each outcome has (only those that occur), each with its rule in words [R10]. */
export function OutcomeSummary({ outcomes, labelledBy }: { outcomes: readonly { outcome: RenewalOutcome }[]; labelledBy: string }) {
  const { t } = useTranslation();
  const counts = OUTCOMES.map((o) => ({ o, n: outcomes.filter((r) => r.outcome === o).length })).filter((c) => c.n > 0);
  return (
    <ul aria-labelledby={labelledBy}>
      {counts.map(({ o, n }) => (
        <li key={o}>
          <strong>{t(`dataCenter.renewal.outcomes.${o}`)}</strong>: {t('dataCenter.renewal.operators', { n })} — {t(`dataCenter.renewal.outcomeRules.${o}`)}
        </li>
      ))}
    </ul>
  );
}

/** One page of renewal results, previewed or run, by operator ID, with the pages before and after. */
export function RenewalTable({ rows, caption, paging }: { rows: readonly RenewalResultFieldsFragment[] | undefined; caption: string; paging: ReturnType<typeof useCursorPages> }) {
  const { t } = useTranslation();
  const { shown, hasNext } = paging.slice(rows);
  if (shown.length === 0 && !paging.hasPrevious) return <p>{t('dataCenter.renewal.noResults')}</p>;
  return (
    <>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dataCenter.renewal.operator')}</th>
            <th scope="col">{t('dataCenter.renewal.completed')}</th>
            <th scope="col">{t('dataCenter.renewal.statusBefore')}</th>
            <th scope="col">{t('dataCenter.renewal.outcome')}</th>
            <th scope="col">{t('dataCenter.renewal.yearsUnder50')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.operator.id}>
              <td>
                {r.operator.id} {r.operator.name}
              </td>
              <td>{t('dataCenter.renewal.counts', { total: r.completedRegistrations, domestic: r.domestic, overseas: r.overseas })}</td>
              <td>{t(`dataCenter.renewal.statuses.${r.statusBefore}`)}</td>
              <td>{t(`dataCenter.renewal.outcomes.${r.outcome}`)}</td>
              <td>{r.consecutiveYearsUnder50}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CursorPager label={t('dataCenter.renewal.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.operator.id} />
    </>
  );
}
