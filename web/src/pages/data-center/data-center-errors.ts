import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../errors';

/** The rules a data-center or secretariat action may be refused by, each with its own message in ja and en. */
const RULES = new Set(['R14', 'R31', 'T14.1']);

/** A refusal in the user's language: the rule it cites, else the general message; never the server's text. */
export function dataCenterError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions;
    const rule = extensions?.['rule'];
    if (extensions?.['code'] === 'RULE_VIOLATION' && typeof rule === 'string' && RULES.has(rule)) return t(`dataCenter.errors.${rule.replace('.', '_')}`);
    if (extensions?.['code'] === 'RULE_VIOLATION') return t('dataCenter.errors.rule');
  }
  return errorMessage(error, t);
}

/** The input field a `BAD_USER_INPUT` names (docs/errors.md: `field`, else the end of `fieldPath`), to show the message beside it. */
export function refusedField(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const ext = error.errors[0]?.extensions;
  if (ext?.['code'] !== 'BAD_USER_INPUT') return undefined;
  if (typeof ext['field'] === 'string') return ext['field'].split('.').pop();
  const path = ext['fieldPath'];
  return Array.isArray(path) ? String(path[path.length - 1]) : undefined;
}

export const isDataCenter = (roles: readonly string[]) => roles.includes('DATA_CENTER');
export const isSecretariat = (roles: readonly string[]) => roles.includes('SECRETARIAT');
/** Serious adverse events reach the data center and the secretariat [T9.6]. */
export const seesSafetyAlerts = (roles: readonly string[]) => isDataCenter(roles) || isSecretariat(roles);
/** Renewal results: the steering committee, the secretariat and the data center read them; the secretariat runs it [R10][R14]. */
export const seesRenewal = (roles: readonly string[]) => isDataCenter(roles) || isSecretariat(roles) || roles.includes('STEERING');

/**
 * The reason a file is held, by the code before its colon (images/upload: BURNED_IN_TEXT_…),
 * and the frame that triggered it when the text check names one ("… on frame 7", 1-based).
 */
export function holdOf(reason: string | null | undefined): { code: string; frame: number | null } {
  const code = /^([A-Z_]+):/.exec(reason ?? '')?.[1] ?? 'OTHER';
  const frame = /\bframe (\d+)\b/.exec(reason ?? '')?.[1];
  return { code, frame: frame ? Number(frame) : null };
}
