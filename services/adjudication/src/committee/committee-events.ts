import { publish } from '@registry/bus';
import type { Executor } from '@registry/db';
import { ADJUDICATION_TOPIC } from '../matters/matter-events.ts';
import type { CommitteeSeat } from './committee-repository.ts';

/**
 * Contract (docs/architecture.md): a seat on the committee began or ended. The cases
 * subgraph lets a sitting member read the case of each matter before the committee
 * [R28a][R45]; an account id and a seat only, no name.
 */
export interface CommitteeSeatChanged {
  accountId: string;
  seat: CommitteeSeat;
  /** True while the member sits; false once the steering committee ended the membership. */
  sitting: boolean;
  /** The registry date of the change (Japan), `YYYY-MM-DD`. */
  on: string;
}

export async function publishSeatChange(tx: Executor, change: CommitteeSeatChanged): Promise<void> {
  await publish(tx, ADJUDICATION_TOPIC, 'CommitteeSeatChanged', change);
}
