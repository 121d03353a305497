import { useTranslation } from 'react-i18next';
import type { FormDraft } from './crf-fields';
import { castleScore, jctoScore, progressCtoScore, type CtoVessel } from '@registry/scores';

/**
 * J-CTO, PROGRESS-CTO and CASTLE from the items as they stand on the page, before any save
 * (the API computes the same from what is saved). CASTLE waits for the background (its
 * CABG item) and the age on the procedure date, as the API's does.
 */
export function LiveScores({ draft, vessel, ageAtProcedure }: { draft: FormDraft; vessel: CtoVessel; ageAtProcedure: number | null }) {
  const { t } = useTranslation();
  const v = (path: string) => draft.values[path] === true;
  const jcto = jctoScore({
    bluntStump: v('lesion.jcto.bluntStump'),
    calcification: v('lesion.jcto.calcification'),
    bendingOver45: v('lesion.jcto.bendingOver45'),
    occlusionLength20mmOrMore: v('lesion.jcto.occlusionLength20mmOrMore'),
    retryLesion: v('lesion.jcto.retryLesion'),
  });
  const progress = progressCtoScore(
    { proximalCapAmbiguity: v('lesion.progressCto.proximalCapAmbiguity'), moderateOrSevereTortuosity: v('lesion.progressCto.moderateOrSevereTortuosity'), noInterventionalCollaterals: v('lesion.progressCto.noInterventionalCollaterals') },
    vessel,
  );
  const castle =
    draft.entered.has('background') && ageAtProcedure !== null
      ? castleScore({
          priorCabg: v('background.priorCabg'),
          ageAtProcedure,
          bluntStump: v('lesion.jcto.bluntStump'),
          occlusionLength20mmOrMore: v('lesion.jcto.occlusionLength20mmOrMore'),
          items: { severeTortuosityOrUnseen: v('lesion.castle.severeTortuosityOrUnseen'), severeCalcification: v('lesion.castle.severeCalcification') },
        })
      : null;
  return (
    <dl className="facts scores" aria-label={t('site.scores.label')} aria-live="polite">
      <div>
        <dt>{t('site.scores.jcto')}</dt>
        <dd data-score="jcto">{t('site.scores.jctoValue', { score: jcto.score, category: t(`site.scores.category.${jcto.category}`) })}</dd>
      </div>
      <div>
        <dt>{t('site.scores.progressCto')}</dt>
        <dd data-score="progressCto">{t('site.scores.outOf', { score: progress, max: 4 })}</dd>
      </div>
      <div>
        <dt>{t('site.scores.castle')}</dt>
        <dd data-score="castle">{castle === null ? t('site.scores.castleWaits') : t('site.scores.outOf', { score: castle, max: 6 })}</dd>
      </div>
    </dl>
  );
}
