import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CsvDownload } from '../../CsvDownload';
import { formatDateTime, formatYen } from '../../format';
import { PrintButton } from '../../PrintButton';
import { useAuth } from '../../auth';
import { isSecretariat } from '../data-center/data-center-errors';
import { QueryState } from '../Status';
import { CorrectStatement } from './CorrectStatement';
import { IssuedFeeStatementDetail } from './documents';

const AMOUNTS = ['registrationFee', 'acuteResultFee', 'followUpFee'] as const;

/**
 * [R20] An issued fee statement as the facility's office files it, on one A4 page: its
 * number, the facility and year, the statement it corrects, one line per adopted case with
 * its three items, and the totals; printed with the browser (print CSS) or downloaded as CSV.
 */
export function FeeStatementPrintPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const mayCorrect = isSecretariat(useAuth().session?.viewer.roles ?? []);
  const { data, loading, error } = useQuery(IssuedFeeStatementDetail, { variables: { id } });
  const s = data?.issuedFeeStatement;
  const yen = (n: number) => formatYen(n, i18n.language);
  const sum = (k: (typeof AMOUNTS)[number] | 'followUpYears') => (s ? s.lines.reduce((n, l) => n + l[k], 0) : 0);
  return (
    <article className="printable" aria-labelledby="statement-heading">
      <QueryState loading={loading && !data} error={error} />
      {data && !s && <p role="alert">{t('fees.notFound')}</p>}
      {s && (
        <>
          <div className="no-print paging">
            <PrintButton label={t('fees.print')} />
            <CsvDownload path={s.csvPath} filename={`${s.number}.csv`} label={t('fees.csv', { number: s.number })} failed={t('fees.csvFailed')} />
          </div>
          <h1 id="statement-heading">{t('fees.statementHeading', { year: s.year })}</h1>
          <dl className="facts">
            <div>
              <dt>{t('fees.number')}</dt>
              <dd>{s.number}</dd>
            </div>
            <div>
              <dt>{t('fees.facility')}</dt>
              <dd>
                {s.facility.name} ({s.facility.id})
              </dd>
            </div>
            <div>
              <dt>{t('fees.reportYear')}</dt>
              <dd>{t('fees.yearValue', { year: s.year })}</dd>
            </div>
            <div>
              <dt>{t('fees.issuedAt')}</dt>
              <dd>{formatDateTime(s.issuedAt, i18n.language)}</dd>
            </div>
            {s.replaces && (
              <div>
                <dt>{t('fees.replaces')}</dt>
                <dd>
                  {s.replaces.number}: {s.correctionReason}
                </dd>
              </div>
            )}
            {s.replacedBy && (
              <div>
                <dt>{t('fees.status')}</dt>
                <dd className="notice">{t('fees.replacedBy', { number: s.replacedBy.number })}</dd>
              </div>
            )}
          </dl>
          <table>
            <caption>{t('fees.linesCaption', { number: s.number })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fees.registrationNumber')}</th>
                <th scope="col">{t('fees.procedureDate')}</th>
                <th scope="col" className="amount">{t('fees.registrationFee')}</th>
                <th scope="col" className="amount">{t('fees.acuteResultFee')}</th>
                <th scope="col" className="amount">{t('fees.followUpYears')}</th>
                <th scope="col" className="amount">{t('fees.followUpFee')}</th>
                <th scope="col" className="amount">{t('fees.lineTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {s.lines.map((l) => (
                <tr key={l.registrationNumber}>
                  <th scope="row">{l.registrationNumber}</th>
                  <td>{l.procedureDate}</td>
                  {AMOUNTS.slice(0, 2).map((k) => (
                    <td key={k} className="amount">{yen(l[k])}</td>
                  ))}
                  <td className="amount">{l.followUpYears}</td>
                  <td className="amount">{yen(l.followUpFee)}</td>
                  <td className="amount">{yen(l.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('fees.totals', { count: s.lines.length })}
                </th>
                <td className="amount">{yen(sum('registrationFee'))}</td>
                <td className="amount">{yen(sum('acuteResultFee'))}</td>
                <td className="amount">{sum('followUpYears')}</td>
                <td className="amount">{yen(sum('followUpFee'))}</td>
                <td className="amount" data-testid="statement-total">
                  <strong>{yen(s.total)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
          <p className="meta">{t('fees.rules')}</p>
          {mayCorrect && !s.replacedBy && <CorrectStatement key={s.id} id={s.id} number={s.number} />}
        </>
      )}
    </article>
  );
}
