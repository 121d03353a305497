import { Role, hasAnyRole, type Viewer } from '@registry/auth';
import type { Database } from '@registry/db';
import { forbidden } from '@registry/errors';
import { assertCanReadDiscussion } from '../discussion/discussion-policy.ts';
import type { CommitteeMemberRecord, CommitteeRepository } from './committee-repository.ts';

export class CommitteeService {
  constructor(
    private readonly viewer: Viewer,
    private readonly db: Database,
    private readonly committee: CommitteeRepository,
  ) {}

  /** The committee's group is readable by every certified operator [R47]. */
  members(): Promise<CommitteeMemberRecord[]> {
    assertCanReadDiscussion(this.viewer);
    return this.committee.members();
  }

  /** The steering committee appoints the chair and members [R43][R44]. */
  async appoint(member: CommitteeMemberRecord): Promise<void> {
    if (!hasAnyRole(this.viewer, [Role.Steering])) throw forbidden('The steering committee appoints the committee [R43]');
    await this.db.transaction((tx) => this.committee.appoint(tx, member));
  }
}
