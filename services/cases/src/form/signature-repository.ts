import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { signatures } from '../db/schema.ts';

export interface SignatureRecord {
  id: string;
  registrationNumber: string;
  accountId: string;
  operatorId: string;
  meaning: string;
  signedAt: Date;
  voidedAt: Date | null;
}

const columns = {
  id: signatures.id,
  registrationNumber: signatures.registrationNumber,
  accountId: signatures.accountId,
  operatorId: signatures.operatorId,
  meaning: signatures.meaning,
  signedAt: signatures.signedAt,
  voidedAt: signatures.voidedAt,
};

export class SignatureRepository {
  constructor(private readonly db: Executor) {}

  async latest(registrationNumber: string, tx: Executor = this.db): Promise<SignatureRecord | undefined> {
    const [row] = await tx.select(columns).from(signatures).where(eq(signatures.registrationNumber, registrationNumber)).orderBy(desc(signatures.signedAt)).limit(1);
    return row;
  }

  /** Every signature of the cases, newest first (the loader keeps the latest of each). */
  async ofCases(numbers: readonly string[]): Promise<SignatureRecord[]> {
    if (numbers.length === 0) return [];
    return this.db.select(columns).from(signatures).where(inArray(signatures.registrationNumber, [...numbers])).orderBy(desc(signatures.signedAt));
  }

  async reauthenticationUsed(tx: Executor, reauthenticationId: string): Promise<boolean> {
    const rows = await tx.select({ id: signatures.id }).from(signatures).where(eq(signatures.reauthenticationId, reauthenticationId));
    return rows.length > 0;
  }

  async insert(tx: Executor, s: SignatureRecord & { reauthenticationId: string }): Promise<void> {
    await tx.insert(signatures).values(s);
  }

  /** Voids the valid signature, if any; returns whether there was one. */
  async voidValid(tx: Executor, registrationNumber: string, at: Date): Promise<boolean> {
    const rows = await tx
      .update(signatures)
      .set({ voidedAt: at })
      .where(and(eq(signatures.registrationNumber, registrationNumber), isNull(signatures.voidedAt)))
      .returning({ id: signatures.id });
    return rows.length > 0;
  }
}
