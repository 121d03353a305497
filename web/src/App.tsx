import { lazy, Suspense, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useNavigate } from 'react-router';
import { useAuth } from './auth';
import { CasePage } from './pages/case/CasePage';
import { isCommitteeRole } from './pages/committee/committee-errors';
import { CommitteeMattersPage } from './pages/committee/CommitteeMattersPage';
import { CommitteeSessionPage } from './pages/committee/CommitteeSessionPage';
import { OpinionRelaysPage } from './pages/committee/OpinionRelaysPage';
import { CoreLabAgreementPage } from './pages/core-lab/CoreLabAgreementPage';
import { CoreLabCasePage } from './pages/core-lab/CoreLabCasePage';
import { CoreLabOverduePage } from './pages/core-lab/CoreLabOverduePage';
import { CoreLabWorklistPage } from './pages/core-lab/CoreLabWorklistPage';
import { CompletionRemindersPage } from './pages/data-center/CompletionRemindersPage';
import { isDataCenter, isSecretariat } from './pages/data-center/data-center-errors';
import { DataQueriesPage } from './pages/data-center/DataQueriesPage';
import { HeldImagesPage } from './pages/data-center/HeldImagesPage';
import { SafetyAlertsPage } from './pages/data-center/SafetyAlertsPage';
import { FeeStatementPrintPage } from './pages/fees/FeeStatementPrintPage';
import { SecretariatFeesPage } from './pages/fees/SecretariatFeesPage';
import { SiteFeesPage } from './pages/fees/SiteFeesPage';
import { AnnualReportPage } from './pages/reports/AnnualReportPage';
import { AnnualReportPrintPage } from './pages/reports/AnnualReportPrintPage';
import { RenewalPage } from './pages/secretariat/RenewalPage';
import { StaffAccountsPage } from './pages/secretariat/StaffAccountsPage';
import { handlesApplications } from './pages/applications/application-errors';
import { ApplicationPage } from './pages/applications/ApplicationPage';
import { ApplicationsPage } from './pages/applications/ApplicationsPage';
import { FileApplicationPage } from './pages/applications/FileApplicationPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { HomePage } from './pages/HomePage';
import { LibraryPage } from './pages/LibraryPage';
import { LoginPage } from './pages/LoginPage';
import { OperatorsPage } from './pages/OperatorsPage';
import { RevocationsPage } from './pages/RevocationsPage';
import { RulingsPage } from './pages/RulingsPage';
import { isSiteRole } from './pages/site/site-roles';
import { RegisterCasePage } from './pages/site/RegisterCasePage';
import { SiteCasePage } from './pages/site/SiteCasePage';
import { SiteHomePage } from './pages/site/SiteHomePage';
import { SiteFollowUpsPage } from './pages/site/SiteFollowUpsPage';
import { SiteQueriesPage } from './pages/site/SiteQueriesPage';
import { mayRequestData, readsAllRequests } from './pages/data-requests/data-request-errors';
import { NotificationBell } from './notifications/NotificationBell';
import { receivesNotifications } from './notifications/notification-roles';

// Data requests and releases [R21a][R39][T7.2]: loaded when first opened, off the first page's bundle.
const DataRecipientsPage = lazy(() => import('./pages/data-requests/DataRecipientsPage'));
const DataRequestsPage = lazy(() => import('./pages/data-requests/DataRequestsPage'));
const DataRequestPage = lazy(() => import('./pages/data-requests/DataRequestPage'));
const FileDataRequestPage = lazy(() => import('./pages/data-requests/FileDataRequestPage'));

/** The funnel page brings chart.js with it: loaded when first opened, never in the first bundle. */
const RiskMonitoringPage = lazy(() => import('./pages/monitoring/RiskMonitoringPage'));

export function App() {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useAuth();
  const navigate = useNavigate();
  const other = i18n.language === 'ja' ? 'en' : 'ja';
  const mustChange = session?.mustChangePassword ?? false;
  /** A page for a signed-in person: the login first, and a one-time password changed before anything else. */
  const signedIn = (page: ReactElement) => (!session ? <Navigate to="/login" replace /> : mustChange ? <Navigate to="/change-password" replace /> : page);
  /** A page loaded on first use: the loading line until its code arrives. */
  const later = (page: ReactElement) => <Suspense fallback={<p aria-live="polite">{t('app.loading')}</p>}>{page}</Suspense>;
  const roles = session?.viewer.roles ?? [];
  return (
    <>
      <a className="skip no-print" href="#main">{t('app.skip')}</a>
      <header className="top no-print">
        <p className="brand">{t('app.title')}</p>
        <nav aria-label={t('nav.label')}>
          <NavLink to="/" end>{t('nav.operators')}</NavLink>
          <NavLink to="/revocations">{t('nav.revocations')}</NavLink>
          <NavLink to="/rulings">{t('nav.rulings')}</NavLink>
          <NavLink to="/data-recipients">{t('dataRecipients.nav')}</NavLink>
          {session && !mustChange && <NavLink to="/home">{t('nav.home')}</NavLink>}
          {session && !mustChange && <NavLink to="/library">{t('nav.library')}</NavLink>}
          {session && !mustChange && (isCommitteeRole(session.viewer.roles) || session.viewer.roles.includes('STEERING')) && <NavLink to="/committee">{t('committee.nav')}</NavLink>}
          {session && !mustChange && session.viewer.roles.some((r) => r === 'CORE_LAB_READER' || r === 'CORE_LAB_SUPERVISOR') && <NavLink to="/core-lab">{t('coreLab.nav')}</NavLink>}
          {session && !mustChange && isSiteRole(session.viewer.roles) && <NavLink to="/site">{t('site.nav')}</NavLink>}
          {session && !mustChange && isDataCenter(session.viewer.roles) && <NavLink to="/data-center/images">{t('dataCenter.nav')}</NavLink>}
          {session && !mustChange && isSecretariat(session.viewer.roles) && <NavLink to="/secretariat/renewal">{t('dataCenter.secretariatNav')}</NavLink>}
          {session && !mustChange && session.viewer.roles.includes('STEERING') && !isDataCenter(session.viewer.roles) && !isSecretariat(session.viewer.roles) && <NavLink to="/annual-report">{t('annualReport.nav')}</NavLink>}
          {session && !mustChange && session.viewer.roles.includes('STEERING') && <NavLink to="/monitoring/risk-adjusted">{t('riskMonitoring.nav')}</NavLink>}
          {session && !mustChange && handlesApplications(session.viewer.roles) && <NavLink to="/applications" end>{t('applications.nav')}</NavLink>}
          {session && !mustChange && (mayRequestData(roles) || readsAllRequests(roles)) && <NavLink to="/data-requests">{t('dataRequests.nav')}</NavLink>}
          {!session && <NavLink to="/apply">{t('applications.applyNav')}</NavLink>}
          {!session && <NavLink to="/login">{t('nav.login')}</NavLink>}
        </nav>
        <div className="tools">
          {/* Keyed by person: nothing of one operator's notifications stays for the next one signed in here. */}
          {session && !mustChange && receivesNotifications(roles) && <NotificationBell key={session.viewer.id} />}
          <button type="button" lang={other} aria-label={t('language.switchLabel')} onClick={() => void i18n.changeLanguage(other)}>
            {t('language.switch')}
          </button>
          {session && (
            <button type="button" onClick={() => void signOut().then(() => navigate('/'))}>
              {t('nav.logout')}
            </button>
          )}
        </div>
      </header>
      <main id="main">
        <Routes>
          <Route path="/" element={<OperatorsPage />} />
          <Route path="/revocations" element={<RevocationsPage />} />
          <Route path="/rulings" element={<RulingsPage />} />
          <Route path="/login" element={<LoginPage />} />
          <Route path="/change-password" element={session ? <ChangePasswordPage /> : <Navigate to="/login" replace />} />
          <Route path="/home" element={signedIn(<HomePage />)} />
          <Route path="/library" element={signedIn(<LibraryPage />)} />
          <Route path="/library/:registrationNumber" element={signedIn(<CasePage />)} />
          <Route path="/committee" element={signedIn(<CommitteeMattersPage />)} />
          <Route path="/committee/matters/:id" element={signedIn(<CommitteeSessionPage />)} />
          {/* The recused operator's opinions relayed by the steering committee or the secretariat [R49]. */}
          <Route path="/committee/relays" element={signedIn(<OpinionRelaysPage />)} />
          <Route path="/core-lab" element={signedIn(<CoreLabWorklistPage />)} />
          <Route path="/core-lab/cases/:registrationNumber" element={signedIn(<CoreLabCasePage />)} />
          {/* The core-lab supervisor's screens (and the secretariat's overdue list) [R26][R29] */}
          <Route path="/core-lab/overdue" element={signedIn(<CoreLabOverduePage />)} />
          <Route path="/core-lab/agreement" element={signedIn(<CoreLabAgreementPage />)} />
          <Route path="/site" element={signedIn(<SiteHomePage />)} />
          <Route path="/site/register" element={signedIn(<RegisterCasePage />)} />
          <Route path="/site/cases/:registrationNumber" element={signedIn(<SiteCasePage />)} />
          {/* The site's records: data queries to answer and follow-ups due [T14.1][R19]. */}
          <Route path="/site/queries" element={signedIn(<SiteQueriesPage />)} />
          <Route path="/site/follow-ups" element={signedIn(<SiteFollowUpsPage />)} />
          <Route path="/data-center" element={<Navigate to="/data-center/images" replace />} />
          <Route path="/data-center/images" element={signedIn(<HeldImagesPage />)} />
          <Route path="/data-center/queries" element={signedIn(<DataQueriesPage />)} />
          <Route path="/data-center/reminders" element={signedIn(<CompletionRemindersPage />)} />
          <Route path="/safety" element={signedIn(<SafetyAlertsPage />)} />
          <Route path="/secretariat/renewal" element={signedIn(<RenewalPage />)} />
          {/* The annual report: the secretariat, the data center and the steering committee [R27][R41]. */}
          <Route path="/annual-report" element={signedIn(<AnnualReportPage />)} />
          <Route path="/annual-report/print/:year" element={signedIn(<AnnualReportPrintPage />)} />
          {/* Fee statements [R20]: issued by the secretariat, read by the data center and each facility, printable one by one. */}
          <Route path="/secretariat/fees" element={signedIn(<SecretariatFeesPage />)} />
          <Route path="/site/fees" element={signedIn(<SiteFeesPage />)} />
          <Route path="/fees/:id" element={signedIn(<FeeStatementPrintPage />)} />
          <Route
            path="/monitoring/risk-adjusted"
            element={signedIn(
              <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
                <RiskMonitoringPage />
              </Suspense>,
            )}
          />
          {/* The secretariat's staff accounts [R34]. */}
          <Route path="/secretariat/accounts" element={signedIn(<StaffAccountsPage />)} />
          {/* Data requests and releases, and their public recipients [R21a][R22][R39][T7.2]. */}
          <Route path="/data-recipients" element={later(<DataRecipientsPage />)} />
          <Route path="/data-requests" element={signedIn(later(<DataRequestsPage />))} />
          <Route path="/data-requests/new" element={signedIn(later(<FileDataRequestPage />))} />
          <Route path="/data-requests/:id" element={signedIn(later(<DataRequestPage />))} />
          <Route path="/apply" element={<FileApplicationPage />} />
          <Route path="/applications" element={signedIn(<ApplicationsPage />)} />
          <Route path="/applications/:id" element={signedIn(<ApplicationPage />)} />
          <Route path="*" element={<p role="alert">{t('errors.notFound')}</p>} />
        </Routes>
      </main>
    </>
  );
}
