import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  valueFromASTUntyped,
  type DirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
  type TypeNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * The cost of a query, known before it runs: IBM's GraphQL Cost Directives as Apollo
 * Federation composes them (`@cost(weight)` and `@listSize(assumedSize, slicingArguments)`
 * from https://specs.apollo.dev/cost/v0.1). Every object costs its weight (1 unless
 * `@cost` says otherwise), scalars and enums cost nothing, and a list multiplies the cost
 * of what is selected in it by its size: its slicing argument (`first`) when given, never
 * above its `assumedSize` (the maximum page, which the resolver enforces), else the
 * assumed size. A back-reference such as `Post.thread` is an object, so it adds one and
 * multiplies nothing; a cycle through lists multiplies at every list, as its work does.
 */
export interface FieldCost {
  weight?: number;
  assumedSize?: number;
  slicingArguments?: string[];
  /** A connection's list (`CaseConnection.nodes`): sized by the field that returned the connection. */
  sizedByParent?: true;
}

/** A list that declares no `@listSize`: what it is assumed to hold. */
export const DEFAULT_LIST_SIZE = 50;

/** `Type.field` → its cost directives, read from an SDL (a subgraph's or the composed supergraph). */
export type CostMap = ReadonlyMap<string, FieldCost>;

const COST_NAMES = new Set(['cost', 'cost__cost', 'federation__cost']);
const LIST_SIZE_NAMES = new Set(['listSize', 'cost__listSize', 'federation__listSize']);

function directiveArgs(directive: DirectiveNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of directive.arguments ?? []) out[arg.name.value] = valueFromASTUntyped(arg.value);
  return out;
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

export function readCostDirectives(document: DocumentNode): CostMap {
  const map = new Map<string, FieldCost>();
  const sized: string[] = [];
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      const entry: FieldCost = {};
      for (const directive of field.directives ?? []) {
        const args = directiveArgs(directive);
        if (COST_NAMES.has(directive.name.value) && typeof args['weight'] === 'number') entry.weight = args['weight'];
        if (LIST_SIZE_NAMES.has(directive.name.value)) {
          if (typeof args['assumedSize'] === 'number') entry.assumedSize = args['assumedSize'];
          if (Array.isArray(args['slicingArguments'])) entry.slicingArguments = args['slicingArguments'].map(String);
          if (Array.isArray(args['sizedFields'])) for (const name of args['sizedFields']) sized.push(`${namedTypeOf(field.type)}.${String(name)}`);
        }
      }
      if (Object.keys(entry).length > 0) map.set(`${definition.name.value}.${field.name.value}`, entry);
    }
  }
  for (const key of sized) map.set(key, { ...map.get(key), sizedByParent: true });
  return map;
}

function sizeOf(spec: FieldCost | undefined, args: Record<string, unknown>, fieldName: string): number {
  // `_entities` holds exactly the representations the gateway sent.
  if (fieldName === '_entities' && Array.isArray(args['representations'])) return args['representations'].length;
  const max = spec?.assumedSize ?? DEFAULT_LIST_SIZE;
  const sliced = (spec?.slicingArguments ?? []).map((name) => args[name]).filter((v): v is number => typeof v === 'number');
  if (sliced.length === 0) return max;
  // Above the maximum the resolver refuses the argument (BAD_USER_INPUT), so it costs the maximum.
  return Math.min(max, Math.max(0, ...sliced));
}

export function costEstimator(costs: CostMap): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const spec = costs.get(`${type.name}.${field.name}`);
    const weight = spec?.weight ?? (isCompositeType(getNamedType(field.type)) ? 1 : 0);
    const paged = isListType(getNullableType(field.type)) || spec?.slicingArguments !== undefined;
    if (!paged || spec?.sizedByParent) return weight + childComplexity;
    const size = sizeOf(spec, args, field.name);
    // A connection (`{ nodes totalCount pageInfo }`) is paged by its own argument and names
    // its list in `sizedFields`: its selection is counted once per item, which over-counts
    // its page info a little.
    return isListType(getNullableType(field.type)) ? size * (weight + childComplexity) : weight + size * childComplexity;
  };
}

/** Nodes the estimator visits at most (fragment spreads counted each time they are spread). */
export const MAX_QUERY_NODES = 20_000;

export interface CostOptions {
  schema: GraphQLSchema;
  costs: CostMap;
  document: DocumentNode;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
}

/**
 * The cost of the operation, or `Infinity` when it is too large even to estimate (more than
 * MAX_QUERY_NODES fields once fragments are spread). Variables that do not coerce make the
 * estimate 0: the executor refuses them, so nothing runs.
 */
export function queryCost(options: CostOptions): number {
  try {
    return getComplexity({
      schema: options.schema,
      query: options.document,
      variables: options.variables ?? {},
      ...(options.operationName ? { operationName: options.operationName } : {}),
      estimators: [costEstimator(options.costs)],
      maxQueryNodes: MAX_QUERY_NODES,
    });
  } catch (err) {
    if (err instanceof GraphQLError && /maximum allowed number of nodes/i.test(err.message)) return Infinity;
    if (err instanceof GraphQLError) return 0;
    throw err;
  }
}
