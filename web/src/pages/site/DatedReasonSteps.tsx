import type { ComponentProps, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ConfirmDialog';
import { TextField } from './fields';
import type { Refusal } from './records-errors';

type Field = Omit<ComponentProps<typeof TextField>, 'type'>;

/**
 * The form of a dated act on a case that cannot be undone (consent withdrawal [T8], lost to
 * follow-up [R19]): the day and the reason, then a review before the confirmation below.
 */
export function DatedReasonForm(props: { id: string; heading: string; date: Field; reason: Field; refusal: Refusal | null; onReview(event: FormEvent): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <form noValidate onSubmit={props.onReview} className="narrow" aria-labelledby={`${props.id}-form-heading`}>
      <h3 id={`${props.id}-form-heading`}>{props.heading}</h3>
      <TextField {...props.date} type="date" />
      <TextField {...props.reason} />
      {props.refusal && props.refusal.field === null && (
        <p role="alert" className="error">
          {props.refusal.text}
        </p>
      )}
      <p className="paging">
        <button type="submit">{t('siteRecords.consent.review')}</button>
        <button type="button" onClick={props.onCancel}>
          {t('siteRecords.cancel')}
        </button>
      </p>
    </form>
  );
}

/** The confirmation that says what the act does, with the way back to the form. */
export function ConfirmStep(props: { id: string; heading: string; text: string; confirmLabel: string; busy: boolean; onConfirm(): void; onBack(): void }) {
  const { t } = useTranslation();
  return <ConfirmDialog {...props} className="confirm" cancelLabel={t('siteRecords.consent.back')} onCancel={props.onBack} />;
}
