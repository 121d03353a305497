import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { SiteFormFragment } from '../../gql/graphql';
import { Reauthenticate, SignForm } from './documents';
import { TextField } from './fields';
import { fieldProblems, siteError } from './site-errors';

/**
 * The responsible operator's signature of the submitted form [T14.1]: the password entered
 * again for this one signature (`reauthenticateForSignature`, 21 CFR 11.200), whose assertion
 * signs at once and only once. The password is dropped from the page whatever the answer.
 */
export function SignPanel({ registrationNumber, form, isCaseOperator }: { registrationNumber: string; form: SiteFormFragment; isCaseOperator: boolean }) {
  const { t, i18n } = useTranslation();
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ field: boolean; text: string } | null>(null);
  const [reauthenticate, reauthenticating] = useMutation(Reauthenticate);
  const [sign, signing] = useMutation(SignForm, { refetchQueries: ['SiteCase'], awaitRefetchQueries: true });
  const signature = form.signature;
  const canSign = isCaseOperator && form.state === 'SUBMITTED' && !(signature && signature.valid);

  async function onSign(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      const proof = (await reauthenticate({ variables: { password, registrationNumber } })).data!.reauthenticateForSignature;
      setPassword('');
      await sign({ variables: { input: { registrationNumber, meaning: 'APPROVED_AS_CORRECT', signatureAssertion: proof.assertion } } });
    } catch (error) {
      setPassword('');
      const wrongPassword = fieldProblems(error).some((p) => p.field === 'password');
      setMessage({ field: wrongPassword, text: wrongPassword ? t('site.sign.wrongPassword') : siteError(error, t) });
    }
  }

  return (
    <section aria-labelledby="sign-heading">
      <h2 id="sign-heading">{t('site.sign.heading')}</h2>
      {signature ? (
        <p role="status">
          {signature.valid
            ? t('site.sign.signed', { name: signature.signer?.name ?? '—', at: formatDateTime(signature.signedAt, i18n.language) })
            : t('site.sign.voided', { at: formatDateTime(signature.signedAt, i18n.language) })}
        </p>
      ) : (
        <p>{t('site.sign.unsigned')}</p>
      )}
      {form.state === 'DRAFT' && <p className="meta">{t('site.sign.submitFirst')}</p>}
      {form.state === 'SUBMITTED' && !isCaseOperator && !(signature && signature.valid) && <p className="meta">{t('site.sign.operatorSigns')}</p>}
      {canSign && (
        <form noValidate onSubmit={(e) => void onSign(e)} className="narrow">
          <p>{t('site.sign.meaning')}</p>
          <TextField name="password" type="password" autoComplete="current-password" label={t('site.sign.password')} value={password} onChange={setPassword} message={message?.field ? message.text : undefined} />
          {message && !message.field && <p role="alert" className="error">{message.text}</p>}
          <button type="submit" disabled={!password || reauthenticating.loading || signing.loading}>
            {t('site.sign.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
