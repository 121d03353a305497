import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationError } from './application-errors';
import { RecommendApplication } from './documents';

/** A certified operator's recommendation letter (推薦状), given under their own name while signed in [R11]. */
export function RecommendForm({ applicationId, onDone }: { applicationId: string; onDone(): void }) {
  const { t } = useTranslation();
  const [letter, setLetter] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [recommend, { loading }] = useMutation(RecommendApplication);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!letter.trim()) return setFailure(t('applications.recommend.empty'));
    setFailure(null);
    try {
      await recommend({ variables: { applicationId, letter: letter.trim() } });
      setLetter('');
      onDone();
    } catch (error) {
      setFailure(applicationError(error, 'recommend', t));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card" aria-labelledby="recommend-heading">
      <h2 id="recommend-heading">{t('applications.recommend.heading')}</h2>
      <p>{t('applications.recommend.intro')}</p>
      <label htmlFor="recommend-letter">{t('applications.recommend.letter')}</label>
      <textarea id="recommend-letter" rows={6} value={letter} onChange={(e) => setLetter(e.target.value)} aria-describedby={failure ? 'recommend-error' : undefined} />
      {failure && (
        <p role="alert" className="error" id="recommend-error">
          {failure}
        </p>
      )}
      <button type="submit" disabled={loading}>
        {loading ? t('applications.sending') : t('applications.recommend.submit')}
      </button>
    </form>
  );
}
