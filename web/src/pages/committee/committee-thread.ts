import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { committeeError } from './committee-errors';

/**
 * Why the viewer reads the group thread without writing in it: the case's operator neither
 * discusses nor votes [R49]; only members discuss, and only in session [R47]; a decided
 * matter's discussion is its public record [R28b]. Undefined when the viewer may write.
 */
export function threadNotice(status: string, standing: { recused: boolean } | null | undefined, t: TFunction): string | undefined {
  if (standing?.recused) return t('committeeThread.recused');
  if (status === 'DECIDED') return t('committeeThread.decided');
  if (!standing) return t('committeeThread.membersOnly');
  if (status !== 'IN_SESSION') return t('committeeThread.notInSession');
  return undefined;
}

/** A refused post in the user's language: out of session [R47], else the committee's messages. */
export function threadError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions;
    if (extensions?.['code'] === 'RULE_VIOLATION' && extensions['rule'] === 'R47') return t('committeeThread.notInSession');
  }
  return committeeError(error, t);
}
