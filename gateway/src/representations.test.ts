import { describe, expect, it } from 'vitest';
import { distinctRepresentations, spreadOverPositions } from './representations.ts';

const op = (operatorId: string) => ({ __typename: 'Operator', operatorId });

describe('an entity fetch asks for each entity once [#17.1]', () => {
  it('should send each distinct representation once, in the order first met', () => {
    const { distinct, positionOf } = distinctRepresentations([op('OP1'), op('OP2'), op('OP1'), op('OP3'), op('OP2')]);
    expect(distinct).toEqual([op('OP1'), op('OP2'), op('OP3')]);
    expect(positionOf).toEqual([0, 1, 0, 2, 1]);
  });

  it("should spread the answer over the plan's positions, a repeat as a copy of its own", () => {
    const distinct = distinctRepresentations([op('OP1'), op('OP2'), op('OP1')]);
    const first = { name: 'One', facility: { __typename: 'Facility', id: 'F1' } };
    const response = spreadOverPositions({ data: { _entities: [first, { name: 'Two', facility: null }] } }, distinct);
    const entities = (response.data as { _entities: (typeof first)[] })._entities;
    expect(entities).toEqual([first, { name: 'Two', facility: null }, first]);
    // The gateway merges later fetches into each position's objects: no two positions share one.
    expect(entities[2]).not.toBe(entities[0]);
    expect(entities[2]!.facility).not.toBe(entities[0]!.facility);
  });

  it('should give every position of a distinct representation its error, with its own path', () => {
    const distinct = distinctRepresentations([op('OP1'), op('OP2'), op('OP1')]);
    const response = spreadOverPositions(
      {
        data: { _entities: [null, { name: 'Two' }] },
        errors: [
          { message: 'not visible', path: ['_entities', 0, 'name'], extensions: { code: 'FORBIDDEN' } },
          { message: 'whole request', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          { message: 'beyond what was sent', path: ['_entities', 5] },
        ],
      },
      distinct,
    );
    expect((response.data as { _entities: unknown[] })._entities).toEqual([null, { name: 'Two' }, null]);
    expect(response.errors).toEqual([
      { message: 'not visible', path: ['_entities', 0, 'name'], extensions: { code: 'FORBIDDEN' } },
      { message: 'not visible', path: ['_entities', 2, 'name'], extensions: { code: 'FORBIDDEN' } },
      { message: 'whole request', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { message: 'beyond what was sent', path: ['_entities', 5] },
    ]);
  });

  it('should pass an answer without the expected entities as it is (the gateway reports it)', () => {
    const distinct = distinctRepresentations([op('OP1'), op('OP1')]);
    const failed = { errors: [{ message: 'subgraph down' }] };
    expect(spreadOverPositions(failed, distinct)).toBe(failed);
    const short = { data: { _entities: [] } };
    expect(spreadOverPositions(short, distinct)).toBe(short);
  });
});
