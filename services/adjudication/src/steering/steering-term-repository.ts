import { and, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '@registry/db';
import { steeringTerms } from '../db/schema.ts';

export interface SteeringTerm {
  accountId: string;
  from: string;
  to: string | null;
}

export class SteeringTermRepository {
  constructor(private readonly db: Database) {}

  /** A term is identified by its person and start; a later event for it (its end, say) replaces it. */
  async record(tx: Executor, term: SteeringTerm): Promise<void> {
    await tx
      .insert(steeringTerms)
      .values(term)
      .onConflictDoUpdate({ target: [steeringTerms.accountId, steeringTerms.from], set: { to: term.to } });
  }

  /**
   * The steering members serving on `day` [R36], or undefined while the operators subgraph
   * has announced no term at all (then the committee's STEERING seats are all we know).
   */
  async currentMembers(day: string, ex: Executor = this.db): Promise<string[] | undefined> {
    const [known] = await ex.select({ n: sql<number>`count(*)::int` }).from(steeringTerms);
    if (!known || known.n === 0) return undefined;
    const rows = await ex
      .selectDistinct({ accountId: steeringTerms.accountId })
      .from(steeringTerms)
      .where(and(lte(steeringTerms.from, day), or(isNull(steeringTerms.to), gte(steeringTerms.to, day))));
    return rows.map((r) => r.accountId).sort();
  }
}
