import { useTranslation } from 'react-i18next';
import type { useCursorPages } from './cursor-pages';

/** Previous / page number / next under a paged list: every list of the application uses it. */
export function Pager(props: { label: string; page: number; hasPrevious: boolean; hasNext: boolean; onPrevious(): void; onNext(): void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={props.label} className="paging">
      <button type="button" disabled={!props.hasPrevious} onClick={props.onPrevious}>
        {t('library.previous')}
      </button>
      <span>{t('library.page', { page: props.page })}</span>
      <button type="button" disabled={!props.hasNext} onClick={props.onNext}>
        {t('library.next')}
      </button>
    </nav>
  );
}

/** The pager of a list paged by `useCursorPages`; `lastKey` is the cursor of the last item shown. */
export function CursorPager(props: { label: string; paging: ReturnType<typeof useCursorPages>; hasNext: boolean; lastKey(): string }) {
  const { paging } = props;
  return <Pager label={props.label} page={paging.page} hasPrevious={paging.hasPrevious} hasNext={props.hasNext} onPrevious={paging.previous} onNext={() => paging.next(props.lastKey())} />;
}
