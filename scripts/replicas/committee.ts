/**
 * A committee session to vote in, from the demo data (the journey of
 * test/journey/adjudication-committee.test.ts): the two assigned core-lab readers read
 * CTO-2026-00003 blind, its operator objects to the official result [R28a], the objection
 * is screened [R45], a session declared and one point at issue posted [R46]. The nine
 * eligible members then vote, twice (a second round called after the split first) [R48];
 * the case's operator is recused [R49].
 */
import { sleep } from '../fault/processes.ts';
import { gql, login } from '../fault/workload.ts';

type Gql = <T>(query: string, variables: Record<string, unknown>, token: string) => Promise<{ status: number; data?: T; errors?: { extensions?: { code?: string } }[] }>;

export const REGISTRATION = 'CTO-2026-00003';
export const ELIGIBLE = ['OP0002', 'OP0001', 'OP0004', 'OP0005', 'OP0006', 'expert-1', 'expert-2', 'expert-3', 'expert-4'];
const JUDGEMENT = {
  ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: true, retryLesion: false,
  timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: false, perforation: 'NONE', noReflow: false, dissection: false,
};

async function ok<T>(call: Promise<{ data?: T; errors?: unknown }>, what: string): Promise<T> {
  const res = await call;
  if (!res.data || res.errors) throw new Error(`${what}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export interface Session {
  matterId: string;
  pointId: string;
  tokens: Map<string, string>;
}

/** Opens the session through `url`; the official result reaches adjudication by its consumer, so the objection is retried until it has. */
export async function openCommitteeSession(url: string): Promise<Session> {
  const ids = [...ELIGIBLE, 'OP0003', 'secretariat', 'corelab-reader-1', 'corelab-reader-2', 'corelab-supervisor'];
  const tokens = new Map(await Promise.all(ids.map(async (id) => [id, await login(url, id)] as const)));
  const q: Gql = (query, variables, token) => gql(url, query, variables, token);
  const readers = await ok(q<{ coreLabCase: { assignments: { readerId: string }[] } }>(`{ coreLabCase(registrationNumber: "${REGISTRATION}") { assignments { readerId } } }`, {}, tokens.get('corelab-supervisor')!), 'assignments');
  const byAccount = new Map<string, string>();
  for (const reader of ['corelab-reader-1', 'corelab-reader-2']) byAccount.set((await ok(q<{ viewer: { id: string } }>('{ viewer { id } }', {}, tokens.get(reader)!), 'viewer')).viewer.id, reader);
  for (const { readerId } of readers.coreLabCase.assignments) {
    await ok(q('mutation($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }', { n: REGISTRATION, j: JUDGEMENT }, tokens.get(byAccount.get(readerId)!)!), 'core-lab read');
  }
  let matterId: string | undefined;
  for (let i = 0; i < 100 && !matterId; i++) {
    const res = await q<{ raiseObjection: { id: string } }>('mutation($n: RegistrationNumber!) { raiseObjection(registrationNumber: $n, grounds: "The wire reached the distal true lumen; the final run shows TIMI 3.") { id } }', { n: REGISTRATION }, tokens.get('OP0003')!);
    matterId = res.data?.raiseObjection.id;
    if (!matterId) await sleep(100);
  }
  if (!matterId) throw new Error('the objection was never accepted (no official result reached adjudication)');
  await ok(q('mutation($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }', { m: matterId }, tokens.get('OP0001')!), 'screening');
  await ok(q('mutation($m: ID!) { declareSession(matterId: $m) { status } }', { m: matterId }, tokens.get('OP0002')!), 'session');
  const posted = await ok(
    q<{ postPointsAtIssue: { pointsAtIssue: { id: string }[] } }>('mutation($m: ID!) { postPointsAtIssue(matterId: $m, points: ["The procedure was a technical success."]) { pointsAtIssue { id } } }', { m: matterId }, tokens.get('OP0002')!),
    'points at issue',
  );
  return { matterId, pointId: posted.postPointsAtIssue.pointsAtIssue[0]!.id, tokens };
}

/** The n-th act of the voting: the nine votes of round 1 (six YES), the second round called, the nine of round 2. */
export function votingAct(session: Session, n: number): { key: string; query: string; variables: Record<string, unknown>; token: string } | undefined {
  const p = session.pointId;
  if (n === ELIGIBLE.length) return { key: 'second round', query: 'mutation($p: ID!) { callSecondRound(pointId: $p) { currentRound } }', variables: { p }, token: session.tokens.get('secretariat')! };
  const round = n < ELIGIBLE.length ? 1 : 2;
  const i = round === 1 ? n : n - ELIGIBLE.length - 1;
  const member = ELIGIBLE[i];
  if (!member) return undefined;
  const choice = i < (round === 1 ? 6 : 5) ? 'YES' : 'NO';
  return { key: `round ${round} ${member}`, query: 'mutation($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id } }', variables: { p, c: choice }, token: session.tokens.get(member)! };
}
