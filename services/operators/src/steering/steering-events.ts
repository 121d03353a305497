import { publish } from '@registry/bus';
import type { Executor } from '@registry/db';
import type { AccountRepository } from '../accounts/account-repository.ts';
import type { SteeringRepository, SteeringTermRecord } from './steering-repository.ts';

/** The operators subgraph announces steering terms on its own topic (docs/architecture.md). */
export const OPERATORS_TOPIC = 'operators';

/**
 * Contract: a term of the steering committee [R36]. `to` is the term's last day; a later
 * event for the same `accountId` + `from` replaces it. The adjudication subgraph seats
 * every current member on its committee [R44].
 */
export interface SteeringTermsChanged {
  accountId: string;
  from: string;
  to: string | null;
}

/**
 * Records a term, audits the role change and announces it, all in the caller's
 * transaction: the event exists if and only if the term does.
 */
export async function saveAndAnnounceTerm(
  tx: Executor,
  repos: { steering: SteeringRepository; accounts: AccountRepository },
  term: Omit<SteeringTermRecord, 'id'>,
  recordedBy: string | null,
): Promise<SteeringTermRecord> {
  const saved = await repos.steering.insert(tx, { ...term, recordedBy });
  await repos.accounts.audit(tx, { actorAccountId: recordedBy, action: 'ROLE_CHANGED', subject: term.accountId, detail: { role: 'STEERING', from: term.startsOn, to: term.endsOn, resolution: term.resolution } });
  const event: SteeringTermsChanged = { accountId: term.accountId, from: term.startsOn, to: term.endsOn };
  await publish(tx, OPERATORS_TOPIC, 'SteeringTermsChanged', event);
  return saved;
}
