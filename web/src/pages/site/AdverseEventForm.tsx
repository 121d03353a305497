import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdverseEventOutcome, AdverseEventTreatment, Causality, SeriousnessCriterion, Severity } from '../../gql/graphql';
import { CheckField, Fieldset, SelectField, TextField } from './fields';
import { recordRefusal, type Refusal } from './records-errors';
import { ReportAdverseEvent } from './records-documents';

const OUTCOMES: AdverseEventOutcome[] = ['RECOVERED', 'IMPROVED', 'RECOVERED_WITH_SEQUELAE', 'NOT_RECOVERED', 'DEATH', 'UNKNOWN'];
const TREATMENTS: AdverseEventTreatment[] = ['NONE', 'DRUG', 'OTHER'];
const SEVERITIES: Severity[] = ['MILD', 'MODERATE', 'SEVERE'];
const CAUSALITIES: Causality[] = ['RELATED', 'NOT_RELATED'];
const CRITERIA: SeriousnessCriterion[] = ['DEATH', 'LIFE_THREATENING', 'DISABILITY', 'RISK_OF_DISABILITY', 'HOSPITALIZATION', 'COMPARABLE_SEVERITY', 'CONGENITAL_ANOMALY'];
/** The API's fields of the report; the controls are named `adverseEvent.<field>`, apart from the CRF's on the same page. */
const FIELDS = ['name', 'onsetOn', 'outcomeOn', 'outcome', 'otherTreatment', 'seriousnessCriteria', 'severity', 'causality'];

/**
 * [T9.5] The adverse event template: name, onset, outcome and its date, other treatment,
 * seriousness [T9.6.1], severity and causality. The checks are the API's (an outcome
 * reached has its date, no onset before the procedure, a death is serious), shown next to
 * the field they name; a field left unchosen is named before sending.
 */
export function AdverseEventForm({ registrationNumber, onReported }: { registrationNumber: string; onReported(serious: boolean): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [onsetOn, setOnsetOn] = useState('');
  const [outcome, setOutcome] = useState<AdverseEventOutcome | ''>('');
  const [outcomeOn, setOutcomeOn] = useState('');
  const [otherTreatment, setOtherTreatment] = useState<AdverseEventTreatment | ''>('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [causality, setCausality] = useState<Causality | ''>('');
  const [criteria, setCriteria] = useState<SeriousnessCriterion[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [report, reporting] = useMutation(ReportAdverseEvent, { refetchQueries: ['SiteCaseRecords'], awaitRefetchQueries: true });
  const at = (field: string) => (refusal?.field === field ? refusal.text : undefined);
  const options = <T extends string>(values: T[], key: string) => values.map((v) => ({ value: v, label: t(`siteRecords.adverseEvents.${key}.${v}`) }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = (
      [
        ['name', name.trim()],
        ['onsetOn', onsetOn],
        ['outcome', outcome],
        ['otherTreatment', otherTreatment],
        ['severity', severity],
        ['causality', causality],
      ] as const
    ).find(([, v]) => !v);
    if (missing) {
      setRefusal({ field: missing[0], text: t('site.invalid.required') });
      return;
    }
    setRefusal(null);
    try {
      const result = await report({
        variables: {
          input: {
            registrationNumber,
            name,
            onsetOn,
            outcomeOn: outcomeOn || null,
            outcome: outcome as AdverseEventOutcome,
            otherTreatment: otherTreatment as AdverseEventTreatment,
            seriousnessCriteria: criteria,
            severity: severity as Severity,
            causality: causality as Causality,
          },
        },
      });
      setName('');
      setOnsetOn('');
      setOutcome('');
      setOutcomeOn('');
      setOtherTreatment('');
      setSeverity('');
      setCausality('');
      setCriteria([]);
      onReported(result.data?.reportAdverseEvent.serious ?? false);
    } catch (error) {
      setRefusal(recordRefusal(error, t, 'adverseEvent', FIELDS));
    }
  }

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="adverse-event-form-heading">
      <h3 id="adverse-event-form-heading">{t('siteRecords.adverseEvents.formHeading')}</h3>
      <div className="crf-grid">
        <TextField name="adverseEvent.name" label={t('siteRecords.adverseEvents.name')} value={name} onChange={setName} message={at('name')} />
        <TextField name="adverseEvent.onsetOn" type="date" label={t('siteRecords.adverseEvents.onsetOn')} value={onsetOn} onChange={setOnsetOn} message={at('onsetOn')} />
        <SelectField name="adverseEvent.outcome" label={t('siteRecords.adverseEvents.outcome')} value={outcome} placeholder={t('site.choose')} onChange={(v) => setOutcome(v as AdverseEventOutcome)} options={options(OUTCOMES, 'outcomes')} message={at('outcome')} />
        <TextField name="adverseEvent.outcomeOn" type="date" label={t('siteRecords.adverseEvents.outcomeOn')} value={outcomeOn} onChange={setOutcomeOn} message={at('outcomeOn')} />
        <SelectField name="adverseEvent.otherTreatment" label={t('siteRecords.adverseEvents.otherTreatment')} value={otherTreatment} placeholder={t('site.choose')} onChange={(v) => setOtherTreatment(v as AdverseEventTreatment)} options={options(TREATMENTS, 'treatments')} message={at('otherTreatment')} />
        <SelectField name="adverseEvent.severity" label={t('siteRecords.adverseEvents.severity')} value={severity} placeholder={t('site.choose')} onChange={(v) => setSeverity(v as Severity)} options={options(SEVERITIES, 'severities')} message={at('severity')} />
        <SelectField name="adverseEvent.causality" label={t('siteRecords.adverseEvents.causality')} value={causality} placeholder={t('site.choose')} onChange={(v) => setCausality(v as Causality)} options={options(CAUSALITIES, 'causalities')} message={at('causality')} />
      </div>
      <Fieldset legend={t('siteRecords.adverseEvents.seriousLegend')}>
        <p className="meta">{t('siteRecords.adverseEvents.seriousHint')}</p>
        {at('seriousnessCriteria') && (
          <p id="msg-seriousnessCriteria" className="error">
            {at('seriousnessCriteria')}
          </p>
        )}
        <div className="crf-grid">
          {CRITERIA.map((c) => (
            <CheckField key={c} name={`adverseEvent.seriousnessCriteria.${c}`} label={t(`siteRecords.adverseEvents.criteria.${c}`)} checked={criteria.includes(c)} onChange={(on) => setCriteria(on ? [...criteria, c] : criteria.filter((x) => x !== c))} />
          ))}
        </div>
      </Fieldset>
      {refusal && refusal.field === null && (
        <p role="alert" className="error">
          {refusal.text}
        </p>
      )}
      <button type="submit" disabled={reporting.loading}>
        {t('siteRecords.adverseEvents.submit')}
      </button>
    </form>
  );
}
