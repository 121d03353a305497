import { publish } from '@registry/bus';
import type { Executor } from '@registry/db';
import type { MatterRecord } from './matter-repository.ts';
import type { MatterKind, MatterStatus } from './matter-status.ts';

/** The adjudication subgraph's own topic: matter status changes, rulings that change a result, questions asked. */
export const ADJUDICATION_TOPIC = 'adjudication';
/** The judging criteria [R24]: consumed by the cases subgraph for core-lab reads. */
export const CRITERIA_TOPIC = 'criteria';
/** Each matter's votes and tallies, live [R48]. */
export const matterTallyTopic = (matterId: string) => `matter:${matterId}:tally`;

export interface MatterStatusChanged {
  matterId: string;
  kind: MatterKind;
  registrationNumber: string | null;
  from: MatterStatus | null;
  to: MatterStatus;
}

export async function publishStatusChange(tx: Executor, matter: Pick<MatterRecord, 'id' | 'kind' | 'registrationNumber'>, from: MatterStatus | null, to: MatterStatus): Promise<void> {
  const payload: MatterStatusChanged = { matterId: matter.id, kind: matter.kind, registrationNumber: matter.registrationNumber, from, to };
  await publish(tx, ADJUDICATION_TOPIC, 'MatterStatusChanged', payload);
}
