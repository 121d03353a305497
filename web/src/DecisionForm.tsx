import { useState, type FormEvent, type ReactNode } from 'react';

/** A choice of decisions, as radio buttons under a legend. */
export interface DecisionChoices<C extends string> {
  legend: string;
  /** The radio group's name. */
  name: string;
  options: readonly { value: C; label: string }[];
  initial: C;
}

export interface DecisionFormProps<C extends string> {
  /** Prefix of the form's element ids: `{id}-heading`, `{id}-{field}`, `{id}-error`, `{id}-{choice}`. */
  id: string;
  /** The reason's id after the prefix: `reason` unless said (a recommendation's `letter`). */
  field?: string | undefined;
  heading: string;
  intro?: string | undefined;
  /** Without it, the form is a reason (a letter) alone. */
  choices?: DecisionChoices<C> | undefined;
  reasonLabel: string;
  rows?: number | undefined;
  submitLabel: string;
  sendingLabel: string;
  /** The message when the reason may not be empty for this choice; null when it may. */
  reasonMissing(choice: C | null): string | null;
  /** Sends the decision (the reason trimmed); a refusal is thrown. */
  submit(choice: C | null, reason: string): Promise<void>;
  /** A refusal in the user's language, by the area's rules. */
  describeError(error: unknown, choice: C | null): string;
  /** What the decision also needs, shown between the choices and the reason (a review's approval of identity). */
  extra?: ReactNode;
  /** Empties the reason once sent (a letter written again from nothing). */
  clearOnDone?: boolean | undefined;
}

/**
 * A decision with its reason, the shape the reviews and decisions share: the steering
 * committee's review of a data request [R39], its decision on an application [R11][R37]
 * and an operator's recommendation letter [R11]. The reason is checked before anything is
 * sent; a refusal is shown next to it, tied to the field by `aria-describedby`.
 */
export function DecisionForm<C extends string>(props: DecisionFormProps<C>) {
  const { id, choices } = props;
  const field = `${id}-${props.field ?? 'reason'}`;
  const [choice, setChoice] = useState<C | null>(choices?.initial ?? null);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const text = reason.trim();
    const missing = text ? null : props.reasonMissing(choice);
    if (missing) return setFailure(missing);
    setFailure(null);
    setSending(true);
    try {
      await props.submit(choice, text);
      if (props.clearOnDone) setReason('');
    } catch (error) {
      setFailure(props.describeError(error, choice));
    } finally {
      setSending(false);
    }
  };
  return (
    <form onSubmit={(e) => void send(e)} noValidate className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{props.heading}</h2>
      {props.intro && <p className="meta">{props.intro}</p>}
      {choices && (
        <fieldset>
          <legend>{choices.legend}</legend>
          {choices.options.map((o) => (
            <p key={o.value}>
              <input id={`${id}-${o.value}`} type="radio" name={choices.name} checked={choice === o.value} onChange={() => setChoice(o.value)} />{' '}
              <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
            </p>
          ))}
        </fieldset>
      )}
      {props.extra}
      <label htmlFor={field}>{props.reasonLabel}</label>
      <textarea id={field} rows={props.rows ?? 3} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={failure ? `${id}-error` : undefined} />
      {failure && (
        <p role="alert" className="error" id={`${id}-error`}>
          {failure}
        </p>
      )}
      <button type="submit" disabled={sending}>
        {sending ? props.sendingLabel : props.submitLabel}
      </button>
    </form>
  );
}
