import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { errorMessage } from '../errors';
import { graphql } from '../gql';

const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
      expiresAt
      mustChangePassword
      viewer {
        id
        loginId
        name
        roles
      }
    }
  }
`);

/** The API's minimum (services/operators auth-service); checked here only to answer sooner. */
const MIN_LENGTH = 12;

/** [R11] The one-time password of a new account is replaced before anything else. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [change, { loading }] = useMutation(ChangePassword);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const currentPassword = String(form.get('current') ?? '');
    const newPassword = String(form.get('next') ?? '');
    if (newPassword.length < MIN_LENGTH) return setFailure(t('changePassword.tooShort'));
    if (newPassword !== form.get('confirm')) return setFailure(t('changePassword.mismatch'));
    setFailure(null);
    try {
      const { data } = await change({ variables: { currentPassword, newPassword } });
      if (!data) return;
      signIn(data.changePassword);
      navigate('/home');
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };

  return (
    <section aria-labelledby="change-heading" className="narrow">
      <h1 id="change-heading">{t('changePassword.heading')}</h1>
      <p>{t('changePassword.explain')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="current">{t('changePassword.current')}</label>
        <input id="current" name="current" type="password" autoComplete="current-password" required />
        <label htmlFor="next">{t('changePassword.next')}</label>
        <input id="next" name="next" type="password" autoComplete="new-password" minLength={MIN_LENGTH} required />
        <label htmlFor="confirm">{t('changePassword.confirm')}</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
        {failure && (
          <p role="alert" className="error">
            {failure}
          </p>
        )}
        <button type="submit" disabled={loading}>
          {t('changePassword.submit')}
        </button>
      </form>
    </section>
  );
}
