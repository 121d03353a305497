import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvDownload } from '../../CsvDownload';
import { formatDateTime } from '../../format';
import type { DataReleaseFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../applications/dates';
import { dataRequestError } from './data-request-errors';
import { ReleaseData } from './documents';

/**
 * The data center releases an approved request [R21a][T7.2]: the package is made from the
 * frozen years' cases whose consent stands, under fresh pseudonyms, and encrypted by the API
 * for the recipient's age key given with the request (the registry never holds the private
 * key). Making it takes a while: the button says so until the answer comes.
 */
export function ReleaseForm({ requestId, recipientPublicKey }: { requestId: string; recipientPublicKey: string }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [release, { loading }] = useMutation(ReleaseData);
  const produce = async () => {
    setFailure(null);
    try {
      await release({ variables: { requestId } });
    } catch (error) {
      setFailure(dataRequestError(error, t));
    }
  };
  return (
    <section className="card" aria-labelledby="release-heading">
      <h2 id="release-heading">{t('dataRequests.release.heading')}</h2>
      <p>{t('dataRequests.release.intro')}</p>
      <dl className="facts">
        <div>
          <dt>{t('dataRequests.release.key')}</dt>
          <dd>
            <code className="key">{recipientPublicKey}</code>
          </dd>
        </div>
      </dl>
      <p className="meta">{t('dataRequests.release.keyNote')}</p>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <button type="button" disabled={loading} onClick={() => void produce()}>
        {loading ? t('dataRequests.release.producing') : t('dataRequests.release.submit')}
      </button>
      {loading && (
        <p aria-live="polite">
          <progress aria-label={t('dataRequests.release.producing')} />
        </p>
      )}
    </section>
  );
}

/**
 * The release: the package's SHA-256, its download, and the provision record made from the
 * release itself [T7.2]. The API writes the record's sentences in English; the page says
 * them in the user's language from the record's figures and the request's `fullDates` and `identityApproved`, and
 * keeps the API's own text under a disclosure, as recorded.
 */
export function ReleaseView({ release, fullDates, identity }: { release: DataReleaseFieldsFragment; fullDates: boolean; identity: boolean }) {
  const { t, i18n } = useTranslation();
  const p = release.provision;
  const excluded = p.casesExcludedForWithdrawnConsent;
  const anonymization = [
    t('dataRequests.provision.anonymizationPseudonym'),
    t(fullDates ? 'dataRequests.provision.anonymizationFullDates' : 'dataRequests.provision.anonymizationYearMonth'),
    t(identity ? 'dataRequests.provision.anonymizationIdentity' : 'dataRequests.provision.anonymizationNoIdentity'),
    t('dataRequests.provision.anonymizationNoPatient'),
    t('dataRequests.provision.anonymizationSmallCells', { threshold: p.smallCellThreshold }),
  ];
  const yes = (b: boolean) => t(b ? 'dataRequests.yes' : 'dataRequests.no');
  return (
    <section className="card" aria-labelledby="released-heading">
      <h2 id="released-heading">{t('dataRequests.released.heading')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('dataRequests.released.at')}</dt>
          <dd>{formatDateTime(release.releasedAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.released.sha256')}</dt>
          <dd>
            <code className="key" data-testid="package-sha256">
              {release.sha256}
            </code>
          </dd>
        </div>
      </dl>
      <CsvDownload path={release.downloadPath} filename={`registry-release-${release.sha256.slice(0, 12)}.json.age`} label={t('dataRequests.released.download')} failed={t('dataRequests.released.downloadFailed')} />
      <p className="meta">{t('dataRequests.released.downloadNote')}</p>
      <h3 id="provision-heading">{t('dataRequests.provision.heading')}</h3>
      <p className="meta">{t('dataRequests.provision.intro')}</p>
      <dl className="facts" aria-labelledby="provision-heading">
        <div>
          <dt>{t('dataRequests.provision.recipient')}</dt>
          <dd>
            {p.recipient} · {t(`dataRequests.kind.${p.requesterKind}`)}
          </dd>
        </div>
        <div>
          <dt>{t('dataRequests.provision.items')}</dt>
          <dd>{p.items.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.years')}</dt>
          <dd>{p.years.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.provision.providedOn')}</dt>
          <dd>{formatDate(p.providedOn, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.provision.method')}</dt>
          <dd>{t('dataRequests.provision.methodText')}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.provision.formats')}</dt>
          <dd>{p.formats.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.provision.cases')}</dt>
          <dd>{t('dataRequests.provision.casesValue', { included: p.casesIncluded, excluded: p.casesExcludedForWithdrawnConsent })}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.provision.consent')}</dt>
          <dd>{excluded === 0 ? t('dataRequests.provision.consentAll') : t('dataRequests.provision.consentExcluded', { n: excluded })}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.provision.anonymization')}</dt>
          <dd>
            <ul>
              {anonymization.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('dataRequests.provision.smallCells')}</dt>
          <dd>{t('dataRequests.provision.smallCellsValue', { threshold: p.smallCellThreshold })}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.provision.keyTable')}</dt>
          <dd>
            {yes(p.keyTableExists)} · {t('dataRequests.provision.keyTableHolder')}
          </dd>
        </div>
        <div>
          <dt>{t('dataRequests.released.sha256')}</dt>
          <dd>
            <code className="key">{p.packageSha256}</code>
          </dd>
        </div>
      </dl>
      <details>
        <summary>{t('dataRequests.provision.original')}</summary>
        <ul lang="en">
          <li>{p.method}</li>
          <li>{p.consentStatus}</li>
          {p.anonymization.map((a) => (
            <li key={a}>{a}</li>
          ))}
          <li>{p.keyTableHeldBy}</li>
        </ul>
      </details>
    </section>
  );
}
