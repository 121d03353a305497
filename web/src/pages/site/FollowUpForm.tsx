import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicalEventType, VitalStatus } from '../../gql/graphql';
import { Fieldset, SelectField, TextField } from './fields';
import { recordRefusal, type Refusal } from './records-errors';
import { RecordFollowUp } from './records-documents';
import { todayInJapan } from '../../format';

const EVENT_TYPES: ClinicalEventType[] = [
  'DEATH',
  'CARDIAC_DEATH',
  'MYOCARDIAL_INFARCTION',
  'TARGET_VESSEL_REVASCULARIZATION',
  'TARGET_LESION_REVASCULARIZATION',
  'STENT_THROMBOSIS',
  'STROKE',
  'HEART_FAILURE_HOSPITALIZATION',
  'OTHER',
];

interface EventRow {
  type: ClinicalEventType | '';
  occurredOn: string;
  note: string;
}

/**
 * One year's follow-up [R19]: the day of the contact (today by default), the vital status
 * and the clinical events since the last contact. Every check is the API's (the window, the
 * dates, a death recorded as an event), shown next to the field it names.
 */
export function FollowUpForm(props: { registrationNumber: string; year: number; procedureDate: string; onRecorded(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [contactedOn, setContactedOn] = useState(todayInJapan());
  const [vitalStatus, setVitalStatus] = useState<VitalStatus>('ALIVE');
  const [events, setEvents] = useState<EventRow[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [record, recording] = useMutation(RecordFollowUp);
  const at = (name: string) => (refusal?.field === name ? refusal.text : undefined);
  const fields = ['contactedOn', 'vitalStatus', 'events', ...events.flatMap((_, i) => [`events.${i}.type`, `events.${i}.occurredOn`, `events.${i}.note`])];
  const setEvent = (i: number, change: Partial<EventRow>) => setEvents(events.map((e, j) => (j === i ? { ...e, ...change } : e)));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const untyped = events.findIndex((e) => !e.type);
    if (untyped >= 0) {
      setRefusal({ field: `events.${untyped}.type`, text: t('site.invalid.required') });
      return;
    }
    setRefusal(null);
    try {
      await record({
        variables: {
          input: {
            registrationNumber: props.registrationNumber,
            year: props.year,
            contactedOn,
            vitalStatus,
            events: events.map((e) => ({ type: e.type as ClinicalEventType, occurredOn: e.occurredOn, note: e.note.trim() || null })),
          },
        },
      });
      props.onRecorded();
    } catch (error) {
      setRefusal(recordRefusal(error, t, 'followUp', fields));
    }
  }

  return (
    <form id="follow-up-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="follow-up-form-heading">
      <h2 id="follow-up-form-heading">{t('siteRecords.followUps.formHeading', { number: props.registrationNumber, year: props.year })}</h2>
      <p className="meta">{t('siteRecords.followUps.procedureOn', { date: props.procedureDate })}</p>
      <div className="crf-grid">
        <TextField name="contactedOn" type="date" label={t('siteRecords.followUps.contactedOn')} value={contactedOn} onChange={setContactedOn} message={at('contactedOn')} />
        <SelectField
          name="vitalStatus"
          label={t('siteRecords.followUps.vitalStatus')}
          value={vitalStatus}
          onChange={(v) => setVitalStatus(v as VitalStatus)}
          options={(['ALIVE', 'DEAD'] as const).map((v) => ({ value: v, label: t(`siteRecords.followUps.vital.${v}`) }))}
          message={at('vitalStatus')}
        />
      </div>
      <Fieldset legend={t('siteRecords.followUps.events')}>
        {events.length === 0 && <p className="meta">{t('siteRecords.followUps.noEvents')}</p>}
        {at('events') && (
          <p id="msg-events" className="error">
            {at('events')}
          </p>
        )}
        <ol className="strategies">
          {events.map((e, i) => (
            <li key={i}>
              <SelectField
                name={`events.${i}.type`}
                label={t('siteRecords.followUps.eventType', { n: i + 1 })}
                value={e.type}
                placeholder={t('site.choose')}
                onChange={(v) => setEvent(i, { type: v as ClinicalEventType })}
                options={EVENT_TYPES.map((v) => ({ value: v, label: t(`siteRecords.followUps.eventTypes.${v}`) }))}
                message={at(`events.${i}.type`)}
              />
              <TextField name={`events.${i}.occurredOn`} type="date" label={t('siteRecords.followUps.eventOn', { n: i + 1 })} value={e.occurredOn} onChange={(v) => setEvent(i, { occurredOn: v })} message={at(`events.${i}.occurredOn`)} />
              <TextField name={`events.${i}.note`} label={t('siteRecords.followUps.eventNote', { n: i + 1 })} value={e.note} onChange={(v) => setEvent(i, { note: v })} message={at(`events.${i}.note`)} />
              <button type="button" onClick={() => setEvents(events.filter((_, j) => j !== i))}>
                {t('siteRecords.followUps.removeEvent', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => setEvents([...events, { type: '', occurredOn: '', note: '' }])}>
          {t('siteRecords.followUps.addEvent')}
        </button>
      </Fieldset>
      {refusal && refusal.field === null && (
        <p role="alert" className="error">
          {refusal.text}
        </p>
      )}
      <p className="paging">
        <button type="submit" disabled={recording.loading}>
          {t('siteRecords.followUps.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('siteRecords.cancel')}
        </button>
      </p>
    </form>
  );
}
