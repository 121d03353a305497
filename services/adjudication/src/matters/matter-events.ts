import { publish } from '@registry/bus';
import { adjudicationTopic, type Payload } from '@registry/contracts';
import type { Executor } from '@registry/db';
import type { MatterRecord } from './matter-repository.ts';
import type { MatterStatus } from './matter-status.ts';

/** A matter moved along its life (@registry/contracts): live, and the cases subgraph's committee projection [R45]. */
export type MatterStatusChanged = Payload<typeof adjudicationTopic.events, 'MatterStatusChanged.v1'>;

export async function publishStatusChange(tx: Executor, matter: Pick<MatterRecord, 'id' | 'kind' | 'registrationNumber'>, from: MatterStatus | null, to: MatterStatus): Promise<void> {
  await publish(tx, adjudicationTopic, 'MatterStatusChanged.v1', { matterId: matter.id, kind: matter.kind, registrationNumber: matter.registrationNumber, from, to });
}
