import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type DirectiveNode, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CORE_LAB_ROLES, Role, rolesWith, type Viewer } from '@registry/auth';
import { assertCanReadThread, readsDiscussionsByRole } from '../src/discussion/discussion-policy.ts';

/**
 * The gateway keeps the adjudication subgraph's answers of a case's discussion by the
 * viewer's roles alone (`@cacheControl`, scope PUBLIC; gateway/src/entity-cache) [#17.1].
 * That is sound only while what such a viewer reads of a case's discussion depends on roles
 * and nothing of who the viewer is; where it does depend on more (the case's own operator
 * reading it by relation [R6], a committee group thread [R47]) the resolvers answer PRIVATE.
 * These tests say so, and fail the day a rule reads more.
 */
const ROLES = Object.values(Role);
const CASE_THREAD = { matterId: null };
const CASE_OPERATOR = 'OP0007';

/** Whether `viewer` may read a case's discussion whose operator is `CASE_OPERATOR`. */
const reads = (viewer: Viewer) => {
  try {
    assertCanReadThread(viewer, CASE_THREAD, { caseOperatorId: CASE_OPERATOR });
    return true;
  } catch {
    return false;
  }
};

/** Every role alone, and each paired with another (a steering member is an operator too). */
const roleSets: Role[][] = [[], ...ROLES.map((r) => [r]), ...ROLES.flatMap((a, i) => ROLES.slice(i + 1).map((b) => [a, b]))];

const schemaDir = fileURLToPath(new URL('../../../schema/adjudication/', import.meta.url));
const sdl = (file: string) => parse(readFileSync(`${schemaDir}${file}`, 'utf8'));
const marked = (directives: readonly DirectiveNode[] | undefined) => (directives ?? []).some((d) => d.name.value === 'cacheControl');
/** `Type` or `Type.field` for every definition in the adjudication SDL that carries `@cacheControl`. */
const cacheMarks = () =>
  readdirSync(schemaDir).filter((file) => file.endsWith('.graphql')).flatMap((file) =>
    sdl(file).definitions.flatMap((d) => {
      if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) return [];
      const type = d as ObjectTypeDefinitionNode;
      return [...(marked(type.directives) ? [type.name.value] : []), ...(type.fields ?? []).filter((f) => marked(f.directives)).map((f) => `${type.name.value}.${f.name.value}`)];
    }),
  );

describe('a case discussion is read alike by every viewer of the same roles [#17.1]', () => {
  it('[R6][R24] should let a viewer who reads discussions by role read a case discussion whether or not it is their case, and whoever they are', () => {
    for (const roles of roleSets) {
      const self: Viewer = { accountId: 'a', roles, operatorId: CASE_OPERATOR, facilityId: 'F002' };
      const other: Viewer = { accountId: 'b', roles, operatorId: 'OP0001', facilityId: 'F001' };
      const stranger: Viewer = { accountId: 'c', roles };
      if (!readsDiscussionsByRole(self)) continue;
      expect([reads(self), reads(other), reads(stranger)], roles.join(',')).toEqual([true, true, true]);
    }
  });

  it('[R6] should find that a viewer who does not read discussions by role reads one by who they are: answered PRIVATE, never kept by roles', () => {
    const dependOnIdentity = roleSets.filter((roles) => {
      const self: Viewer = { accountId: 'a', roles, operatorId: CASE_OPERATOR };
      const other: Viewer = { accountId: 'b', roles, operatorId: 'OP0001' };
      return !readsDiscussionsByRole(self) && reads(self) !== reads(other);
    });
    // The associate and the former operator read their own case's thread, no other [R10][R11].
    expect(dependOnIdentity).toContainEqual([Role.Associate]);
    expect(dependOnIdentity).toContainEqual([Role.Ob]);
    const byRole = rolesWith('discussion:read');
    for (const roles of roleSets) {
      expect(readsDiscussionsByRole({ roles }), roles.join(',')).toBe(!roles.some((r) => CORE_LAB_ROLES.includes(r)) && roles.some((r) => byRole.includes(r)));
    }
  });

  it('[R25] should never let the core lab read a case discussion, whatever else it holds', () => {
    for (const roles of roleSets.filter((set) => set.some((r) => CORE_LAB_ROLES.includes(r)))) {
      expect(reads({ accountId: 'a', roles, operatorId: CASE_OPERATOR }), roles.join(',')).toBe(false);
      expect(readsDiscussionsByRole({ roles }), roles.join(',')).toBe(false);
    }
  });

  it('[R47] should mark only the case discussion path: never a matter, a point at issue, a post\'s thread or an opinion\'s operator', () => {
    expect(cacheMarks().sort()).toEqual(['Case', 'Case.discussion', 'ImageLink.series', 'Post.author', 'Post.image', 'Post.replyTo', 'Post.revisions', 'Thread.posts']);
  });
});
