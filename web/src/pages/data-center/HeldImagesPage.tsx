import { useMutation, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import type { DataCenterHeldImagesQuery } from '../../gql/graphql';
import { ViewerLoading } from '../case/viewer/ViewerLoading';
import { QueryState } from '../Status';
import { AreaNav } from './AreaNav';
import { dataCenterError, holdOf, refusedField } from './data-center-errors';
import { HeldImages, HeldImageSeries, ReviewHeldImage } from './documents';

// The case page's Cornerstone viewer, loaded only when a held file is opened.
const ImageViewer = lazy(() => import('../case/viewer/ImageViewer'));

/** The head of the queue shown at once; a decision takes a file off it and the next comes up. */
const SHOWN = 20;

type Held = DataCenterHeldImagesQuery['heldImages'][number];

/**
 * [R31] The files held for burned-in text, oldest first, as the API answers its queue: the
 * head of it, then the next files as decisions take files off. Opening one shows the frame
 * that triggered the hold in the viewer; the decision (release into the library or reject)
 * needs a reason.
 */
export function HeldImagesPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(HeldImages, { variables: { first: SHOWN + 1 }, fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<string | null>(null);
  const held = data?.heldImages ?? [];
  const shown = held.slice(0, SHOWN);
  const selected = shown.find((h) => h.sopInstanceUid === open) ?? null;
  return (
    <section aria-labelledby="held-heading">
      <AreaNav />
      <h1 id="held-heading">{t('dataCenter.held.heading')}</h1>
      <QueryState loading={loading && !data} error={error} />
      {data && (
        <>
          {shown.length === 0 ? (
            <p>{t('dataCenter.held.empty')}</p>
          ) : (
            <table>
              <caption>{t('dataCenter.held.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dataCenter.case')}</th>
                  <th scope="col">{t('dataCenter.held.uploadedAt')}</th>
                  <th scope="col">{t('dataCenter.held.reason')}</th>
                  <th scope="col">{t('dataCenter.held.frames')}</th>
                  <th scope="col">{t('dataCenter.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((h) => {
                  const hold = holdOf(h.quarantineReason);
                  return (
                    <tr key={h.sopInstanceUid}>
                      <td>
                        <Link to={`/library/${h.registrationNumber}`}>{h.registrationNumber}</Link>
                      </td>
                      <td>{formatDateTime(h.uploadedAt, i18n.language)}</td>
                      <td>
                        {t(`dataCenter.held.reasons.${hold.code}`)}
                        {hold.frame !== null && <> {t('dataCenter.held.onFrame', { frame: hold.frame })}</>}
                      </td>
                      <td>{h.numberOfFrames ?? 1}</td>
                      <td>
                        <button type="button" aria-expanded={open === h.sopInstanceUid} onClick={() => setOpen(open === h.sopInstanceUid ? null : h.sopInstanceUid)}>
                          {t('dataCenter.held.open', { case: h.registrationNumber })}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {held.length > SHOWN && <p>{t('dataCenter.held.more', { count: SHOWN })}</p>}
          {selected && (
            <HeldImageReview
              key={selected.sopInstanceUid}
              held={selected}
              onDecided={() => {
                setOpen(null);
                void refetch();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

/** One held file: the frame that triggered the hold (else its first), and the decision with its reason [R31]. */
function HeldImageReview({ held, onDecided }: { held: Held; onDecided(): void }) {
  const { t } = useTranslation();
  const hold = holdOf(held.quarantineReason);
  const series = useQuery(HeldImageSeries, { variables: { registrationNumber: held.registrationNumber } });
  const [decision, setDecision] = useState<'RELEASE' | 'REJECT' | null>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [review, reviewing] = useMutation(ReviewHeldImage, { onCompleted: onDecided });
  // The viewer counts frames from 0 across the series' files in the API's order (DicomSeries.frameUrl).
  const inSeries = series.data?.case?.images.find((s) => s.seriesInstanceUid === held.seriesInstanceUid);
  const before = inSeries ? inSeries.instances.slice(0, Math.max(0, inSeries.instances.findIndex((i) => i.sopInstanceUid === held.sopInstanceUid))) : [];
  const frame = before.reduce((n, i) => n + (i.numberOfFrames ?? 1), 0) + (hold.frame ?? 1) - 1;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!decision) return setInvalid(t('dataCenter.held.chooseDecision'));
    if (reason.trim().length < 3) return setInvalid(t('dataCenter.held.reasonNeeded'));
    setInvalid(null);
    void review({ variables: { input: { registrationNumber: held.registrationNumber, sopInstanceUid: held.sopInstanceUid, decision, reason: reason.trim() } } }).catch(() => undefined);
  };
  const serverField = refusedField(reviewing.error);
  const reasonMessage = invalid ?? (serverField === 'reason' ? t('dataCenter.held.reasonNeeded') : null);
  return (
    <section aria-labelledby="held-review-heading" className="card">
      <h2 id="held-review-heading">{t('dataCenter.held.reviewHeading', { case: held.registrationNumber })}</h2>
      <p>
        {t(`dataCenter.held.reasons.${hold.code}`)} {t('dataCenter.held.shownFrame', { frame: (hold.frame ?? 1) })}
      </p>
      <QueryState loading={series.loading} error={series.error} />
      {inSeries && (
        <Suspense fallback={<ViewerLoading />}>
          <ImageViewer registrationNumber={held.registrationNumber} request={{ seriesUid: held.seriesInstanceUid, frame }} requestKey={held.sopInstanceUid} />
        </Suspense>
      )}
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('dataCenter.held.decision')}</legend>
          <label>
            <input type="radio" name="decision" checked={decision === 'RELEASE'} onChange={() => setDecision('RELEASE')} /> {t('dataCenter.held.release')}
          </label>
          <label>
            <input type="radio" name="decision" checked={decision === 'REJECT'} onChange={() => setDecision('REJECT')} /> {t('dataCenter.held.reject')}
          </label>
        </fieldset>
        <label htmlFor="held-reason">{t('dataCenter.held.reasonLabel')}</label>
        <textarea id="held-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} aria-invalid={reasonMessage ? true : undefined} aria-describedby={reasonMessage ? 'held-reason-error' : undefined} />
        {reasonMessage && (
          <p id="held-reason-error" className="error">
            {reasonMessage}
          </p>
        )}
        {reviewing.error && !serverField && (
          <p role="alert" className="error">
            {dataCenterError(reviewing.error, t)}
          </p>
        )}
        <button type="submit" disabled={reviewing.loading}>
          {t('dataCenter.held.submit')}
        </button>
      </form>
    </section>
  );
}
