import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** The root fields of introspection (GraphQL spec §4.2): the schema, one type, and the root's type name. */
const INTROSPECTION_ROOT_FIELDS = new Set(['__schema', '__type', '__typename']);

/**
 * What an introspection-only operation may cost where introspection is enabled (development):
 * the estimate of the introspection query an IDE sends (GraphiQL's, `getIntrospectionQuery`
 * with deprecated arguments and the schema's description: 1,510,104, as every list of the meta-schema counts as
 * DEFAULT_LIST_SIZE) with room, and below a fourth level of nested meta-schema lists
 * (50⁴ = 6.25 million), so an introspection query built to be wide and deep is still refused
 * (graphql-js refuses the deepest by its own MaxIntrospectionDepthRule).
 */
export const INTROSPECTION_COST_LIMIT = 3_000_000;

function operationOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

function onlyIntrospection(set: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  return set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return INTROSPECTION_ROOT_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyIntrospection(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name)) return true;
    seen.add(name);
    const fragment = fragments.get(name);
    return fragment !== undefined && onlyIntrospection(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Whether the operation to run is a query whose root selects nothing but `__schema`,
 * `__type` and `__typename` (through fragments too). A single other root field makes it an
 * ordinary operation, costed whole (its introspection included) against the ordinary limit.
 */
export function isIntrospectionOnly(document: DocumentNode, operationName?: string | null): boolean {
  const operation = operationOf(document, operationName);
  if (!operation || operation.operation !== 'query') return false;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return onlyIntrospection(operation.selectionSet, fragments, new Set());
}
