import { randomUUID } from 'node:crypto';
import type { Executor } from '@registry/db';
import { caseRefs, threads } from '../db/schema.ts';

export class CaseRefRepository {
  /** Records a case and opens its discussion thread; a second call for the same case does nothing. */
  async recordWithThread(tx: Executor, ref: { registrationNumber: string; operatorId: string; registeredOn: string }): Promise<void> {
    await tx.insert(caseRefs).values(ref).onConflictDoNothing();
    await tx.insert(threads).values({ id: randomUUID(), registrationNumber: ref.registrationNumber }).onConflictDoNothing();
  }
}
