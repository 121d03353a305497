import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { SiteCompletionFragment } from '../../gql/graphql';

const SECTIONS = ['BACKGROUND', 'LESION', 'PROCEDURE'] as const;

/**
 * What the registration still owes [R18]: the form through the procedure result and the
 * image series the case needs (IVUS for domestic cases), each ticked when in, as the API
 * answers `completion`.
 */
export function CompletionChecklist({ completion, domestic }: { completion: SiteCompletionFragment; domestic: boolean }) {
  const { t, i18n } = useTranslation();
  const series = domestic ? (['PRE_PROCEDURE_ANGIO', 'CTO_PCI_ANGIO', 'IVUS'] as const) : (['PRE_PROCEDURE_ANGIO', 'CTO_PCI_ANGIO'] as const);
  return (
    <section aria-labelledby="completion-heading">
      <h2 id="completion-heading">{t('site.completion.heading')}</h2>
      <p role="status" className={completion.complete ? 'notice' : undefined}>
        {completion.complete ? t('site.completion.complete') : t('site.completion.incomplete')}
      </p>
      <ul className="checklist" aria-label={t('site.completion.list')}>
        {SECTIONS.map((s) => {
          const done = !completion.missingSections.includes(s);
          return (
            <li key={s}>
              {done ? '✓ ' : '□ '}
              {t('site.completion.section', { name: t(`site.crf.sections.${s}`) })} — {done ? t('site.completion.done') : t('site.completion.missing')}
            </li>
          );
        })}
        {series.map((k) => {
          const received = completion.receivedImageSeries.find((r) => r.kind === k);
          const done = !completion.missingImageSeries.includes(k);
          return (
            <li key={k}>
              {done ? '✓ ' : '□ '}
              {t(`site.kinds.${k}`)} — {done ? (received ? t('site.completion.received', { at: formatDateTime(received.receivedAt, i18n.language) }) : t('site.completion.done')) : t('site.completion.missing')}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
