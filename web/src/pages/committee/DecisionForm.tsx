import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatterKind, ResultField } from '../../gql/graphql';
import { committeeError } from './committee-errors';
import { DecideMatter } from './matter-documents';

export const RESULT_FIELDS: ResultField[] = ['TECHNICAL_SUCCESS', 'PROCEDURE_SUCCESS', 'COMPLICATION', 'INDICATION_APPROPRIATE'];

/** The chair records the decision once every point is decided, and publishes the ruling [R24][R28a][R45]. */
export function DecisionForm({ matterId, kind, onDecided }: { matterId: string; kind: MatterKind; onDecided(): void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [answer, setAnswer] = useState('');
  const [changes, setChanges] = useState<Partial<Record<ResultField, 'true' | 'false'>>>({});
  const [decide, { loading, error }] = useMutation(DecideMatter, { onCompleted: onDecided });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const resultChanges = RESULT_FIELDS.filter((f) => changes[f]).map((field) => ({ field, to: changes[field] === 'true' }));
    void decide({ variables: { input: { matterId, decision, reasoning, answer, resultChanges } } }).catch(() => undefined);
  };
  return (
    <section aria-labelledby="decision-heading" className="card">
      <h2 id="decision-heading">{t('committee.decide.heading')}</h2>
      <form onSubmit={submit}>
        <label htmlFor="decision-text">{t('committee.decide.decision')}</label>
        <textarea id="decision-text" required value={decision} onChange={(e) => setDecision(e.target.value)} />
        <label htmlFor="decision-reasoning">{t('committee.decide.reasoning')}</label>
        <textarea id="decision-reasoning" required value={reasoning} onChange={(e) => setReasoning(e.target.value)} />
        <label htmlFor="decision-answer">{t('committee.decide.answer')}</label>
        <textarea id="decision-answer" required value={answer} onChange={(e) => setAnswer(e.target.value)} />
        {kind === 'OBJECTION' && (
          <fieldset>
            <legend>{t('committee.decide.resultChanges')}</legend>
            {RESULT_FIELDS.map((field) => (
              <p key={field}>
                <label htmlFor={`change-${field}`}>{t(`committee.resultField.${field}`)}</label>{' '}
                <select id={`change-${field}`} value={changes[field] ?? ''} onChange={(e) => setChanges({ ...changes, [field]: (e.target.value || undefined) as 'true' | 'false' | undefined })}>
                  <option value="">{t('committee.decide.unchanged')}</option>
                  <option value="true">{t('committee.yesNo.true')}</option>
                  <option value="false">{t('committee.yesNo.false')}</option>
                </select>
              </p>
            ))}
          </fieldset>
        )}
        <button type="submit" disabled={loading}>
          {t('committee.decide.submit')}
        </button>
        {error && (
          <p role="alert" className="error">
            {committeeError(error, t)}
          </p>
        )}
      </form>
    </section>
  );
}
