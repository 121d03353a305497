import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { CORE_LAB_ROLES, ROLES, signUserToken } from '@registry/auth';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

/**
 * Every list is paged with a maximum page, in SQL [#15.1]: a page never holds more than its
 * list's maximum (the `assumedSize` the cost limit counts), its cursor reaches every other
 * item exactly once, and a `first` out of range is BAD_USER_INPUT on `first`. Lists that
 * the demo data keeps short are grown past their maximum with rows written straight into
 * the real database (valid rows, as the services would write them).
 */
let t: TestRegistry;
let staff: string;
let supervisor: string;
let threadId: string;

type Item = Record<string, unknown>;

interface PagedList {
  name: string;
  max: number;
  /** The query, with `$first` and `$after` (and the list's field aliased `list`). */
  query: string;
  variables?: Record<string, unknown>;
  /** The value passed as `after` for the items after `item`; undefined for a list without a cursor. */
  cursor?: (item: Item) => string | number;
  token?: () => string;
  /** How many items the test grows the list to, past its maximum. */
  grown?: number;
}

const LISTS: PagedList[] = [
  { name: 'matters', max: 100, grown: 130, query: 'query($first: Int, $after: ID) { list: matters(first: $first, after: $after) { id } }', cursor: (m) => m['id'] as string },
  { name: 'myNotifications', max: 100, grown: 130, query: 'query($first: Int, $after: ID) { list: myNotifications(first: $first, after: $after) { id } }', cursor: (n) => n['id'] as string },
  { name: 'rulings', max: 100, query: 'query($first: Int, $after: ID) { list: rulings(first: $first, after: $after) { id } }', cursor: (r) => r['id'] as string },
  { name: 'criteriaVersions', max: 100, query: 'query($first: Int, $after: Int) { list: criteriaVersions(first: $first, after: $after) { version } }', cursor: (v) => v['version'] as number },
  { name: 'applications', max: 100, grown: 120, query: 'query($first: Int, $after: ID) { list: applications(first: $first, after: $after) { id } }', cursor: (a) => a['id'] as string },
  { name: 'certificationReviews', max: 100, query: 'query($first: Int, $after: ID) { list: certificationReviews(first: $first, after: $after) { id } }', cursor: (r) => r['id'] as string },
  { name: 'certifiedOperators', max: 500, grown: 520, query: 'query($first: Int, $after: ID) { list: certifiedOperators(first: $first, after: $after) { id } }', cursor: (o) => o['id'] as string },
  { name: 'publishedRevocations', max: 100, query: 'query($first: Int, $after: ID) { list: publishedRevocations(first: $first, after: $after) { cursor } }', cursor: (r) => r['cursor'] as string },
  {
    name: 'completionReminders',
    max: 100,
    query: 'query($first: Int, $after: String) { list: completionReminders(first: $first, after: $after) { case { registrationNumber } } }',
    cursor: (r) => (r['case'] as Item)['registrationNumber'] as string,
  },
  {
    name: 'followUpsDue',
    max: 100,
    grown: 130,
    query: 'query($first: Int, $after: String, $asOf: String) { list: followUpsDue(asOf: $asOf, first: $first, after: $after) { case { registrationNumber } year state } }',
    variables: { asOf: '2026-06-01' },
    cursor: (s) => (s['case'] as Item)['registrationNumber'] as string,
  },
  { name: 'openDataQueries', max: 100, query: 'query($first: Int, $after: ID) { list: openDataQueries(facilityId: "F001", first: $first, after: $after) { id } }', cursor: (q) => q['id'] as string },
  { name: 'myImageUploads', max: 100, query: 'query($first: Int, $after: ID) { list: myImageUploads(first: $first, after: $after) { id } }', cursor: (u) => u['id'] as string },
  { name: 'heldImages', max: 100, query: 'query($first: Int) { list: heldImages(first: $first) { sopInstanceUid } }' },
  {
    name: 'coreLabWorklist',
    max: 100,
    query: 'query($first: Int, $after: String) { list: coreLabWorklist(first: $first, after: $after) { registrationNumber } }',
    cursor: (c) => c['registrationNumber'] as string,
    token: () => supervisor,
  },
  {
    name: 'overdueCoreLabCases',
    max: 100,
    query: 'query($first: Int, $after: String) { list: overdueCoreLabCases(first: $first, after: $after) { registrationNumber } }',
    cursor: (c) => c['registrationNumber'] as string,
  },
  {
    name: 'Thread.posts',
    max: 100,
    grown: 300,
    query: 'query($t: ID!, $first: Int, $after: String) { thread(id: $t) { list: posts(first: $first, after: $after) { id cursor } } }',
    cursor: (p) => p['cursor'] as string,
  },
];

async function page(list: PagedList, first: number | undefined, after?: string | number) {
  const variables = { ...(list.name === 'Thread.posts' ? { t: threadId } : {}), ...list.variables, first, after };
  const res = await t.gql<Record<string, unknown>>(list.query, { token: list.token?.() ?? staff, variables });
  const data = res.data as Record<string, unknown> | null | undefined;
  const items = (list.name === 'Thread.posts' ? (data?.['thread'] as Item | undefined)?.['list'] : data?.['list']) as Item[] | undefined;
  return { res, items };
}

/** Every item of the list, `size` at a time, following the cursor; each page checked against `size`. */
async function walk(list: PagedList, size: number): Promise<Item[]> {
  const all: Item[] = [];
  let after: string | number | undefined;
  for (let pages = 0; pages < 1_000; pages++) {
    const { res, items } = await page(list, size, after);
    expect(res.errors, `${list.name} page ${pages}`).toBeUndefined();
    expect(items!.length).toBeLessThanOrEqual(size);
    all.push(...items!);
    if (items!.length < size || !list.cursor) return all;
    after = list.cursor(items![items!.length - 1]!);
  }
  throw new Error(`${list.name}: more than 1,000 pages`);
}

const key = (list: PagedList, item: Item) => JSON.stringify(list.cursor ? list.cursor(item) : item);

async function grow(): Promise<void> {
  const db = t.handle.db;
  // One post of the thread gives the author and the post the grown rows refer to.
  const first = sql`(select thread_id, id, author_account_id from adjudication.posts where thread_id = ${threadId} order by seq limit 1) p`;
  // Ties on the sort key (three matters a minute, every notification at one instant) prove the id breaks them.
  await db.execute(sql`insert into adjudication.matters (id, kind, question, raised_by_account_id, status, created_at)
    select gen_random_uuid(), 'DATA_CENTER_QUESTION', 'Question ' || g, p.author_account_id, 'SUBMITTED', now() - (g / 3) * interval '1 minute' from ${first} cross join generate_series(1, 130) g`);
  await db.execute(sql`insert into adjudication.notifications (id, operator_id, kind, thread_id, post_id, created_at)
    select gen_random_uuid(), 'OP0001', 'QUESTION_ASKED', p.thread_id, p.id, timestamptz '2026-03-01 09:00:00+09' from ${first} cross join generate_series(1, 130) g`);
  await db.execute(sql`insert into adjudication.posts (id, thread_id, seq, author_account_id, kind, body, created_at)
    select gen_random_uuid(), p.thread_id, 100000 + g, p.author_account_id, 'DISCUSSION', 'Post ' || g, now() from ${first} cross join generate_series(1, 300) g`);
  // Cases of 2025 owing their first follow-up on 2026-06-01, three a day (ties on the due date prove the number breaks them) [R19].
  await db.execute(sql`insert into cases.cases (registration_number, facility_id, operator_id, patient_code, patient_initials, domestic, procedure_date, vessel, status, follow_up_consented)
    select 'CTO-2025-9' || lpad(g::text, 4, '0'), 'F001', 'OP0001', 'FU-' || g, 'FU', true, date '2025-01-01' + (g / 3), 'LAD', 'COMPLETE', true from generate_series(1, 130) g`);
  await db.execute(sql`insert into operators.applications (applicant_name, facility_id, cto_experience, status, filed_on)
    select 'Applicant ' || g, 'F001', 300, 'FILED', date '2026-01-01' + (g / 4) from generate_series(1, 120) g`);
  await db.execute(sql`insert into operators.operators (id, name, facility_id, status, status_since)
    select 'OPX' || lpad(g::text, 4, '0'), 'Operator ' || (g % 7), 'F00' || (1 + g % 5), 'CERTIFIED', date '2026-01-01' from generate_series(1, 520) g`);
}

beforeAll(async () => {
  t = await startTestRegistry();
  const login = await t.login('OP0001');
  const claims = JSON.parse(Buffer.from(login.split('.')[1]!, 'base64url').toString()) as { sub: string };
  staff = await signUserToken({ accountId: claims.sub, roles: ROLES.filter((r) => !CORE_LAB_ROLES.includes(r)), operatorId: 'OP0001', facilityId: 'F001' }, t.keys.userPrivate!);
  supervisor = await t.login('corelab-supervisor');
  const res = await t.gql<{ case: { discussion: { id: string } } }>('{ case(registrationNumber: "CTO-2026-00001") { discussion { id } } }', { token: staff });
  threadId = res.data!.case.discussion.id;
  await grow();
}, 600_000);

afterAll(async () => {
  await t?.stop();
});

describe('every list is paged with a maximum page, in SQL [15.1]', () => {
  for (const list of LISTS) {
    it(`should refuse ${list.name}(first:) below 1 or above ${list.max} with BAD_USER_INPUT on first [15.1]`, async () => {
      for (const first of [0, -1, list.max + 1]) {
        const { res } = await page(list, first);
        expect(res.errors?.[0]?.extensions, `${list.name}(first: ${first})`).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', fieldPath: ['first'] });
      }
    });

    it(`should serve ${list.name} at most ${list.max} a page and reach every item exactly once through the cursor [15.1]`, async () => {
      const { res, items } = await page(list, undefined);
      expect(res.errors).toBeUndefined();
      expect(items!.length).toBeLessThanOrEqual(list.max);
      const byMax = await walk(list, list.max);
      if (list.grown) {
        expect(items!.length).toBe(list.name === 'Thread.posts' || list.name === 'certifiedOperators' ? list.max : 50);
        expect(byMax.length).toBeGreaterThan(list.max);
        expect(byMax.length).toBeGreaterThanOrEqual(list.grown);
      }
      if (!list.cursor) return;
      const keys = byMax.map((i) => key(list, i));
      expect(new Set(keys).size).toBe(keys.length);
      // Small pages see the same items in the same order: nothing skipped or repeated at a page boundary.
      const small = await walk(list, list.grown ? 7 : 2);
      expect(small.map((i) => key(list, i))).toEqual(keys);
    }, 300_000);
  }

  it('should refuse a malformed cursor of an id-keyed list with BAD_USER_INPUT on after [15.1]', async () => {
    const res = await t.gql('{ matters(after: "not-an-id") { id } }', { token: staff });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['after'] });
  });

  it('should serve posts(first: 10) of a 300-post thread as its first ten posts, in order [15.1]', async () => {
    const res = await t.gql<{ thread: { posts: { cursor: string }[] } }>('query($t: ID!) { thread(id: $t) { posts(first: 10) { cursor } } }', { token: staff, variables: { t: threadId } });
    const cursors = res.data!.thread.posts.map((p) => Number(p.cursor));
    expect(cursors).toHaveLength(10);
    expect([...cursors].sort((a, b) => a - b)).toEqual(cursors);
  });
});

describe('invalid IDs are refused before any query [15.1]', () => {
  for (const [field, query] of [
    ['thread', '{ thread(id: "nope") { id } }'],
    ['matter', '{ matter(id: "nope") { id } }'],
    ['ruling', '{ ruling(id: "nope") { id } }'],
    ['application', '{ application(id: "nope") { id } }'],
    ['imageUpload', '{ imageUpload(id: "nope") { id } }'],
  ] as const) {
    it(`should answer ${field}(id: "nope") BAD_USER_INPUT on id [15.1]`, async () => {
      const res = await t.gql(query, { token: staff });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', fieldPath: ['id'] });
    });
  }
});
