import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../errors';
import { SubmitRead } from './documents';
import { BOOLEAN_FIELDS, CTO_STATUSES, FIELDS, PERFORATIONS, TIMI, type Field, type Judgement } from './judgement';

type Draft = Partial<Record<Field, string | boolean>>;

/** The field a refusal names (docs/errors.md: `field` or the end of `fieldPath`). */
function refusedField(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const ext = error.errors[0]?.extensions ?? {};
  if (typeof ext['field'] === 'string') return ext['field'].split('.').pop();
  const path = ext['fieldPath'];
  return Array.isArray(path) ? String(path[path.length - 1]) : undefined;
}

/**
 * The reader's independent read, from the images alone [R25][R26]: final once submitted.
 * Range checks are shown next to their field before anything is sent.
 */
export function ReadForm({ registrationNumber, onSubmitted }: { registrationNumber: string; onSubmitted(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => Object.fromEntries([...BOOLEAN_FIELDS].map((f) => [f, false])));
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const [submit, { loading, error }] = useMutation(SubmitRead, { onCompleted: onSubmitted });
  const set = (field: Field, value: string | boolean) => setDraft({ ...draft, [field]: value });
  const serverField = refusedField(error);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const residual = Number(draft.residualStenosis);
    const problems: Partial<Record<Field, string>> = {};
    if (draft.residualStenosis === undefined || draft.residualStenosis === '' || !Number.isInteger(residual) || residual < 0 || residual > 100) {
      problems.residualStenosis = t('coreLab.read.residualRange');
    }
    for (const f of ['ctoStatus', 'timiBefore', 'timiAfter', 'perforation'] as const) if (!draft[f]) problems[f] = t('coreLab.read.required');
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    const judgement = {
      ...Object.fromEntries([...BOOLEAN_FIELDS].map((f) => [f, draft[f] === true])),
      ctoStatus: draft.ctoStatus,
      perforation: draft.perforation,
      timiBefore: Number(draft.timiBefore),
      timiAfter: Number(draft.timiAfter),
      residualStenosis: residual,
    } as Judgement;
    void submit({ variables: { registrationNumber, judgement } }).catch(() => undefined);
  };

  const message = (field: Field) => invalid[field] ?? (serverField === field && error ? errorMessage(error, t) : undefined);
  const described = (field: Field) => (message(field) ? { 'aria-describedby': `read-${field}-error`, 'aria-invalid': true } : {});
  const note = (field: Field) =>
    message(field) && (
      <span id={`read-${field}-error`} className="error">
        {message(field)}
      </span>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-labelledby="read-heading">
      <h2 id="read-heading">{t('coreLab.read.heading')}</h2>
      {FIELDS.map((field) => {
        const id = `read-${field}`;
        const label = t(`coreLab.fields.${field}`);
        if (BOOLEAN_FIELDS.has(field)) {
          return (
            <p key={field}>
              <input id={id} type="checkbox" checked={draft[field] === true} onChange={(e) => set(field, e.target.checked)} /> <label htmlFor={id}>{label}</label>
            </p>
          );
        }
        if (field === 'residualStenosis') {
          return (
            <p key={field}>
              <label htmlFor={id}>{label}</label>{' '}
              <input id={id} type="number" min={0} max={100} step={1} inputMode="numeric" value={String(draft[field] ?? '')} onChange={(e) => set(field, e.target.value)} {...described(field)} /> {note(field)}
            </p>
          );
        }
        const options: readonly (string | number)[] = field === 'ctoStatus' ? CTO_STATUSES : field === 'perforation' ? PERFORATIONS : TIMI;
        return (
          <p key={field}>
            <label htmlFor={id}>{label}</label>{' '}
            <select id={id} value={String(draft[field] ?? '')} onChange={(e) => set(field, e.target.value)} {...described(field)}>
              <option value="">{t('coreLab.read.choose')}</option>
              {options.map((o) => (
                <option key={o} value={String(o)}>
                  {field === 'ctoStatus' ? t(`coreLab.ctoStatus.${o}`) : field === 'perforation' ? t(`coreLab.perforation.${o}`) : String(o)}
                </option>
              ))}
            </select>{' '}
            {note(field)}
          </p>
        );
      })}
      <button type="submit" disabled={loading}>
        {t('coreLab.read.submit')}
      </button>
      {error && !serverField && (
        <p role="alert" className="error">
          {errorMessage(error, t)}
        </p>
      )}
    </form>
  );
}
