import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FileDataRequest } from './documents';
import { RequestForm } from './RequestForm';

/** A certified operator, a researcher or a sponsor files a data request [R21a–c]; the answer is its page. */
export default function FileDataRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [file] = useMutation(FileDataRequest);
  return (
    <section aria-labelledby="file-request-heading">
      <p>
        <Link to="/data-requests">{t('dataRequests.back')}</Link>
      </p>
      <h1 id="file-request-heading">{t('dataRequests.file.heading')}</h1>
      <p>{t('dataRequests.file.intro')}</p>
      <RequestForm
        submitLabel={t('dataRequests.file.submit')}
        onSubmit={async (input) => {
          const { data } = await file({ variables: { input } });
          if (data) navigate(`/data-requests/${data.fileDataRequest.id}`, { state: { filed: true } });
        }}
      />
    </section>
  );
}
