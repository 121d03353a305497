import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatYen } from '../../format';
import type { IssuedFeeStatementsQuery } from '../../gql/graphql';

type Statement = IssuedFeeStatementsQuery['issuedFeeStatements'][number];

/** Whether a statement stands, or which statement it corrects or was replaced by [R20]. */
function standing(s: Statement, t: TFunction): string {
  if (s.replacedBy) return t('fees.replacedBy', { number: s.replacedBy.number });
  if (s.replaces) return t('fees.corrects', { number: s.replaces.number });
  return t('fees.stands');
}

/** [R20] A year's issued statements, each linked to its printable page. */
export function FeeStatementList({ year, statements }: { year: number; statements: readonly Statement[] }) {
  const { t, i18n } = useTranslation();
  if (statements.length === 0) return <p>{t('fees.noneIssued', { year })}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption>{t('fees.listCaption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fees.number')}</th>
            <th scope="col">{t('fees.facility')}</th>
            <th scope="col">{t('fees.cases')}</th>
            <th scope="col">{t('fees.total')}</th>
            <th scope="col">{t('fees.issuedAt')}</th>
            <th scope="col">{t('fees.status')}</th>
          </tr>
        </thead>
        <tbody>
          {statements.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link to={`/fees/${s.id}`}>{s.number}</Link>
              </th>
              <td>{s.facility.name}</td>
              <td>{t('fees.caseCount', { count: s.lines.length })}</td>
              <td>{formatYen(s.total, i18n.language)}</td>
              <td>{formatDateTime(s.issuedAt, i18n.language)}</td>
              <td>{standing(s, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
