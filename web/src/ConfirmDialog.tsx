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
