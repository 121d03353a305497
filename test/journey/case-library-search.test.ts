import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

/**
 * The case library's search [#10]: by procedure year, vessel, lesion segment, J-CTO
 * category and official outcome, in SQL and paged by the library's cursor. The demo holds
 * fourteen 2026 cases (and the history of 2024–2025, which the year filter sets apart); the eleven complete ones have a lesion scored J-CTO 3 (very
 * difficult), and CTO-2026-00001 (OP0001, facility F001) has an official result, a
 * technical success.
 */
let t: TestRegistry;

const LIBRARY = `query($filter: CaseLibraryFilter, $first: Int, $after: String) {
  caseLibrary(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { registrationNumber vessel procedureDate } }
}`;

interface LibraryAnswer {
  caseLibrary: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { registrationNumber: string; vessel: string; procedureDate: string }[] };
}

async function search(token: string, filter: Record<string, unknown>, first = 100, after?: string) {
  const res = await t.gql<LibraryAnswer>(LIBRARY, { token, variables: { filter, first, after } });
  expect(res.errors).toBeUndefined();
  return res.data!.caseLibrary;
}

beforeAll(async () => {
  t = await startTestRegistry();
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('case library search', () => {
  it('should filter by procedure year, vessel and J-CTO category, counting the filtered cases [R5][R21a]', async () => {
    const op = await t.login('OP0003');
    expect((await search(op, { year: 2026 })).totalCount).toBe(14);
    // 2025 is the demo's history (seed/history.ts): 42 cases, one withdrawn from the data [T8].
    expect((await search(op, { year: 2025 })).totalCount).toBe(41);
    const lm = await search(op, { vessels: ['LM'] });
    expect(lm.nodes.map((n) => n.vessel)).toEqual(['LM', 'LM']);
    expect(lm.totalCount).toBe(2);
    const hard = await search(op, { year: 2026, jctoCategories: ['VERY_DIFFICULT'] });
    expect(hard.totalCount).toBe(11);
    expect((await search(op, { year: 2026, jctoCategories: ['EASY', 'INTERMEDIATE', 'DIFFICULT'] })).totalCount).toBe(0);
    expect((await search(op, { year: 2026, segment: 2 })).totalCount).toBe(11);
    expect((await search(op, { year: 2026, segment: 3 })).totalCount).toBe(0);
    expect((await search(op, { vessels: ['RCA', 'LM'], jctoCategories: ['VERY_DIFFICULT'] })).nodes.every((n) => n.vessel === 'RCA' || n.vessel === 'LM')).toBe(true);
  });

  it('should page a filtered search with its cursor, every match once, newest first', async () => {
    const op = await t.login('OP0003');
    const filter = { year: 2026, jctoCategories: ['VERY_DIFFICULT'] };
    const first = await search(op, filter, 10);
    expect(first.nodes).toHaveLength(10);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search(op, filter, 10, first.pageInfo.endCursor!);
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(11);
    const numbers = [...first.nodes, ...second.nodes].map((n) => n.registrationNumber);
    expect(new Set(numbers).size).toBe(11);
    expect(numbers).toEqual([...numbers].sort().reverse());
  });

  it('should match an outcome only on official results the viewer may read [R15][R28a]', async () => {
    const staff = await t.login('datacenter');
    expect((await search(staff, { year: 2026, outcome: 'TECHNICAL_SUCCESS' })).nodes.map((n) => n.registrationNumber)).toEqual(['CTO-2026-00001']);
    expect((await search(staff, { year: 2026, outcome: 'TECHNICAL_FAILURE' })).totalCount).toBe(0);
    // The history's official results are found too (2024–2025 failures exist).
    expect((await search(staff, { year: 2025, outcome: 'TECHNICAL_FAILURE' })).totalCount).toBeGreaterThan(0);
    // The case's facility (OP0006 works at F001) reads its official result, so finds it.
    const colleague = await t.login('OP0006');
    expect((await search(colleague, { year: 2026, outcome: 'TECHNICAL_SUCCESS' })).nodes.map((n) => n.registrationNumber)).toEqual(['CTO-2026-00001']);
    // Another facility's operator never reads that result on the case, so no filter reveals it.
    const other = await t.login('OP0003');
    for (const outcome of ['TECHNICAL_SUCCESS', 'TECHNICAL_FAILURE']) expect((await search(other, { year: 2026, outcome })).totalCount).toBe(0);
    const officialOnCase = await t.gql<{ case: { officialResult: unknown } }>('{ case(registrationNumber: "CTO-2026-00001") { officialResult { criteriaVersion } } }', { token: other });
    expect(officialOnCase.data?.case.officialResult).toBeNull();
  });

  it('should refuse a bad filter as BAD_USER_INPUT on its field', async () => {
    const op = await t.login('OP0003');
    const cases: [Record<string, unknown>, string][] = [
      [{ year: 1999 }, 'filter.year'],
      [{ year: 2101 }, 'filter.year'],
      [{ segment: 16 }, 'filter.segment'],
      [{ vessels: [] }, 'filter.vessels'],
      [{ jctoCategories: [] }, 'filter.jctoCategories'],
    ];
    for (const [filter, field] of cases) {
      const res = await t.gql(LIBRARY, { token: op, variables: { filter } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.data?.caseLibrary ?? null).toBeNull();
    }
    const unknownVessel = await t.gql(LIBRARY, { token: op, variables: { filter: { vessels: ['XYZ'] } } });
    expect(unknownVessel.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(unknownVessel.errors?.[0]?.message).toContain('filter.vessels');
  });

  it('should keep the core lab out of the library whatever the filter [R25]', async () => {
    const reader = await t.login('corelab-reader-1');
    const res = await t.gql(LIBRARY, { token: reader, variables: { filter: { outcome: 'TECHNICAL_SUCCESS' } } });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
