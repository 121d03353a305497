import type { ReactNode } from 'react';

/** The id of a field's message, for `aria-describedby`. */
const messageId = (name: string) => `msg-${name.replace(/[^A-Za-z0-9]/g, '-')}`;
/** The control's id, for its label. */
const controlId = (name: string) => `field-${name.replace(/[^A-Za-z0-9]/g, '-')}`;

interface Common {
  /** The API's path of the field without `input.`, e.g. `lesion.segment`. */
  name: string;
  label: string;
  /** The message next to the field, when the API (or the page) refused it. */
  message?: string | undefined;
  disabled?: boolean;
}

function Message({ name, message }: { name: string; message: string | undefined }) {
  return message ? (
    <span id={messageId(name)} className="error">
      {message}
    </span>
  ) : null;
}

export function TextField(props: Common & { value: string; onChange(value: string): void; type?: 'text' | 'date' | 'number' | 'password'; step?: string; autoComplete?: string }) {
  return (
    <div className="field">
      <label htmlFor={controlId(props.name)}>{props.label}</label>
      <input
        id={controlId(props.name)}
        name={props.name}
        type={props.type ?? 'text'}
        step={props.step}
        inputMode={props.type === 'number' ? 'decimal' : undefined}
        autoComplete={props.autoComplete ?? 'off'}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.message ? true : undefined}
        aria-describedby={props.message ? messageId(props.name) : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <Message name={props.name} message={props.message} />
    </div>
  );
}

export function CheckField(props: Common & { checked: boolean; onChange(checked: boolean): void }) {
  return (
    <span className="field">
      <label className="check">
        <input
          type="checkbox"
          name={props.name}
          checked={props.checked}
          disabled={props.disabled}
          aria-invalid={props.message ? true : undefined}
          aria-describedby={props.message ? messageId(props.name) : undefined}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        {props.label}
      </label>
      <Message name={props.name} message={props.message} />
    </span>
  );
}

export function SelectField(props: Common & { value: string; onChange(value: string): void; options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <div className="field">
      <label htmlFor={controlId(props.name)}>{props.label}</label>
      <select
        id={controlId(props.name)}
        name={props.name}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.message ? true : undefined}
        aria-describedby={props.message ? messageId(props.name) : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Message name={props.name} message={props.message} />
    </div>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="site-fieldset">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
