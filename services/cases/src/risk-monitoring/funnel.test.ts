import { describe, expect, it } from 'vitest';
import { funnel, limitsAt, wilson } from './funnel.ts';

// The hand-checked example of docs/monitoring.md: two operators of 10 cases, each case expected
// to succeed with p = 0.8 (E = 8 each); OP-A succeeded 4 times, OP-B 8 times. p̄ = 0.8.
const example = [
  ...Array.from({ length: 10 }, (_, i) => ({ operatorId: 'OP-A', success: i < 4, expected: 0.8 })),
  ...Array.from({ length: 10 }, () => ({ operatorId: 'OP-B', success: true, expected: 0.8 })).map((c, i) => ({ ...c, success: i < 8 })),
];

describe('observed against expected and the funnel [R15][R38]', () => {
  it('[R15] should compute O/E and its 95 % interval as worked by hand', () => {
    const f = funnel(example);
    const a = f.operators.find((o) => o.operatorId === 'OP-A')!;
    expect(a).toMatchObject({ cases: 10, observed: 4 });
    expect(a.expected).toBeCloseTo(8, 10);
    expect(a.ratio).toBeCloseTo(0.5, 10);
    // Wilson 95 % of 4/10 is [0.16818, 0.68732]; times n/E = 10/8.
    expect(wilson(4, 10).lower).toBeCloseTo(0.16818, 4);
    expect(wilson(4, 10).upper).toBeCloseTo(0.68732, 4);
    expect(a.interval95.lower).toBeCloseTo(0.21022, 4);
    expect(a.interval95.upper).toBeCloseTo(0.85916, 4);
    expect(f.expectedRate).toBeCloseTo(0.8, 10);
    expect(f.observed).toBe(12);
  });

  it('[R15][R38] should draw the exact binomial limits at n cases (Spiegelhalter 2005, A.1.1) and flag an operator beyond 99.8 %', () => {
    // Binomial(10, 0.8), interpolated, divided by p̄ = 0.8: 95 % 0.58813–1.22090, 99.8 % 0.37808–1.24884 (docs/monitoring.md).
    const l = limitsAt(10, 0.8);
    expect(l.lower95).toBeCloseTo(0.58813, 4);
    expect(l.upper95).toBeCloseTo(1.2209, 4);
    expect(l.lower998).toBeCloseTo(0.37808, 4);
    expect(l.upper998).toBeCloseTo(1.24884, 4);
    // OP-A's 4 of 10 (0.5) is outside 95 % and inside 99.8 %: shown, not flagged; OP-E's 2 of 10 (0.25) is flagged.
    const withE = [...example, ...Array.from({ length: 10 }, (_, i) => ({ operatorId: 'OP-E', success: i < 2, expected: 0.8 }))];
    const [a, b, e] = funnel(withE).operators;
    expect(a).toMatchObject({ operatorId: 'OP-A', position: 'BELOW_95', flaggedForReview: false });
    expect(b).toMatchObject({ operatorId: 'OP-B', position: 'INSIDE_95', flaggedForReview: false });
    expect(e).toMatchObject({ operatorId: 'OP-E', position: 'BELOW_998', flaggedForReview: true });
  });

  it('[R15][R38] should flag beyond 99.8 % only: outside 95 % is shown, not flagged; the curve reaches the largest operator', () => {
    const f = funnel([...example.filter((c) => c.operatorId === 'OP-B'), ...Array.from({ length: 10 }, (_, i) => ({ operatorId: 'OP-C', success: i < 6, expected: 0.8 }))]);
    const c = f.operators.find((o) => o.operatorId === 'OP-C')!;
    // OP-C: 6/8 = 0.75 lies inside the 95 % limits; OP-D: 5/8 = 0.625 too (above 0.588); OP-A's 4/8 = 0.5 lies between 0.588 and 0.378.
    expect(c.position).toBe('INSIDE_95');
    const d = funnel([...example.filter((x) => x.operatorId === 'OP-B'), ...Array.from({ length: 10 }, (_, i) => ({ operatorId: 'OP-D', success: i < 5, expected: 0.8 }))]).operators[1]!;
    expect(d).toMatchObject({ operatorId: 'OP-D', position: 'INSIDE_95', flaggedForReview: false });
    expect(f.curve.at(-1)!.cases).toBe(10);
    // At one case the lower 99.8 % limit is 0: nobody that small can be flagged low.
    expect(f.curve[0]!.lower998).toBe(0);
  });
});
