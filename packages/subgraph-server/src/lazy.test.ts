import { describe, expect, it } from 'vitest';
import { lazy, lazyLoaders, only } from './lazy.ts';

describe('a lazy registry [#14.7]', () => {
  it('should build a property on first read only, once, and let one factory read another', () => {
    const built: string[] = [];
    const registry: { ledger: { name: string }; cases: { ledger: { name: string } }; fees: object } = lazy({
      ledger: () => (built.push('ledger'), { name: 'ledger' }),
      cases: () => (built.push('cases'), { ledger: registry.ledger }),
      fees: () => (built.push('fees'), {}),
    });
    expect(built).toEqual([]);
    expect(registry.cases.ledger.name).toBe('ledger');
    expect(registry.cases).toBe(registry.cases);
    expect(built).toEqual(['cases', 'ledger']);
  });

  it('should build nothing when Apollo Server copies the context, and share what was built with the copy', () => {
    const built: string[] = [];
    const registry: { a: object; b: object } = lazy({ a: () => (built.push('a'), {}), b: () => (built.push('b'), {}) });
    const a = registry.a;
    // What Apollo Server's cloneObject does to a request's context.
    const copy: typeof registry = Object.assign(Object.create(Object.getPrototypeOf(registry) as object) as typeof registry, registry);
    expect(built).toEqual(['a']);
    expect(copy.a).toBe(a);
  });

  it('should reset only the loaders built so far', () => {
    const cleared: string[] = [];
    const loader = (name: string) => () => ({ clearAll: () => cleared.push(name) });
    const { loaders, reset } = lazyLoaders({ a: loader('a'), b: loader('b') });
    reset.clearAll();
    expect(cleared).toEqual([]);
    void loaders.b;
    reset.clearAll();
    expect(cleared).toEqual(['b']);
  });

  it('should hand a service only the loaders it names, each still built on first use and cleared by reset', () => {
    const built: string[] = [];
    const loader = (name: string) => () => (built.push(name), { cleared: 0, clearAll() { this.cleared++; } });
    const { loaders, reset } = lazyLoaders({ caseByNumber: loader('caseByNumber'), seats: loader('seats'), forms: loader('forms') });
    const mine = only(loaders, ['caseByNumber', 'seats'] as const);
    expect(Object.keys(mine)).toEqual(['caseByNumber', 'seats']);
    expect('forms' in mine).toBe(false);
    expect(built).toEqual([]);
    expect(mine.caseByNumber).toBe(loaders.caseByNumber);
    expect(built).toEqual(['caseByNumber']);
    reset.clearAll();
    expect(mine.caseByNumber.cleared).toBe(1);
  });
});
