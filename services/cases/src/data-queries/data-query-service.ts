import { randomUUID } from 'node:crypto';
import type { Viewer } from '@registry/auth';
import { badUserInput, notFound, requireText, requireUuid, ruleViolation } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import type { CaseLedger } from '../cases/case-ledger.ts';
import { assertFacilityOrStaff, canSeeCaseRecords } from '../cases/case-policy.ts';
import { assertRoleMayWrite, CaseWrite } from '../cases/case-write-policy.ts';
import type { CaseRecord } from '../cases/case-repository.ts';
import { isFormField } from '../form/crf-sections.ts';
import type { LoadersNamed } from '../loaders.ts';
import type { DataQueryRecord, DataQueryRepository } from './data-query-repository.ts';

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const dataQueryServiceLoaders = ['dataQueriesByCase'] as const;

/** What DataQueryService works with, each named [#14.7]. */
export interface DataQueryServiceDeps {
  viewer: Viewer;
  loaders: LoadersNamed<typeof dataQueryServiceLoaders>;
  ledger: CaseLedger;
  dataQueries: DataQueryRepository;
}

/**
 * [T14.1] Queries: the data center raises one on a field, the site answers, the data
 * center closes it or re-opens it. Each step is in the case's audit trail.
 */
export class DataQueryService {
  constructor(private readonly deps: DataQueryServiceDeps) {}

  async ofCase(c: CaseRecord): Promise<DataQueryRecord[] | null> {
    if (!canSeeCaseRecords(this.deps.viewer, c)) return null;
    return this.deps.loaders.dataQueriesByCase.load(c.registrationNumber);
  }

  async unresolvedOfFacility(facilityId: string, page: PageRequest): Promise<DataQueryRecord[]> {
    assertFacilityOrStaff(this.deps.viewer, facilityId, 'dataQuery:read');
    return this.deps.dataQueries.unresolvedOfFacility(facilityId, page);
  }

  async raise(input: { registrationNumber: string; field: string; question: string }): Promise<DataQueryRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.RaiseQuery);
    if (!isFormField(input.field)) throw badUserInput('Not a field of the case report form, e.g. procedure.contrastVolumeMl', ['input', 'field']);
    const question = requireText(input.question, ['input', 'question'], 'The question');
    return this.deps.ledger.write(input.registrationNumber, CaseWrite.RaiseQuery, async (ch) => {
      const q: DataQueryRecord = {
        id: randomUUID(),
        registrationNumber: ch.case.registrationNumber,
        facilityId: ch.case.facilityId,
        field: input.field,
        question,
        status: 'OPEN',
        answer: null,
        raisedBy: ch.actor,
        raisedAt: ch.now,
        answeredAt: null,
        closedAt: null,
      };
      await this.deps.dataQueries.insert(ch.tx, q);
      await ch.audit([{ action: 'QUERY_RAISED', field: input.field, newValue: JSON.stringify({ query: q.id, question }) }]);
      return q;
    });
  }

  async answer(id: string, answer: string): Promise<DataQueryRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.AnswerQuery);
    const text = requireText(answer, ['answer'], 'The answer');
    const q = await this.find(id);
    return this.deps.ledger.write(q.registrationNumber, CaseWrite.AnswerQuery, async (ch) => {
      const current = (await this.deps.dataQueries.byId(id, ch.tx))!;
      if (current.status !== 'OPEN') throw ruleViolation('T14.1', 'Only an open query is answered', ['id']);
      const updated = await this.deps.dataQueries.update(ch.tx, id, { status: 'ANSWERED', answer: text, answeredAt: ch.now });
      await ch.audit([{ action: 'QUERY_ANSWERED', field: current.field, newValue: JSON.stringify({ query: id, answer: text }) }]);
      return updated;
    });
  }

  async close(id: string): Promise<DataQueryRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.CloseQuery);
    const q = await this.find(id);
    return this.deps.ledger.write(q.registrationNumber, CaseWrite.CloseQuery, async (ch) => {
      const current = (await this.deps.dataQueries.byId(id, ch.tx))!;
      if (current.status !== 'ANSWERED') throw ruleViolation('T14.1', 'Only an answered query is closed', ['id']);
      const updated = await this.deps.dataQueries.update(ch.tx, id, { status: 'CLOSED', closedAt: ch.now });
      await ch.audit([{ action: 'QUERY_CLOSED', field: current.field, newValue: JSON.stringify({ query: id }) }]);
      return updated;
    });
  }

  async reopen(id: string, reason: string): Promise<DataQueryRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.ReopenQuery);
    const why = requireText(reason, ['reason'], 'The reason');
    const q = await this.find(id);
    return this.deps.ledger.write(q.registrationNumber, CaseWrite.ReopenQuery, async (ch) => {
      const current = (await this.deps.dataQueries.byId(id, ch.tx))!;
      if (current.status !== 'ANSWERED') throw ruleViolation('T14.1', 'Only an answered query is re-opened', ['id']);
      const updated = await this.deps.dataQueries.update(ch.tx, id, { status: 'OPEN', closedAt: null });
      await ch.audit([{ action: 'QUERY_REOPENED', field: current.field, newValue: JSON.stringify({ query: id }) }], why);
      return updated;
    });
  }

  private async find(id: string): Promise<DataQueryRecord> {
    const q = await this.deps.dataQueries.byId(requireUuid(id, ['id']));
    if (!q) throw notFound('Query');
    return q;
  }
}
