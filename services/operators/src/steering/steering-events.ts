import { publish } from '@registry/bus';
import { operatorsTopic } from '@registry/contracts';
import type { Executor } from '@registry/db';
import type { AccountRepository } from '../accounts/account-repository.ts';
import type { SteeringRepository, SteeringTermRecord } from './steering-repository.ts';

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
  // The adjudication subgraph seats every current member on its committee [R44].
  await publish(tx, operatorsTopic, 'SteeringTermsChanged.v1', { accountId: term.accountId, from: term.startsOn, to: term.endsOn });
  return saved;
}
