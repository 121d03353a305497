import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type DefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The tree tells the truth [#14.4]: `schema/<subgraph>/<module>.graphql` and
 * `services/<subgraph>/src/<module>/` carry the same names, and what a module's SDL adds to
 * the root types and to other types is resolved in that module's directory.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SUBGRAPHS = ['operators', 'cases', 'adjudication'] as const;

/**
 * SDL files that are no module: the federation `@link` of the subgraph, and the internal feed
 * of committed entity changes the gateway's entity cache follows, resolved for every subgraph
 * that publishes one by `buildSubgraph`'s `entityChanges` (packages/subgraph-server) [#17.1].
 */
const SDL_WITHOUT_MODULE = ['federation', 'entity-changes'];

/** Directories of every subgraph that are no module: tables and migrations' schema, generated types, the demo seed. */
const NOT_MODULES = ['db', 'generated', 'seed'];

/** Modules without a GraphQL surface, each with the reason it has none. */
const MODULES_WITHOUT_SDL: Record<(typeof SUBGRAPHS)[number], Record<string, string>> = {
  operators: {
    audit: "the audit log, the unit of work's trail: written by every module's writes, read by none through the API",
    bootstrap: 'the first accounts, from a file at start-up (npm run bootstrap), never through the API',
    'case-counts': "a projection of the cases subgraph's events, read by renewal and certification",
  },
  cases: {
    committee: "a projection of adjudication's committee seats, read by the case, form, image and core-lab access checks",
    roster: "a projection of the operators subgraph's roster, read by registration and site readiness",
    shared: 'dates, text, constraints and refusals the modules share',
  },
  adjudication: {
    'case-projection': "a projection of the cases subgraph's case events",
    steering: "a projection of the operators subgraph's steering terms",
  },
};

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function moduleDirs(subgraph: string): string[] {
  const src = path.join(ROOT, 'services', subgraph, 'src');
  return readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !NOT_MODULES.includes(d.name))
    .map((d) => d.name)
    .sort();
}

function sdlModules(subgraph: string): string[] {
  return readdirSync(path.join(ROOT, 'schema', subgraph))
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.replace(/\.graphql$/, ''))
    .filter((m) => !SDL_WITHOUT_MODULE.includes(m))
    .sort();
}

/** The resolver files of a module: `resolvers.ts` and any `*-resolvers.ts` beside it. */
function resolverText(subgraph: string, module: string): string {
  const dir = path.join(ROOT, 'services', subgraph, 'src', module);
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .filter((f) => f === 'resolvers.ts' || f.endsWith('-resolvers.ts'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

/** `Type.field` for every field a module's SDL adds to a root type or to a type it extends. */
function contributedFields(subgraph: string, module: string): string[] {
  const doc = parse(readFileSync(path.join(ROOT, 'schema', subgraph, `${module}.graphql`), 'utf8'));
  const isContribution = (d: DefinitionNode) =>
    (d.kind === Kind.OBJECT_TYPE_DEFINITION && ROOT_TYPES.has(d.name.value)) || d.kind === Kind.OBJECT_TYPE_EXTENSION;
  return doc.definitions.flatMap((d) =>
    isContribution(d) && (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION)
      ? (d.fields ?? []).filter((f) => !f.directives?.some((x) => x.name.value === 'external')).map((f) => `${d.name.value}.${f.name.value}`)
      : [],
  );
}

describe('the tree tells the truth: each module and its SDL carry one name [#14.4]', () => {
  describe.each(SUBGRAPHS)('%s', (subgraph) => {
    it('should have an SDL file for every module directory and a module directory for every SDL file', () => {
      const withoutSdl = Object.keys(MODULES_WITHOUT_SDL[subgraph]);
      expect(moduleDirs(subgraph).filter((m) => !withoutSdl.includes(m))).toEqual(sdlModules(subgraph));
    });

    it('should list as modules without SDL only directories that exist and serve no GraphQL', () => {
      for (const module of Object.keys(MODULES_WITHOUT_SDL[subgraph])) {
        expect(moduleDirs(subgraph), module).toContain(module);
        expect(sdlModules(subgraph), module).not.toContain(module);
        expect(resolverText(subgraph, module), `${module} has resolvers: give it schema/${subgraph}/${module}.graphql`).toBe('');
      }
    });

    it("should resolve the operations and extension fields of a module's SDL in that module's resolvers", () => {
      const misplaced = sdlModules(subgraph).flatMap((module) => {
        const text = resolverText(subgraph, module);
        return contributedFields(subgraph, module)
          .filter((field) => !new RegExp(`\\b${field.split('.')[1]}\\b`).test(text))
          .map((field) => `${module}.graphql: ${field}`);
      });
      expect(misplaced).toEqual([]);
    });
  });
});
