import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { requestedPosition } from './position';
import { ViewerLoading } from './ViewerLoading';

// Cornerstone3D (its renderer, image loader, decode worker and codecs) is loaded only by a
// page that shows images: the rest of the application does not carry it.
const ImageViewer = lazy(() => import('./ImageViewer'));

/**
 * The case's angiograms and IVUS on its page [R5][R21a], from the case's DICOMweb through
 * the gateway. The address may ask for a series and frame (`?series=…&frame=…`, what a
 * discussion post links to [R24]); each navigation to it opens the viewer there again.
 */
export function CaseImages({ registrationNumber }: { registrationNumber: string }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const { key } = useLocation();
  const request = requestedPosition(search);
  return (
    <section id="viewer" aria-labelledby="viewer-heading" className="card viewer">
      <h2 id="viewer-heading">{t('viewer.heading')}</h2>
      <Suspense fallback={<ViewerLoading />}>
        <ImageViewer registrationNumber={registrationNumber} request={request} requestKey={key} />
      </Suspense>
    </section>
  );
}
