import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';

/** Loading and error states every page shows the same way. */
export function QueryState({ loading, error }: { loading: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (error) return <p role="alert" className="error">{errorMessage(error, t)}</p>;
  if (loading) return <p aria-live="polite">{t('app.loading')}</p>;
  return null;
}
