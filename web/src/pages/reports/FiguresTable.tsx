import { useTranslation } from 'react-i18next';
import type { ReportFiguresFragment } from '../../gql/graphql';

type Rate = ReportFiguresFragment['technicalSuccess'];

/** "n / d (p %)": every figure with what it counts [R27], never a bare percentage. */
export function RateText({ rate }: { rate: Rate }) {
  const { t, i18n } = useTranslation();
  const percent = rate.percent === null || rate.percent === undefined ? t('annualReport.noPercent') : `${new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate.percent)} %`;
  return <>{t('annualReport.rate', { numerator: rate.numerator, denominator: rate.denominator, percent })}</>;
}

/** A breakdown: one row per group (J-CTO category, approach, experience band), the group's case count and its three success figures. */
export function BreakdownTable(props: { caption: string; groupHeading: string; rows: { key: string; label: string; figures: ReportFiguresFragment }[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.groupHeading}</th>
            <th scope="col">{t('annualReport.cases')}</th>
            <th scope="col">{t('annualReport.indicationAppropriate')}</th>
            <th scope="col">{t('annualReport.technicalSuccess')}</th>
            <th scope="col">{t('annualReport.procedureSuccess')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.figures.cases}</td>
              <td>
                <RateText rate={r.figures.indicationAppropriate} />
              </td>
              <td>
                <RateText rate={r.figures.technicalSuccess} />
              </td>
              <td>
                <RateText rate={r.figures.procedureSuccess} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The overall figures, then every complication with the source it is counted from (core lab or the form). */
export function OverallFigures({ figures, year }: { figures: ReportFiguresFragment; year: number }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts" aria-label={t('annualReport.overallLabel', { year })}>
        <div>
          <dt>{t('annualReport.cases')}</dt>
          <dd>{figures.cases}</dd>
        </div>
        {(['indicationAppropriate', 'technicalSuccess', 'procedureSuccess'] as const).map((k) => (
          <div key={k}>
            <dt>{t(`annualReport.${k}`)}</dt>
            <dd>
              <RateText rate={figures[k]} />
            </dd>
          </div>
        ))}
      </dl>
      <div className="table-scroll">
        <table>
          <caption>{t('annualReport.complicationsCaption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('annualReport.complication')}</th>
              <th scope="col">{t('annualReport.source')}</th>
              <th scope="col">{t('annualReport.rateHeading')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.complications.map((c) => (
              <tr key={`${c.kind}-${c.source}`}>
                <th scope="row">{t(`annualReport.complications.${c.kind}`)}</th>
                <td>{t(`annualReport.sources.${c.source}`)}</td>
                <td>
                  <RateText rate={c.rate} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
