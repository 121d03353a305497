import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applicationError, refusedInput, refusedRecommender } from './application-errors';
import { formatDate } from './dates';
import { ApplicationFacilities, FileApplication } from './documents';

/** The least declared experience the API accepts [R50a]; the page says it and checks it before asking. */
const REQUIRED_EXPERIENCE = 300;
/** [R11] approval needs letters from two certified operators: the applicant names the two they ask. */
const ASKED = [0, 1] as const;

interface Filed {
  id: string;
  applicantName: string;
  filedOn: string;
  facilityName: string;
}

/**
 * 加盟申込書, from the public site with no login [R11][R50a]: name, facility, declared CTO
 * experience and the two certified operators asked to recommend the applicant, chosen from
 * the public list. The application then waits on their home pages for their letters [R11].
 */
export function FileApplicationPage() {
  const { t, i18n } = useTranslation();
  const { data: facilities } = useQuery(ApplicationFacilities);
  const operators = [...(facilities?.certifiedOperators ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  const choices = [...new Map((facilities?.certifiedOperators ?? []).map((o) => [o.facility.id, o.facility] as const)).values()].sort((a, b) => a.id.localeCompare(b.id));
  const [name, setName] = useState('');
  const [facilityId, setFacilityId] = useState('');
  const [experience, setExperience] = useState('');
  const [asked, setAsked] = useState<string[]>(['', '']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [filed, setFiled] = useState<Filed | null>(null);
  const [file, { loading }] = useMutation(FileApplication);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const cases = Number(experience);
    const next: Record<string, string> = {};
    if (!name.trim()) next['applicantName'] = t('applications.file.required');
    if (!facilityId) next['facilityId'] = t('applications.file.chooseFacility');
    if (!Number.isInteger(cases) || experience.trim() === '') next['ctoExperience'] = t('applications.file.whole');
    else if (cases < REQUIRED_EXPERIENCE) next['ctoExperience'] = t('applications.errors.R50a');
    for (const i of ASKED) {
      if (!asked[i]) next[`recommender${i}`] = t('applications.file.chooseRecommender');
      else if (asked.indexOf(asked[i]!) !== i) next[`recommender${i}`] = t('applications.file.sameRecommender');
    }
    setErrors(next);
    setFailure(null);
    if (Object.keys(next).length > 0) return;
    try {
      const { data } = await file({ variables: { input: { applicantName: name.trim(), facilityId, ctoExperience: cases, recommenderIds: asked } } });
      const a = data?.fileApplication;
      if (a) setFiled({ id: a.id, applicantName: a.applicantName, filedOn: a.filedOn, facilityName: a.facility.name });
    } catch (error) {
      const recommender = refusedRecommender(error);
      const field = recommender === undefined ? refusedInput(error) : `recommender${recommender}`;
      const message = recommender === undefined ? applicationError(error, 'file', t) : t('applications.errors.R11.ask');
      if (field) setErrors({ [field]: message });
      else setFailure(message);
    }
  };

  if (filed) {
    const address = `${window.location.origin}/applications/${filed.id}`;
    return (
      <section aria-labelledby="filed-heading">
        <h1 id="filed-heading">{t('applications.file.filedHeading')}</h1>
        <p role="status">{t('applications.file.filed', { name: filed.applicantName, facility: filed.facilityName, date: formatDate(filed.filedOn, i18n.language) })}</p>
        <p>{t('applications.file.next')}</p>
        <p>
          <label htmlFor="application-address">{t('applications.file.address')}</label>
          <input id="application-address" readOnly value={address} size={Math.min(address.length, 64)} onFocus={(e) => e.target.select()} />
        </p>
        <p className="meta">{t('applications.file.afterApproval')}</p>
        <p>
          <Link to="/">{t('applications.file.home')}</Link>
        </p>
      </section>
    );
  }

  const fieldError = (field: string) =>
    errors[field] ? (
      <p className="error" id={`apply-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;
  const described = (field: string) => (errors[field] ? `apply-${field}-error` : undefined);
  return (
    <section aria-labelledby="apply-heading">
      <h1 id="apply-heading">{t('applications.file.heading')}</h1>
      <p>{t('applications.file.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="narrow">
        <label htmlFor="apply-applicantName">{t('applications.file.name')}</label>
        <input id="apply-applicantName" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!errors['applicantName']} aria-describedby={described('applicantName')} />
        {fieldError('applicantName')}
        <label htmlFor="apply-facilityId">{t('applications.facility')}</label>
        <select id="apply-facilityId" value={facilityId} onChange={(e) => setFacilityId(e.target.value)} aria-invalid={!!errors['facilityId']} aria-describedby={described('facilityId')}>
          <option value="">{t('applications.file.chooseFacility')}</option>
          {choices.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name} · {f.location}
            </option>
          ))}
        </select>
        {fieldError('facilityId')}
        <p className="meta">{t('applications.file.facilityNote')}</p>
        <label htmlFor="apply-ctoExperience">{t('applications.file.experience', { min: REQUIRED_EXPERIENCE })}</label>
        <input id="apply-ctoExperience" type="number" inputMode="numeric" min={REQUIRED_EXPERIENCE} step={1} value={experience} onChange={(e) => setExperience(e.target.value)} aria-invalid={!!errors['ctoExperience']} aria-describedby={described('ctoExperience')} />
        {fieldError('ctoExperience')}
        <fieldset>
          <legend>{t('applications.file.recommenders')}</legend>
          <p className="meta">{t('applications.file.recommenderNote')}</p>
          {ASKED.map((i) => (
            <div key={i}>
              <label htmlFor={`apply-recommender${i}`}>{t('applications.file.recommender', { n: i + 1 })}</label>
              <select
                id={`apply-recommender${i}`}
                value={asked[i]}
                onChange={(e) => setAsked(asked.map((id, j) => (j === i ? e.target.value : id)))}
                aria-invalid={!!errors[`recommender${i}`]}
                aria-describedby={described(`recommender${i}`)}
              >
                <option value="">{t('applications.file.chooseRecommender')}</option>
                {operators.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name} · {o.facility.name} ({o.id})
                  </option>
                ))}
              </select>
              {fieldError(`recommender${i}`)}
            </div>
          ))}
        </fieldset>
        {failure && (
          <p role="alert" className="error">
            {failure}
          </p>
        )}
        <button type="submit" disabled={loading}>
          {loading ? t('applications.sending') : t('applications.file.submit')}
        </button>
      </form>
    </section>
  );
}
