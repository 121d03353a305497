import './site.css';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../Status';
import { CaseRecordsPanels } from './CaseRecordsPanels';
import { CaseReportForm } from './CaseReportForm';
import { CompletionChecklist } from './CompletionChecklist';
import { SiteCase, SiteViewer } from './documents';
import { ImageUploadPanel } from './ImageUploadPanel';
import { SignPanel } from './SignPanel';

/**
 * A case as its facility works on it [R18][R30]: the patient's identification (the facility
 * sees it), the completion checklist, the CTO-PCI form with its live scores, the signature
 * and the image upload. Read by the facility, the case's operator and the data center.
 */
export function SiteCasePage() {
  const { registrationNumber = '' } = useParams();
  const { t } = useTranslation();
  const viewer = useQuery(SiteViewer);
  const { data, loading, error } = useQuery(SiteCase, { variables: { registrationNumber } });
  const c = data?.case;
  return (
    <section aria-labelledby="site-case-heading" className="site">
      <p>
        <Link to="/site">{t('site.home.back')}</Link>
      </p>
      <h1 id="site-case-heading">{t('site.case.heading', { number: registrationNumber })}</h1>
      <QueryState loading={loading && !data} error={error} />
      {data && !c && <p role="alert">{t('errors.notFound')}</p>}
      {c && (
        <>
          <dl className="facts">
            <div>
              <dt>{t('site.case.patient')}</dt>
              <dd>{c.patientIdentification ? `${c.patientIdentification.code} (${c.patientIdentification.initials})` : '—'}</dd>
            </div>
            <div>
              <dt>{t('site.register.procedureDate')}</dt>
              <dd>{c.procedureDate}</dd>
            </div>
            <div>
              <dt>{t('site.register.vessel')}</dt>
              <dd>{t(`site.vessel.${c.vessel}`)}</dd>
            </div>
            <div>
              <dt>{t('site.case.age')}</dt>
              <dd>{c.ageAtProcedure ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('site.case.operator')}</dt>
              <dd>{c.operator?.name ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('site.case.status')}</dt>
              <dd>{t(`site.case.statuses.${c.status}`)}</dd>
            </div>
          </dl>
          {c.completion && <CompletionChecklist completion={c.completion} domestic={c.domestic} />}
          <CaseReportForm registrationNumber={c.registrationNumber} vessel={c.vessel} ageAtProcedure={c.ageAtProcedure ?? null} form={c.caseReportForm} />
          <SignPanel registrationNumber={c.registrationNumber} form={c.caseReportForm} isCaseOperator={!!c.operator && viewer.data?.viewer?.operator?.id === c.operator.id} />
          <ImageUploadPanel registrationNumber={c.registrationNumber} />
          {c.images.length > 0 && (
            <table>
              <caption>{t('site.images.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('site.images.kind')}</th>
                  <th scope="col">{t('site.images.frames')}</th>
                  <th scope="col">{t('site.images.files')}</th>
                </tr>
              </thead>
              <tbody>
                {c.images.map((s) => (
                  <tr key={s.seriesInstanceUid}>
                    <td>{t(`site.kinds.${s.kind}`, { defaultValue: s.kind })}</td>
                    <td>{s.frameCount}</td>
                    <td>
                      {(['PUBLISHED', 'QUARANTINED', 'REJECTED'] as const)
                        .map((st) => [st, s.instances.filter((i) => i.status === st).length] as const)
                        .filter(([, n]) => n > 0)
                        .map(([st, n]) => t(`site.images.status.${st}`, { count: n }))
                        .join(' / ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <CaseRecordsPanels registrationNumber={c.registrationNumber} />
        </>
      )}
    </section>
  );
}
