import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CtoVessel } from '@registry/scores';
import type { SiteFormFragment } from '../../gql/graphql';
import { draftOf, inputOf, SECTIONS, STRATEGIES, type FieldSpec, type FormDraft, type SectionKey, type Strategy } from './crf-fields';
import { SaveForm, SubmitForm } from './documents';
import { CheckField, Fieldset, SelectField, TextField } from './fields';
import { LiveScores } from './LiveScores';
import { fieldMessage, fieldProblems, siteError, type FieldProblem } from './site-errors';

interface Props {
  registrationNumber: string;
  vessel: CtoVessel;
  ageAtProcedure: number | null;
  form: SiteFormFragment;
}

/**
 * The CTO-PCI form of one case [T14.1]: every section on one page, the lesion scores
 * computed as the items are ticked, a draft saved as often as wanted (only the sections
 * entered are sent; the API merges them over what is saved), then submitted. After
 * submission a change needs a reason, and it voids the signature. The API's refusals are
 * shown next to the field they name.
 */
export function CaseReportForm({ registrationNumber, vessel, ageAtProcedure, form }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FormDraft>(() => draftOf(form));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [empty, setEmpty] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [save, saving] = useMutation(SaveForm, { refetchQueries: ['SiteCase'], awaitRefetchQueries: true });
  const [submitForm, submitting] = useMutation(SubmitForm, { refetchQueries: ['SiteCase'], awaitRefetchQueries: true });
  const locked = form.state === 'LOCKED';
  // A save or submit answers the form as stored: the page shows that from now on.
  useEffect(() => setDraft(draftOf(form)), [form]);

  const setValue = (section: SectionKey, path: string, value: string | boolean) =>
    setDraft((d) => ({ ...d, values: { ...d.values, [`${section}.${path}`]: value }, entered: new Set(d.entered).add(section) }));

  const messageOf = (field: string, spec?: FieldSpec) => {
    if (empty.includes(field)) return t('site.invalid.required');
    const problem = problems.find((p) => p.field === field);
    if (!problem) return undefined;
    return fieldMessage(problem, t, spec?.type.kind === 'number' ? { min: spec.type.min, max: spec.type.max } : undefined);
  };

  async function onSave() {
    setStatus(null);
    setProblems([]);
    const { sections, empty: missing } = inputOf(draft);
    setEmpty(missing);
    if (missing.length > 0) {
      setStatus({ ok: false, text: t('site.crf.fillIn', { count: missing.length }) });
      return;
    }
    if (Object.keys(sections).length === 0) {
      setStatus({ ok: false, text: t('site.crf.nothingEntered') });
      return;
    }
    try {
      await save({ variables: { input: { registrationNumber, ...sections, reason: reason.trim() || null } as never } });
      setReason('');
      setStatus({ ok: true, text: t('site.crf.saved') });
    } catch (error) {
      setProblems(fieldProblems(error));
      setStatus({ ok: false, text: siteError(error, t) });
    }
  }

  async function onSubmit() {
    setStatus(null);
    try {
      await submitForm({ variables: { registrationNumber } });
      setStatus({ ok: true, text: t('site.crf.submittedNow') });
    } catch (error) {
      setStatus({ ok: false, text: siteError(error, t) });
    }
  }

  const field = (section: SectionKey, spec: FieldSpec) => {
    const key = `${section}.${spec.path}`;
    const name = `${section}.${spec.path}`;
    const label = t(`site.crf.fields.${key}`);
    const value = draft.values[key];
    const message = messageOf(`input.${key}`, spec);
    if (spec.type.kind === 'bool') return <CheckField key={key} name={name} label={label} checked={value === true} disabled={locked} onChange={(v) => setValue(section, spec.path, v)} message={message} />;
    if (spec.type.kind === 'enum') {
      return (
        <SelectField
          key={key}
          name={name}
          label={label}
          value={String(value ?? '')}
          disabled={locked}
          placeholder={spec.optional ? t('site.crf.none') : t('site.choose')}
          options={spec.type.options.map((o) => ({ value: o, label: t(`site.crf.options.${o}`) }))}
          onChange={(v) => setValue(section, spec.path, v)}
          message={message}
        />
      );
    }
    return (
      <TextField
        key={key}
        name={name}
        label={spec.type.kind === 'number' ? t('site.crf.withRange', { label, min: spec.type.min, max: spec.type.max }) : label}
        type={spec.type.kind === 'number' ? 'number' : 'text'}
        step={spec.type.kind === 'number' && !spec.type.int ? 'any' : undefined}
        value={String(value ?? '')}
        disabled={locked}
        onChange={(v) => setValue(section, spec.path, v)}
        message={message}
      />
    );
  };

  const strategyRows = (
    <Fieldset legend={t('site.crf.strategies')}>
      <ol className="strategies">
        {draft.strategies.map((s, i) => (
          <li key={i}>
            <SelectField
              name={`procedure.strategies.${i}`}
              label={t('site.crf.strategyN', { n: i + 1 })}
              value={s.strategy}
              placeholder={t('site.choose')}
              disabled={locked}
              options={STRATEGIES.map((o) => ({ value: o, label: t(`site.crf.options.${o}`) }))}
              onChange={(v) => setDraft((d) => ({ ...d, strategies: d.strategies.map((r, j) => (j === i ? { ...r, strategy: v as Strategy } : r)), entered: new Set(d.entered).add('procedure') }))}
              message={messageOf(`input.procedure.strategies.${i}`)}
            />
            <CheckField
              name={`procedure.strategies.${i}.crossed`}
              label={t('site.crf.crossed', { n: i + 1 })}
              checked={s.crossed}
              disabled={locked}
              onChange={(v) => setDraft((d) => ({ ...d, strategies: d.strategies.map((r, j) => (j === i ? { ...r, crossed: v } : r)), entered: new Set(d.entered).add('procedure') }))}
            />
          </li>
        ))}
      </ol>
      {!locked && draft.strategies.length < STRATEGIES.length && (
        <button type="button" onClick={() => setDraft((d) => ({ ...d, strategies: [...d.strategies, { strategy: '', crossed: false }] }))}>
          {t('site.crf.addStrategy')}
        </button>
      )}
      {messageOf('input.procedure.strategies') && <span className="error">{messageOf('input.procedure.strategies')}</span>}
    </Fieldset>
  );

  return (
    <section aria-labelledby="crf-heading">
      <h2 id="crf-heading">{t('site.crf.heading')}</h2>
      <p className="meta">{t(`site.crf.state.${form.state}`)}</p>
      <LiveScores draft={draft} vessel={vessel} ageAtProcedure={ageAtProcedure} />
      <form noValidate className="crf" onSubmit={(e) => { e.preventDefault(); void onSave(); }}>
        {SECTIONS.map((section) => (
          <Fieldset key={section.key} legend={t(`site.crf.sections.${section.api}`)}>
            <div className="crf-grid">{section.fields.map((f) => field(section.key, f))}</div>
            {section.key === 'procedure' && strategyRows}
          </Fieldset>
        ))}
        {form.state === 'SUBMITTED' && <TextField name="reason" label={t('site.crf.reason')} value={reason} onChange={setReason} message={messageOf('input.reason')} />}
        {status && (
          <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'notice' : 'error'}>
            {status.text}
          </p>
        )}
        {!locked && (
          <div className="filter-actions">
            <button type="submit" disabled={saving.loading}>
              {t('site.crf.save')}
            </button>
            {form.state === 'DRAFT' && (
              <button type="button" disabled={submitting.loading} onClick={() => void onSubmit()}>
                {t('site.crf.submit')}
              </button>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
