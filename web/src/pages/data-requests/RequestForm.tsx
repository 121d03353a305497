import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth';
import type { DataRequestInput, DataRequestPurpose } from '../../gql/graphql';
import { QueryState } from '../Status';
import { dataRequestError, mayAskOtherPurpose, refusedRequestField, type RequestField } from './data-request-errors';
import { DataRequestChoices } from './documents';

/** An age X25519 recipient: `age1` and 58 bech32 characters. The API checks it for real; this only catches a paste of the wrong thing. */
const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

export type RequestValues = Omit<DataRequestInput, 'pledgeAccepted'>;

const EMPTY: RequestValues = { recipientName: '', purpose: 'RESEARCH', title: '', plan: '', items: [], years: [], fullDates: false, recipientPublicKey: '' };

/**
 * The request form, to file or to revise [R21a–c]: the sub-analysis plan, the items chosen
 * from the published data dictionary, the years (presented, so frozen, years only [R27]),
 * the recipient's age public key and the confidentiality pledge. Checked here first, then by
 * the API, whose refusal is shown beside the field it names.
 */
export function RequestForm({ initial, submitLabel, onSubmit }: { initial?: RequestValues; submitLabel: string; onSubmit(input: DataRequestInput): Promise<unknown> }) {
  const { t } = useTranslation();
  const roles = useAuth().session?.viewer.roles ?? [];
  const choices = useQuery(DataRequestChoices);
  const [v, setV] = useState<RequestValues>(initial ?? EMPTY);
  const [pledge, setPledge] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<RequestField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const set = <K extends keyof RequestValues>(key: K, value: RequestValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const toggle = <T,>(list: readonly T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: Partial<Record<RequestField, string>> = {};
    if (!v.recipientName.trim()) next.recipientName = t('dataRequests.form.required');
    if (!v.title.trim()) next.title = t('dataRequests.form.required');
    if (!v.plan.trim()) next.plan = t('dataRequests.form.required');
    if (v.items.length === 0) next.items = t('dataRequests.form.chooseItem');
    if (v.years.length === 0) next.years = t('dataRequests.form.chooseYear');
    if (!AGE_RECIPIENT.test(v.recipientPublicKey.trim())) next.recipientPublicKey = t('dataRequests.errors.input.recipientPublicKey');
    if (!pledge) next.pledgeAccepted = t('dataRequests.errors.R21a');
    setErrors(next);
    setFailure(null);
    if (Object.keys(next).length > 0) return;
    setSending(true);
    try {
      await onSubmit({ ...v, recipientPublicKey: v.recipientPublicKey.trim(), years: [...v.years].sort((a, b) => a - b), pledgeAccepted: pledge });
    } catch (error) {
      const field = refusedRequestField(error);
      const message = dataRequestError(error, t);
      if (field) setErrors({ [field]: message });
      else setFailure(message);
    } finally {
      setSending(false);
    }
  };

  const fieldError = (field: RequestField) =>
    errors[field] ? (
      <p className="error" id={`request-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;
  const described = (field: RequestField, hint?: string) => [errors[field] ? `request-${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  const dictionary = choices.data?.dataDictionary ?? [];
  const years = choices.data?.dataRequestYears ?? [];
  const purposes: DataRequestPurpose[] = mayAskOtherPurpose(roles) ? ['RESEARCH', 'OTHER'] : ['RESEARCH'];
  const group = (legend: ReactNode, field: RequestField, children: ReactNode) => (
    <fieldset aria-describedby={described(field)}>
      <legend>{legend}</legend>
      {children}
      {fieldError(field)}
    </fieldset>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="request-form">
      <QueryState loading={choices.loading && !choices.data} error={choices.error} />
      <label htmlFor="request-recipientName">{t('dataRequests.form.recipientName')}</label>
      <input id="request-recipientName" value={v.recipientName} onChange={(e) => set('recipientName', e.target.value)} aria-invalid={!!errors.recipientName} aria-describedby={described('recipientName')} />
      {fieldError('recipientName')}
      {group(
        t('dataRequests.form.purpose'),
        'purpose',
        purposes.map((p) => (
          <p key={p}>
            <input id={`request-purpose-${p}`} type="radio" name="request-purpose" checked={v.purpose === p} onChange={() => set('purpose', p)} /> <label htmlFor={`request-purpose-${p}`}>{t(`dataRequests.purpose.${p}`)}</label>
          </p>
        )),
      )}
      <label htmlFor="request-title">{t('dataRequests.form.title')}</label>
      <input id="request-title" value={v.title} onChange={(e) => set('title', e.target.value)} aria-invalid={!!errors.title} aria-describedby={described('title')} />
      {fieldError('title')}
      <label htmlFor="request-plan">{t('dataRequests.form.plan')}</label>
      <textarea id="request-plan" rows={6} value={v.plan} onChange={(e) => set('plan', e.target.value)} aria-invalid={!!errors.plan} aria-describedby={described('plan', 'request-plan-hint')} />
      <p className="meta" id="request-plan-hint">
        {t('dataRequests.form.planHint')}
      </p>
      {fieldError('plan')}
      {group(
        t('dataRequests.form.items'),
        'items',
        <ul className="choices">
          {dictionary.map((item) => (
            <li key={item.id}>
              <input id={`request-item-${item.id}`} type="checkbox" checked={v.items.includes(item.id)} onChange={() => set('items', toggle(v.items, item.id))} aria-describedby={`request-item-${item.id}-about`} />{' '}
              <label htmlFor={`request-item-${item.id}`}>
                {t(`dataRequests.item.${item.id}`, { defaultValue: item.label })} (<code>{item.id}</code>)
              </label>
              <span className="meta" id={`request-item-${item.id}-about`}>
                {' '}
                {t(`dataRequests.source.${item.source}`)} · {item.dataType} · {item.description}
                {item.identifying && <strong className="identifying"> · {t('dataRequests.form.identifying')}</strong>}
              </span>
            </li>
          ))}
        </ul>,
      )}
      {group(
        t('dataRequests.form.years'),
        'years',
        years.length === 0 ? (
          <p>{t('dataRequests.form.noYears')}</p>
        ) : (
          <>
            <p className="meta">{t('dataRequests.form.yearsHint')}</p>
            {years.map((y) => (
              <span key={y} className="choice">
                <input id={`request-year-${y}`} type="checkbox" checked={v.years.includes(y)} onChange={() => set('years', toggle(v.years, y))} /> <label htmlFor={`request-year-${y}`}>{t('dataRequests.year', { year: y })}</label>{' '}
              </span>
            ))}
          </>
        ),
      )}
      <p>
        <input id="request-fullDates" type="checkbox" checked={v.fullDates} onChange={(e) => set('fullDates', e.target.checked)} aria-describedby="request-fullDates-hint" /> <label htmlFor="request-fullDates">{t('dataRequests.form.fullDates')}</label>
      </p>
      <p className="meta" id="request-fullDates-hint">
        {t('dataRequests.form.fullDatesHint')}
      </p>
      <label htmlFor="request-recipientPublicKey">{t('dataRequests.form.publicKey')}</label>
      <input
        id="request-recipientPublicKey"
        className="key"
        spellCheck={false}
        autoComplete="off"
        placeholder="age1…"
        value={v.recipientPublicKey}
        onChange={(e) => set('recipientPublicKey', e.target.value)}
        aria-invalid={!!errors.recipientPublicKey}
        aria-describedby={described('recipientPublicKey', 'request-key-hint')}
      />
      <p className="meta" id="request-key-hint">
        {t('dataRequests.form.publicKeyHint')}
      </p>
      {fieldError('recipientPublicKey')}
      <div className="card">
        <h2>{t('dataRequests.pledge.heading')}</h2>
        <p className="body">{t('dataRequests.pledge.text')}</p>
        <p>
          <input id="request-pledge" type="checkbox" checked={pledge} onChange={(e) => setPledge(e.target.checked)} aria-invalid={!!errors.pledgeAccepted} aria-describedby={described('pledgeAccepted')} /> <label htmlFor="request-pledge">{t('dataRequests.pledge.accept')}</label>
        </p>
        {fieldError('pledgeAccepted')}
      </div>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <button type="submit" disabled={sending}>
        {sending ? t('dataRequests.sending') : submitLabel}
      </button>
    </form>
  );
}
