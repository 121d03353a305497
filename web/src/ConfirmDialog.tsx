import { useState } from 'react';

/**
 * The confirmation of an act that cannot be undone (presenting a year [R27], issuing its fee
 * statements [R20], a consent withdrawal or lost to follow-up [T8][R19]): what it does, the
 * confirm and the way back, and while it runs a status line for screen readers.
 */
export function ConfirmDialog(props: {
  id: string;
  heading: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  busyText?: string;
  className?: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <div role="alertdialog" aria-labelledby={`${props.id}-confirm-heading`} aria-describedby={`${props.id}-confirm-text`} className={props.className ?? 'card confirm'}>
      <h3 id={`${props.id}-confirm-heading`}>{props.heading}</h3>
      <p id={`${props.id}-confirm-text`}>{props.text}</p>
      <p className="paging">
        <button type="button" disabled={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </p>
      {props.busy && props.busyText && <p role="status">{props.busyText}</p>}
    </div>
  );
}

/**
 * A button that opens a ConfirmDialog and runs `run` on confirm, owning what such an act
 * shares (presenting a year [R27], issuing its fee statements [R20]): the dialog's state,
 * busy while `run` is pending, closed when it settles, and a refusal, described in the
 * user's language by `describeError`, in an alert line under the button.
 */
export function ConfirmAction(props: {
  id: string;
  openLabel: string;
  heading: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  busyText: string;
  className?: string;
  run(): Promise<unknown>;
  describeError(error: unknown): string;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    setFailure(null);
    setBusy(true);
    try {
      await props.run();
    } catch (error) {
      setFailure(props.describeError(error));
    }
    setBusy(false);
    setConfirming(false);
  };
  return (
    <div className={props.className}>
      {!confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          {props.openLabel}
        </button>
      )}
      {confirming && (
        <ConfirmDialog
          id={props.id}
          heading={props.heading}
          text={props.text}
          confirmLabel={props.confirmLabel}
          cancelLabel={props.cancelLabel}
          busy={busy}
          busyText={props.busyText}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
    </div>
  );
}
