import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { formSections } from '../db/schema.ts';
import type { CrfSection, FormData } from './crf-sections.ts';

export interface SectionRecord {
  registrationNumber: string;
  section: CrfSection;
  data: unknown;
  firstEnteredByOperatorId: string | null;
  updatedAt: Date;
}

const columns = {
  registrationNumber: formSections.registrationNumber,
  section: formSections.section,
  data: formSections.data,
  firstEnteredByOperatorId: formSections.firstEnteredByOperatorId,
  updatedAt: formSections.updatedAt,
};

export class FormRepository {
  constructor(private readonly db: Executor) {}

  async sectionsOf(numbers: readonly string[], tx: Executor = this.db): Promise<SectionRecord[]> {
    if (numbers.length === 0) return [];
    const rows = await tx.select(columns).from(formSections).where(inArray(formSections.registrationNumber, [...numbers]));
    return rows;
  }

  /** Inserts or replaces a section; the first entrant is kept [R20]. */
  async save(tx: Executor, s: { registrationNumber: string; section: CrfSection; data: unknown; enteredByOperatorId: string | null; at: Date }): Promise<void> {
    const [existing] = await tx
      .select({ n: formSections.registrationNumber })
      .from(formSections)
      .where(and(eq(formSections.registrationNumber, s.registrationNumber), eq(formSections.section, s.section)));
    if (existing) {
      await tx
        .update(formSections)
        .set({ data: s.data, updatedAt: s.at })
        .where(and(eq(formSections.registrationNumber, s.registrationNumber), eq(formSections.section, s.section)));
    } else {
      await tx.insert(formSections).values({ registrationNumber: s.registrationNumber, section: s.section, data: s.data, firstEnteredByOperatorId: s.enteredByOperatorId, updatedAt: s.at });
    }
  }
}

export function toFormData(sections: readonly SectionRecord[]): FormData {
  const form: Record<string, unknown> = {};
  for (const s of sections) form[s.section] = s.data;
  return form as FormData;
}
