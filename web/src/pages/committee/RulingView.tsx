import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { CommitteeMatterQuery } from '../../gql/graphql';

type Matter = NonNullable<CommitteeMatterQuery['matter']>;

/** The published ruling, and who gave which opinion, public once decided [R24][R28b]. */
export function RulingView({ matter }: { matter: Matter }) {
  const { t, i18n } = useTranslation();
  const ruling = matter.ruling;
  if (!ruling) return null;
  return (
    <section aria-labelledby="ruling-heading" className="card">
      <h2 id="ruling-heading">{t('committee.ruling.heading')}</h2>
      <p className="meta">{t('rulings.publishedAt', { date: formatDateTime(ruling.publishedAt, i18n.language) })}</p>
      <dl>
        <dt>{t('committee.decide.decision')}</dt>
        <dd>{ruling.decision}</dd>
        <dt>{t('committee.decide.reasoning')}</dt>
        <dd>{ruling.reasoning}</dd>
        <dt>{t('committee.decide.answer')}</dt>
        <dd>{ruling.answer}</dd>
      </dl>
      {ruling.resultChanges.length > 0 && (
        <>
          <h3>{t('committee.decide.resultChanges')}</h3>
          <ul>
            {ruling.resultChanges.map((c) => (
              <li key={c.field}>
                {t('committee.ruling.change', {
                  field: t(`committee.resultField.${c.field}`),
                  from: c.from === null || c.from === undefined ? '—' : t(`committee.yesNo.${String(c.from)}`),
                  to: t(`committee.yesNo.${String(c.to)}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('committee.ruling.votes')}</h3>
      {matter.pointsAtIssue.map((p) => (
        <div key={p.id}>
          <p>{t('committee.session.point', { number: p.number, text: p.text })}</p>
          <ul>
            {p.rounds.flatMap((r) =>
              (r.votes ?? []).map((v) => (
                <li key={`${r.round}-${v.member.id}`}>
                  {t('committee.ruling.vote', { round: r.round, name: v.member.name, choice: t(`committee.choice.${v.choice}`) })}
                </li>
              )),
            )}
          </ul>
        </div>
      ))}
    </section>
  );
}
