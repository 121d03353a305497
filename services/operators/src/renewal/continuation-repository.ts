import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { continuationQuestions, type ContinuationAnswer } from '../db/schema.ts';

export type { ContinuationAnswer };

export interface ContinuationQuestionRecord {
  id: string;
  operatorId: string;
  askedForYear: number;
  askedOn: string;
  answer: ContinuationAnswer | null;
  answeredOn: string | null;
  closedOn: string | null;
}

const columns = {
  id: continuationQuestions.id,
  operatorId: continuationQuestions.operatorId,
  askedForYear: continuationQuestions.askedForYear,
  askedOn: continuationQuestions.askedOn,
  answer: continuationQuestions.answer,
  answeredOn: continuationQuestions.answeredOn,
  closedOn: continuationQuestions.closedOn,
};


/** The secretariat's question "do you wish to continue?" after two lean years [R10]. */
export class ContinuationRepository {
  constructor(private readonly db: Executor) {}

  /** Questions not yet closed, by operator: unanswered, or answered "continue". */
  async pendingByOperator(tx: Executor): Promise<Map<string, ContinuationQuestionRecord>> {
    const rows = await tx.select(columns).from(continuationQuestions).where(isNull(continuationQuestions.closedOn));
    return new Map(rows.map((r) => [r.operatorId, r]));
  }

  async pendingOf(operatorId: string): Promise<ContinuationQuestionRecord | undefined> {
    const [row] = await this.db
      .select(columns)
      .from(continuationQuestions)
      .where(and(eq(continuationQuestions.operatorId, operatorId), isNull(continuationQuestions.closedOn)));
    return row;
  }

  async lockById(tx: Executor, id: string): Promise<ContinuationQuestionRecord | undefined> {
    const [row] = await tx.select(columns).from(continuationQuestions).where(eq(continuationQuestions.id, id)).for('update');
    return row;
  }

  async ask(tx: Executor, q: { operatorId: string; askedForYear: number; askedOn: string }): Promise<void> {
    await tx.insert(continuationQuestions).values(q);
  }

  async close(tx: Executor, id: string, closedOn: string): Promise<void> {
    await tx.update(continuationQuestions).set({ closedOn }).where(eq(continuationQuestions.id, id));
  }

  /** Records the answer; declining closes the question at once (the operator becomes OB). */
  async answer(tx: Executor, id: string, answer: ContinuationAnswer, on: string): Promise<ContinuationQuestionRecord> {
    const [row] = await tx
      .update(continuationQuestions)
      .set({ answer, answeredOn: on, ...(answer === 'DECLINE' ? { closedOn: on } : {}) })
      .where(eq(continuationQuestions.id, id))
      .returning(columns);
    return row!;
  }
}
