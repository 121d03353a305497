import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { errorCode, errorMessage } from '../errors';
import { logIn } from '../session';

/** [R11] Operator ID (or staff login ID) and password; a one-time password leads to the change form. */
export function LoginPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setFailure(null);
    setLoading(true);
    try {
      // The session route: the refresh token goes to an HttpOnly cookie, the access token here.
      const grant = await logIn(String(form.get('operatorId') ?? ''), String(form.get('password') ?? ''));
      signIn(grant);
      navigate(grant.mustChangePassword ? '/change-password' : '/home');
    } catch (error) {
      // Unknown ID, wrong password and a locked account fail alike (the API's one text).
      setFailure(errorCode(error) === 'UNAUTHENTICATED' ? t('login.failed') : errorMessage(error, t));
    } finally {
      setLoading(false);
    }
  };

  return (
    <section aria-labelledby="login-heading" className="narrow">
      <h1 id="login-heading">{t('login.heading')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="operatorId">{t('login.operatorId')}</label>
        <input id="operatorId" name="operatorId" autoComplete="username" required />
        <label htmlFor="password">{t('login.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        {failure && (
          <p role="alert" className="error">
            {failure}
          </p>
        )}
        <button type="submit" disabled={loading}>
          {loading ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </section>
  );
}
