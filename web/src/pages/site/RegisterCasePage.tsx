import './site.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SiteRegisterCaseMutation } from '../../gql/graphql';
import { QueryState } from '../Status';
import { FacilityOperators, RegisterCase, SiteViewer } from './documents';
import { CheckField, Fieldset, SelectField, TextField } from './fields';
import { fieldMessage, fieldProblems, siteError, type FieldProblem } from './site-errors';

const VESSELS = ['LAD', 'LCX', 'RCA', 'LM'] as const;
const INCLUSION = ['timiZeroFlow', 'occlusionAtLeastThreeMonths', 'nativeCoronaryArtery', 'adult'] as const;
const EXCLUSION = ['acuteCoronarySyndromeCulprit', 'declinedDataUse'] as const;
type Step = 'patient' | 'eligibility' | 'confirmation';
const STEPS: Step[] = ['patient', 'eligibility', 'confirmation'];

const EMPTY = {
  operatorId: '',
  code: '',
  initials: '',
  birthDate: '',
  procedureDate: '',
  domestic: true,
  vessel: '',
  consented: false,
  obtainedOn: '',
  followUpConsented: false,
  imagePublicationConsented: false,
};

/**
 * Registering a case step by step [T5.3]: the patient, procedure and written consent
 * [R16][R19], then the eligibility criteria, then the confirmation with the registration
 * number. Every check is the API's: a refusal is shown next to the field it names, in the
 * user's language, and the page returns to the step that holds that field.
 */
export function RegisterCasePage() {
  const { t } = useTranslation();
  const viewer = useQuery(SiteViewer);
  const me = viewer.data?.viewer;
  const facility = me?.operator?.facility ?? me?.facility ?? null;
  const operators = useQuery(FacilityOperators, { variables: { facilityId: facility?.id ?? '' }, skip: !facility || !!me?.operator });
  const [step, setStep] = useState<Step>('patient');
  const [form, setForm] = useState(EMPTY);
  const [inclusion, setInclusion] = useState<Record<string, boolean>>({ timiZeroFlow: false, occlusionAtLeastThreeMonths: false, nativeCoronaryArtery: false, adult: false });
  const [exclusion, setExclusion] = useState<Record<string, boolean>>({ acuteCoronarySyndromeCulprit: false, declinedDataUse: false });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<SiteRegisterCaseMutation['registerCase'] | null>(null);
  const [register, { loading }] = useMutation(RegisterCase);

  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const messageOf = (field: string) => {
    const problem = problems.find((p) => p.field === `input.${field}`);
    return problem ? fieldMessage(problem, t) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!facility || !me) return;
    setProblems([]);
    setRefusal(null);
    try {
      const result = await register({
        variables: {
          input: {
            facilityId: facility.id,
            operatorId: me.operator?.id ?? form.operatorId,
            patient: { code: form.code, initials: form.initials, birthDate: form.birthDate },
            domestic: form.domestic,
            procedureDate: form.procedureDate,
            vessel: form.vessel as (typeof VESSELS)[number],
            // [R16] no consent is sent as none, so the API's refusal names the field.
            consent: form.consented ? { obtainedOn: form.obtainedOn, followUpConsented: form.followUpConsented, imagePublicationConsented: form.imagePublicationConsented } : null,
            eligibility: {
              inclusion: { timiZeroFlow: !!inclusion['timiZeroFlow'], occlusionAtLeastThreeMonths: !!inclusion['occlusionAtLeastThreeMonths'], nativeCoronaryArtery: !!inclusion['nativeCoronaryArtery'], adult: !!inclusion['adult'] },
              exclusion: { acuteCoronarySyndromeCulprit: !!exclusion['acuteCoronarySyndromeCulprit'], declinedDataUse: !!exclusion['declinedDataUse'] },
            },
          },
        },
      });
      setConfirmation(result.data!.registerCase);
      setStep('confirmation');
    } catch (error) {
      const found = fieldProblems(error);
      setProblems(found);
      setRefusal(siteError(error, t));
      // Back to the step that holds the first refused field.
      if (found.some((p) => !p.field.startsWith('input.eligibility'))) setStep('patient');
    }
  }

  const operatorId = me?.operator?.id ?? form.operatorId;
  return (
    <section aria-labelledby="register-heading" className="site">
      <h1 id="register-heading">{t('site.register.heading')}</h1>
      <ol className="steps" aria-label={t('site.register.steps')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {t('site.register.stepOf', { n: i + 1, name: t(`site.register.step.${s}`) })}
          </li>
        ))}
      </ol>
      <QueryState loading={viewer.loading} error={viewer.error} />
      {me && !facility && <p role="alert" className="error">{t('site.register.noFacility')}</p>}
      {refusal && step !== 'confirmation' && (
        <div role="alert" className="error">
          <p>{refusal}</p>
          {problems.length > 1 && (
            <ul>
              {problems.map((p) => (
                <li key={p.field}>{fieldMessage(p, t)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {facility && step === 'patient' && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            // The one choice the API cannot be asked without: a vessel is an enum.
            if (!form.vessel) {
              setProblems([{ field: 'input.vessel', code: 'BAD_USER_INPUT', rule: null }]);
              return;
            }
            setProblems([]);
            setRefusal(null);
            setStep('eligibility');
          }}
        >
          <h2>{t('site.register.step.patient')}</h2>
          <p className="meta">{t('site.register.facility', { name: facility.name })}</p>
          {me?.operator ? (
            <p className="meta">{t('site.register.operatorSelf', { name: me.operator.name })}</p>
          ) : (
            <SelectField
              name="operatorId"
              label={t('site.register.operator')}
              value={form.operatorId}
              placeholder={t('site.choose')}
              options={(operators.data?.certifiedOperators ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.id})` }))}
              onChange={(v) => set('operatorId', v)}
              message={messageOf('operatorId')}
            />
          )}
          <Fieldset legend={t('site.register.patient')}>
            <TextField name="patient.code" label={t('site.register.code')} value={form.code} onChange={(v) => set('code', v)} message={messageOf('patient.code')} />
            <TextField name="patient.initials" label={t('site.register.initials')} value={form.initials} onChange={(v) => set('initials', v)} message={messageOf('patient.initials')} />
            <TextField name="patient.birthDate" type="date" label={t('site.register.birthDate')} value={form.birthDate} onChange={(v) => set('birthDate', v)} message={messageOf('patient.birthDate')} />
          </Fieldset>
          <Fieldset legend={t('site.register.procedure')}>
            <TextField name="procedureDate" type="date" label={t('site.register.procedureDate')} value={form.procedureDate} onChange={(v) => set('procedureDate', v)} message={messageOf('procedureDate')} />
            <SelectField
              name="vessel"
              label={t('site.register.vessel')}
              value={form.vessel}
              placeholder={t('site.choose')}
              options={VESSELS.map((v) => ({ value: v, label: t(`site.vessel.${v}`) }))}
              onChange={(v) => set('vessel', v)}
              message={messageOf('vessel')}
            />
            <CheckField name="domestic" label={t('site.register.domestic')} checked={form.domestic} onChange={(v) => set('domestic', v)} />
          </Fieldset>
          <Fieldset legend={t('site.register.consent')}>
            <CheckField name="consent" label={t('site.register.consented')} checked={form.consented} onChange={(v) => set('consented', v)} message={messageOf('consent')} />
            <TextField name="consent.obtainedOn" type="date" label={t('site.register.obtainedOn')} value={form.obtainedOn} onChange={(v) => set('obtainedOn', v)} disabled={!form.consented} message={messageOf('consent.obtainedOn')} />
            <CheckField name="consent.followUpConsented" label={t('site.register.followUpConsented')} checked={form.followUpConsented} onChange={(v) => set('followUpConsented', v)} disabled={!form.consented} message={messageOf('consent.followUpConsented')} />
            <CheckField name="consent.imagePublicationConsented" label={t('site.register.imagePublicationConsented')} checked={form.imagePublicationConsented} onChange={(v) => set('imagePublicationConsented', v)} disabled={!form.consented} />
          </Fieldset>
          <button type="submit" disabled={!operatorId}>
            {t('site.register.next')}
          </button>
        </form>
      )}
      {facility && step === 'eligibility' && (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <h2>{t('site.register.step.eligibility')}</h2>
          <Fieldset legend={t('site.register.inclusion')}>
            {INCLUSION.map((k) => (
              <CheckField key={k} name={`eligibility.inclusion.${k}`} label={t(`site.register.criteria.inclusion.${k}`)} checked={!!inclusion[k]} onChange={(v) => setInclusion((c) => ({ ...c, [k]: v }))} message={messageOf(`eligibility.inclusion.${k}`)} />
            ))}
          </Fieldset>
          <Fieldset legend={t('site.register.exclusion')}>
            {EXCLUSION.map((k) => (
              <CheckField key={k} name={`eligibility.exclusion.${k}`} label={t(`site.register.criteria.exclusion.${k}`)} checked={!!exclusion[k]} onChange={(v) => setExclusion((c) => ({ ...c, [k]: v }))} message={messageOf(`eligibility.exclusion.${k}`)} />
            ))}
          </Fieldset>
          <div className="filter-actions">
            <button type="button" onClick={() => setStep('patient')}>
              {t('site.register.back')}
            </button>
            <button type="submit" disabled={loading}>
              {t('site.register.submit')}
            </button>
          </div>
        </form>
      )}
      {step === 'confirmation' && confirmation && (
        <div className="card" role="status">
          <h2>{t('site.register.step.confirmation')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('site.register.verdict')}</dt>
              <dd>{t(`site.register.verdicts.${confirmation.verdict}`)}</dd>
            </div>
            <div>
              <dt>{t('site.register.registrationNumber')}</dt>
              <dd>{confirmation.registrationNumber}</dd>
            </div>
            <div>
              <dt>{t('site.register.registeredOn')}</dt>
              <dd>{confirmation.registeredOn}</dd>
            </div>
          </dl>
          <Link to={`/site/cases/${confirmation.registrationNumber}`}>{t('site.register.toForm')}</Link>
        </div>
      )}
    </section>
  );
}
