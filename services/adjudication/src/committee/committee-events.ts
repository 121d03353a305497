import { publish } from '@registry/bus';
import { adjudicationTopic, type PayloadIn } from '@registry/contracts';
import type { Executor } from '@registry/db';

/**
 * A seat on the committee began or ended (@registry/contracts). The cases subgraph lets a
 * sitting member read the case of each matter before the committee [R28a][R45]; an account
 * id and a seat only, no name.
 */
export async function publishSeatChange(tx: Executor, change: PayloadIn<typeof adjudicationTopic.events, 'CommitteeSeatChanged.v1'>): Promise<void> {
  await publish(tx, adjudicationTopic, 'CommitteeSeatChanged.v1', change);
}
