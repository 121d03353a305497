import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../errors';
import type { CoreLabCaseViewQuery, CoreLabDecisionsInput } from '../../gql/graphql';
import { ResolveDiscordance } from './documents';
import { isField, showValue, type Field } from './judgement';

type CoreLabCase = NonNullable<CoreLabCaseViewQuery['coreLabCase']>;

/** The supervisor decides the discordant fields, and only those, with both reads side by side [R26]. */
export function DiscordancePanel({ coreLabCase, onDecided }: { coreLabCase: CoreLabCase; onDecided(): void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Partial<Record<Field, 0 | 1>>>({});
  const [resolve, { loading, error }] = useMutation(ResolveDiscordance, { onCompleted: onDecided });
  const [a, b] = coreLabCase.reads;
  const fields = (coreLabCase.discordantFields ?? []).filter(isField);
  if (!a || !b) return null;
  const complete = fields.every((f) => choice[f] !== undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const decisions = Object.fromEntries(fields.map((f) => [f, (choice[f] === 0 ? a : b).judgement[f]])) as CoreLabDecisionsInput;
    void resolve({ variables: { registrationNumber: coreLabCase.registrationNumber, decisions } }).catch(() => undefined);
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby="discordance-heading">
      <h2 id="discordance-heading">{t('coreLab.supervise.heading')}</h2>
      <p>{t('coreLab.supervise.explain', { count: fields.length })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('coreLab.supervise.field')}</th>
            <th scope="col">{t('coreLab.supervise.reader', { slot: 1 })}</th>
            <th scope="col">{t('coreLab.supervise.reader', { slot: 2 })}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">{t(`coreLab.fields.${field}`)}</th>
              {([a, b] as const).map((read, i) => {
                const id = `decide-${field}-${i}`;
                return (
                  <td key={id}>
                    <input id={id} type="radio" name={`decide-${field}`} checked={choice[field] === i} onChange={() => setChoice({ ...choice, [field]: i as 0 | 1 })} />{' '}
                    <label htmlFor={id}>{t('coreLab.supervise.adopt', { value: showValue(field, read.judgement[field], t), slot: i + 1 })}</label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" disabled={loading || !complete}>
        {t('coreLab.supervise.submit')}
      </button>
      {error && (
        <p role="alert" className="error">
          {errorMessage(error, t)}
        </p>
      )}
    </form>
  );
}
