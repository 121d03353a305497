import './site.css';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCursorPages } from '../../cursor-pages';
import { QueryState } from '../Status';
import { FollowUpForm } from './FollowUpForm';
import { SiteFollowUpsDue } from './records-documents';
import { Pager } from '../../Pager';
import { RecordsNav } from './RecordsNav';
import { useSiteWriter } from './site-writer';

const PAGE_SIZE = 10;

/**
 * [R19] The facility's yearly follow-ups that are due or overdue today (Japan), by due
 * date, a page at a time from the API; a follow-up is entered from its row, after which the
 * case leaves the list. The case's operator or the facility contact enters it [R20].
 */
export function SiteFollowUpsPage() {
  const { t } = useTranslation();
  const writer = useSiteWriter();
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error, refetch } = useQuery(SiteFollowUpsDue, { variables: paging.variables, fetchPolicy: 'cache-and-network' });
  const { shown, hasNext } = paging.slice(data?.followUpsDue);
  const [open, setOpen] = useState<{ number: string; year: number } | null>(null);
  const [recorded, setRecorded] = useState<{ number: string; year: number } | null>(null);
  const opened = open && shown.find((s) => s.case.registrationNumber === open.number && s.year === open.year);
  return (
    <section aria-labelledby="site-follow-ups-heading" className="site">
      <RecordsNav />
      <h1 id="site-follow-ups-heading">{t('siteRecords.followUps.heading')}</h1>
      <p className="meta">{t('siteRecords.followUps.intro')}</p>
      <QueryState loading={loading && !data} error={error} />
      {recorded && <p role="status">{t('siteRecords.followUps.recorded', recorded)}</p>}
      {data && (
        <>
          {shown.length === 0 ? (
            <p>{t('siteRecords.followUps.none')}</p>
          ) : (
            <table>
              <caption>{t('siteRecords.followUps.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('site.register.registrationNumber')}</th>
                  <th scope="col">{t('siteRecords.followUps.year')}</th>
                  <th scope="col">{t('siteRecords.followUps.dueOn')}</th>
                  <th scope="col">{t('siteRecords.followUps.window')}</th>
                  <th scope="col">{t('siteRecords.followUps.state')}</th>
                  <th scope="col">{t('site.case.operator')}</th>
                  <th scope="col">{t('siteRecords.followUps.action')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((s) => {
                  const number = s.case.registrationNumber;
                  const isOpen = open?.number === number && open.year === s.year;
                  return (
                    <tr key={`${number}-${s.year}`}>
                      <td>
                        <Link to={`/site/cases/${number}`}>{number}</Link>
                      </td>
                      <td>{t('siteRecords.followUps.yearN', { year: s.year })}</td>
                      <td>{s.dueOn}</td>
                      <td>{t('siteRecords.followUps.windowRange', { from: s.windowOpensOn, to: s.windowClosesOn })}</td>
                      <td>{t(`siteRecords.followUps.states.${s.state}`)}</td>
                      <td>{s.case.operator?.name ?? '—'}</td>
                      <td>
                        {writer.mayWrite(s.case.operator?.id) ? (
                          <button type="button" aria-expanded={isOpen} aria-controls="follow-up-form" onClick={() => setOpen(isOpen ? null : { number, year: s.year })}>
                            {t('siteRecords.followUps.enter', { number, year: s.year })}
                          </button>
                        ) : (
                          <span className="meta">{t('siteRecords.operatorOrContact')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <Pager
            label={t('siteRecords.followUps.paging')}
            page={paging.page}
            hasPrevious={paging.hasPrevious}
            hasNext={hasNext}
            onPrevious={() => {
              setOpen(null);
              paging.previous();
            }}
            onNext={() => {
              setOpen(null);
              paging.next(shown[shown.length - 1]!.case.registrationNumber);
            }}
          />
          {opened && (
            <FollowUpForm
              key={`${opened.case.registrationNumber}-${opened.year}`}
              registrationNumber={opened.case.registrationNumber}
              year={opened.year}
              procedureDate={opened.case.procedureDate}
              onRecorded={() => {
                setRecorded({ number: opened.case.registrationNumber, year: opened.year });
                setOpen(null);
                void refetch();
              }}
              onCancel={() => setOpen(null)}
            />
          )}
        </>
      )}
    </section>
  );
}
