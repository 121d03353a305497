import { DurableConsumer, type EventBus } from '@registry/bus';
import type { DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import type { Repositories } from '../repositories.ts';

/** Contract (docs/architecture.md): a seat on the adjudication committee began or ended. */
interface CommitteeSeatChanged {
  accountId: string;
  seat: string;
  sitting: boolean;
  on: string;
}

/** Contract (docs/architecture.md): a matter moved along its life. */
interface MatterStatusChanged {
  matterId: string;
  registrationNumber: string | null;
  to: string;
}

/**
 * [R28a][R45] Who sits on the committee and which cases are before it: what lets a member
 * (external experts included) read the case they rule on. Both are the adjudication
 * subgraph's; the cases subgraph only follows them.
 */
export function createCommitteeConsumer(handle: DatabaseHandle, bus: EventBus, repos: Repositories, logger: Logger) {
  return new DurableConsumer(handle, bus, 'cases.committee', 'adjudication', async (tx, event) => {
    if (event.type === 'CommitteeSeatChanged') {
      const p = event.payload as CommitteeSeatChanged;
      if (p.sitting) await repos.committee.seat(tx, { accountId: p.accountId, seat: p.seat, since: p.on });
      else await repos.committee.endSeat(tx, p.accountId);
    } else if (event.type === 'MatterStatusChanged') {
      const p = event.payload as MatterStatusChanged;
      if (p.registrationNumber) await repos.committee.matter(tx, { matterId: p.matterId, registrationNumber: p.registrationNumber, status: p.to });
    }
  }, (err) => logger.error({ err }, 'committee projection failed; will retry'));
}
