import type { CasesUnit } from '../cases/case-ledger.ts';
import type { CommitteeProjectionRepository } from './committee-repository.ts';

/** What CommitteeProjectionService works with, each named [#14.7]. */
export interface CommitteeProjectionServiceDeps {
  committee: CommitteeProjectionRepository;
}

/** A seat as adjudication announces it. */
export interface SeatChange {
  accountId: string;
  seat: string;
  sitting: boolean;
  on: string;
}

/** A matter's status as adjudication announces it; a matter without a case concerns none here. */
export interface MatterChange {
  matterId: string;
  registrationNumber?: string | null | undefined;
  to: string;
}

/**
 * [R28a][R45] Who sits on the committee and which cases are before it, followed from the
 * adjudication subgraph: what lets a member (external experts included) read the case they
 * rule on. A member who no longer sits loses the seat here too [R44].
 */
export class CommitteeProjectionService {
  constructor(private readonly deps: CommitteeProjectionServiceDeps) {}

  async seatChanged({ tx }: CasesUnit, change: SeatChange): Promise<void> {
    if (change.sitting) await this.deps.committee.seat(tx, { accountId: change.accountId, seat: change.seat, since: change.on });
    else await this.deps.committee.endSeat(tx, change.accountId);
  }

  async matterChanged({ tx }: CasesUnit, change: MatterChange): Promise<void> {
    if (change.registrationNumber) await this.deps.committee.matter(tx, { matterId: change.matterId, registrationNumber: change.registrationNumber, status: change.to });
  }
}
