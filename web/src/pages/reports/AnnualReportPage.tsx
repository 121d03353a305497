import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth';
import { currentYear, formatDateTime } from '../../format';
import { AreaNav } from '../data-center/AreaNav';
import { isDataCenter, isSecretariat } from '../data-center/data-center-errors';
import { QueryState } from '../Status';
import { CsvDownload } from '../../CsvDownload';
import { AnnualReportQuery } from './documents';
import { BreakdownTable, OverallFigures } from './FiguresTable';
import { PresentReport } from './PresentReport';

const ADOPTION = ['domesticCases', 'adopted', 'notComplete', 'awaitingOfficialResult', 'consentWithdrawn'] as const;

/**
 * [R27][R41] The annual report of a year, for the secretariat, the data center and the
 * steering committee: a draft computed now (what presenting today would adopt) or the
 * presented report as frozen, with its SHA-256 and the rulings that came after the freeze
 * (listed, not applied [R28b]); its figures with numerator and denominator, the breakdowns,
 * the CSV; the secretariat presents a draft after a confirmation.
 */
export function AnnualReportPage() {
  const { t, i18n } = useTranslation();
  const roles = useAuth().session?.viewer.roles ?? [];
  const [yearText, setYearText] = useState(String(currentYear() - 1));
  const [year, setYear] = useState(currentYear() - 1);
  const [invalidYear, setInvalidYear] = useState(false);
  const { data, loading, error } = useQuery(AnnualReportQuery, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const report = data?.annualReport.year === year ? data.annualReport : undefined;
  const choose = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(yearText);
    if (!Number.isInteger(n) || n < 2000 || n > 2100) return setInvalidYear(true);
    setInvalidYear(false);
    setYear(n);
  };
  return (
    <section aria-labelledby="report-heading">
      {(isDataCenter(roles) || isSecretariat(roles)) && <AreaNav />}
      <h1 id="report-heading">{t('annualReport.heading')}</h1>
      <form onSubmit={choose} noValidate>
        <label htmlFor="report-year">{t('annualReport.year')}</label>
        <input id="report-year" inputMode="numeric" value={yearText} onChange={(e) => setYearText(e.target.value)} aria-invalid={invalidYear ? true : undefined} aria-describedby={invalidYear ? 'report-year-error' : undefined} />
        {invalidYear && (
          <span id="report-year-error" className="error">
            {' '}
            {t('annualReport.invalidYear')}
          </span>
        )}
        <button type="submit">{t('annualReport.show')}</button>
      </form>
      <QueryState loading={loading && !report} error={error} />
      {report && (
        <>
          <h2>{t('annualReport.yearHeading', { year: report.year })}</h2>
          {report.status === 'PRESENTED' ? (
            <div role="status" className="card">
              <p>{t('annualReport.presented', { year: report.year, date: report.presentedAt ? formatDateTime(report.presentedAt, i18n.language) : '—' })}</p>
              <p>
                {t('annualReport.sha256')}: <code className="hash">{report.sha256}</code>
              </p>
            </div>
          ) : (
            <div className="card">
              <p>{t('annualReport.draft', { year: report.year })}</p>
              {isSecretariat(roles) && <PresentReport year={report.year} />}
            </div>
          )}
          <CsvDownload path={report.csvPath} filename={`annual-report-${report.year}.csv`} label={t('annualReport.csv', { year: report.year })} failed={t('annualReport.csvFailed')} />
          <p>
            <Link to={`/annual-report/print/${report.year}`}>{t('annualReport.print.open', { year: report.year })}</Link>
          </p>
          <h3 id="adoption-heading">{t('annualReport.adoptionHeading')}</h3>
          <dl className="facts" aria-labelledby="adoption-heading">
            {ADOPTION.map((k) => (
              <div key={k}>
                <dt>{t(`annualReport.adoption.${k}`)}</dt>
                <dd>{t('annualReport.caseCount', { count: report.adoption[k] })}</dd>
              </div>
            ))}
          </dl>
          <h3>{t('annualReport.overallHeading')}</h3>
          <OverallFigures figures={report.overall} year={report.year} />
          <h3>{t('annualReport.breakdownsHeading')}</h3>
          <BreakdownTable
            caption={t('annualReport.byJcto')}
            groupHeading={t('annualReport.jctoCategory')}
            rows={report.byJctoCategory.map((g) => ({ key: g.category, label: t(`library.filter.jctoCategories.${g.category}`), figures: g.figures }))}
          />
          <BreakdownTable
            caption={t('annualReport.byApproach')}
            groupHeading={t('annualReport.approach')}
            rows={report.byApproach.map((g) => ({ key: g.approach, label: t(`annualReport.approaches.${g.approach}`), figures: g.figures }))}
          />
          <BreakdownTable
            caption={t('annualReport.byExperience')}
            groupHeading={t('annualReport.experience')}
            rows={report.byExperienceBand.map((g) => ({ key: g.band, label: t(`annualReport.bands.${g.band}`), figures: g.figures }))}
          />
          {report.status === 'PRESENTED' && (
            <>
              <h3>{t('annualReport.correctionsHeading')}</h3>
              <p>{t('annualReport.correctionsIntro')}</p>
              {report.corrections.length === 0 ? (
                <p>{t('annualReport.noCorrections')}</p>
              ) : (
                <div className="table-scroll">
                  <table>
                    <caption>{t('annualReport.correctionsCaption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('annualReport.case')}</th>
                        <th scope="col">{t('annualReport.field')}</th>
                        <th scope="col">{t('annualReport.from')}</th>
                        <th scope="col">{t('annualReport.to')}</th>
                        <th scope="col">{t('annualReport.changedAt')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {report.corrections.map((c) => (
                        <tr key={`${c.rulingId}-${c.registrationNumber}-${c.field}`}>
                          <th scope="row">{c.registrationNumber}</th>
                          <td>{t(`annualReport.fields.${c.field}`, { defaultValue: c.field })}</td>
                          <td>{c.from ?? '—'}</td>
                          <td>{c.to ?? '—'}</td>
                          <td>{formatDateTime(c.changedAt, i18n.language)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
