import { useTranslation } from 'react-i18next';

/**
 * What stands where the viewer will be while its code loads: the viewer's own black stage,
 * so the page does not jump when the viewer arrives (a button below it stays where the
 * user is about to tap it).
 */
export function ViewerLoading() {
  const { t } = useTranslation();
  return (
    <div className="viewer-stage">
      <p role="status" className="viewer-placeholder">
        {t('viewer.loadingViewer')}
      </p>
    </div>
  );
}
