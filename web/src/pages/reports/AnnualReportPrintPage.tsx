import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../format';
import type { AnnualReportComplicationsQuery } from '../../gql/graphql';
import { PrintButton } from '../../PrintButton';
import { QueryState } from '../Status';
import { AnnualReportComplications, AnnualReportQuery } from './documents';
import { OverallFigures, RateText } from './FiguresTable';
import { ReportChart } from './ReportChart';

/** The complications charted by year: any angiographic one, perforation, and the in-hospital events that matter most. */
const CHARTED = ['ANGIOGRAPHIC', 'PERFORATION', 'DEATH', 'EMERGENCY_CABG', 'TAMPONADE'] as const;
/** The years before the report's beside it (those with cases): five in all at most. */
const YEARS_BACK = 4;

type YearFigures = AnnualReportComplicationsQuery['annualReport'];

/** The report year and up to four before it that have cases, oldest first. */
function useComplicationsByYear(year: number): { years: YearFigures[] | null; failed: boolean } {
  const client = useApolloClient();
  const [state, setState] = useState<{ year: number; years: YearFigures[] | null; failed: boolean }>({ year, years: null, failed: false });
  useEffect(() => {
    let live = true;
    const wanted = Array.from({ length: YEARS_BACK + 1 }, (_, i) => year - YEARS_BACK + i).filter((y) => y >= 2000);
    Promise.all(wanted.map((y) => client.query({ query: AnnualReportComplications, variables: { year: y } })))
      .then((answers) => {
        const years = answers.flatMap((a) => (a.data ? [a.data.annualReport] : [])).filter((r) => r.year === year || r.overall.cases > 0);
        if (live) setState({ year, years, failed: false });
      })
      .catch(() => live && setState({ year, years: null, failed: true }));
    return () => {
      live = false;
    };
  }, [client, year]);
  return state.year === year ? state : { years: null, failed: false };
}

/**
 * [R27][R41] The annual report on A4 paper: the year's figures with numerator and
 * denominator, success by J-CTO category and complications by year drawn by chart.js
 * (each chart with its table), the SHA-256 of a presented year; the browser prints it.
 */
export function AnnualReportPrintPage() {
  const { t, i18n } = useTranslation();
  const year = Number(useParams().year);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const { data, loading, error } = useQuery(AnnualReportQuery, { variables: { year }, skip: !valid });
  const byYear = useComplicationsByYear(year);
  const report = data?.annualReport;
  const percent = (p: number | null | undefined) => (p === null || p === undefined ? null : p);
  if (!valid) return <p role="alert">{t('annualReport.invalidYear')}</p>;
  return (
    <article className="printable" aria-labelledby="print-heading">
      <p className="no-print paging">
        <PrintButton label={t('annualReport.print.print')} />
        <Link to="/annual-report">{t('annualReport.print.back')}</Link>
      </p>
      <h1 id="print-heading">{t('annualReport.print.heading', { year })}</h1>
      <QueryState loading={loading && !report} error={error} />
      {report && (
        <>
          <p>
            {report.status === 'PRESENTED'
              ? t('annualReport.presented', { year, date: report.presentedAt ? formatDateTime(report.presentedAt, i18n.language) : '—' })
              : t('annualReport.print.draft', { year })}
          </p>
          {report.sha256 && (
            <p className="meta">
              {t('annualReport.sha256')}: <code className="hash">{report.sha256}</code>
            </p>
          )}
          <h2>{t('annualReport.overallHeading')}</h2>
          <OverallFigures figures={report.overall} year={year} />
          <section className="print-page" aria-labelledby="jcto-chart-heading">
            <h2 id="jcto-chart-heading">{t('annualReport.print.successByJcto')}</h2>
            <ReportChart
              id="chart-success-by-jcto"
              label={t('annualReport.print.successByJctoChart', { year })}
              labels={report.byJctoCategory.map((g) => t(`library.filter.jctoCategories.${g.category}`))}
              series={[
                { label: t('annualReport.technicalSuccess'), data: report.byJctoCategory.map((g) => percent(g.figures.technicalSuccess.percent)) },
                { label: t('annualReport.procedureSuccess'), data: report.byJctoCategory.map((g) => percent(g.figures.procedureSuccess.percent)) },
              ]}
              yAxis={t('annualReport.print.percentAxis')}
            />
            <table>
              <caption>{t('annualReport.print.successByJctoTable', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('annualReport.jctoCategory')}</th>
                  <th scope="col">{t('annualReport.cases')}</th>
                  <th scope="col">{t('annualReport.technicalSuccess')}</th>
                  <th scope="col">{t('annualReport.procedureSuccess')}</th>
                </tr>
              </thead>
              <tbody>
                {report.byJctoCategory.map((g) => (
                  <tr key={g.category}>
                    <th scope="row">{t(`library.filter.jctoCategories.${g.category}`)}</th>
                    <td>{g.figures.cases}</td>
                    <td>
                      <RateText rate={g.figures.technicalSuccess} />
                    </td>
                    <td>
                      <RateText rate={g.figures.procedureSuccess} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="print-page" aria-labelledby="complications-chart-heading">
            <h2 id="complications-chart-heading">{t('annualReport.print.complicationsByYear')}</h2>
            {byYear.failed && <p role="alert" className="error">{t('annualReport.print.yearsFailed')}</p>}
            {!byYear.years && !byYear.failed && <p aria-live="polite">{t('app.loading')}</p>}
            {byYear.years && (
              <>
                <ReportChart
                  id="chart-complications-by-year"
                  label={t('annualReport.print.complicationsByYearChart', { from: byYear.years[0]?.year ?? year, to: year })}
                  labels={byYear.years.map((y) => String(y.year))}
                  series={CHARTED.map((kind) => ({ label: t(`annualReport.complications.${kind}`), data: byYear.years!.map((y) => percent(y.overall.complications.find((c) => c.kind === kind)?.rate.percent)) }))}
                  yAxis={t('annualReport.print.percentAxis')}
                />
                <div className="table-scroll">
                  <table>
                    <caption>{t('annualReport.print.complicationsByYearTable')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('annualReport.complication')}</th>
                        {byYear.years.map((y) => (
                          <th scope="col" key={y.year}>
                            {y.status === 'PRESENTED' ? t('annualReport.print.yearPresented', { year: y.year }) : t('annualReport.print.yearDraft', { year: y.year })}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {CHARTED.map((kind) => (
                        <tr key={kind}>
                          <th scope="row">{t(`annualReport.complications.${kind}`)}</th>
                          {byYear.years!.map((y) => {
                            const rate = y.overall.complications.find((c) => c.kind === kind)?.rate;
                            return <td key={y.year}>{rate ? <RateText rate={rate} /> : '—'}</td>;
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        </>
      )}
    </article>
  );
}
