import type { Viewer } from '@registry/auth';
import { forbidden, notFound } from '@registry/errors';
import type { LoadersNamed } from '../loaders.ts';
import { canSeePerson } from '../operators/operator-policy.ts';
import type { AccountRecord } from './account-repository.ts';

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const personServiceLoaders = ['accountById'] as const;

/** What PersonService works with, each named [#14.7]. */
export interface PersonServiceDeps {
  viewer: Viewer;
  loaders: LoadersNamed<typeof personServiceLoaders>;
}

export class PersonService {
  constructor(private readonly deps: PersonServiceDeps) {}

  async byId(id: string): Promise<AccountRecord> {
    if (!canSeePerson(this.deps.viewer)) throw forbidden('Names are visible to signed-in registry members only');
    const account = await this.deps.loaders.accountById.load(id);
    if (!account) throw notFound('Person');
    return account;
  }

  /** A person when the viewer may see names, or null: for optional references such as "decided by". */
  async find(id: string): Promise<AccountRecord | null> {
    if (!canSeePerson(this.deps.viewer)) return null;
    return (await this.deps.loaders.accountById.load(id)) ?? null;
  }

  /**
   * The signed-in user's own account, or null for an anonymous visitor. Its roles are the
   * ones this request carries (derived at login), not only the staff roles stored.
   */
  async viewerAccount(): Promise<AccountRecord | null> {
    if (!this.deps.viewer.accountId) return null;
    const account = await this.deps.loaders.accountById.load(this.deps.viewer.accountId);
    return account ? { ...account, roles: [...this.deps.viewer.roles] } : null;
  }
}
