import { Kind, type DocumentNode, type EnumTypeDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';

const stringArg = (node: { arguments?: readonly { name: { value: string }; value: { kind: Kind; value?: unknown } }[] | undefined }, name: string) => {
  const arg = node.arguments?.find((a) => a.name.value === name)?.value;
  return arg && (arg.kind === Kind.STRING || arg.kind === Kind.ENUM) ? String(arg.value) : undefined;
};

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** A subgraph that publishes its committed entity changes, and the subscription field it serves them as. */
export interface EntityChangeSource {
  subgraph: string;
  field: string;
}

/**
 * The subgraphs that publish their committed entity changes (a Subscription field of type
 * `EntityChange`, `@inaccessible`, one per subgraph: `_entityChanges` of the operators
 * subgraph, `_adjudicationEntityChanges` of the adjudication subgraph): the gateway keeps an
 * entity cache for these and only these, each following its own field [#17.1].
 */
export function subgraphsWithEntityChanges(supergraph: DocumentNode): EntityChangeSource[] {
  const definitions = supergraph.definitions;
  const graphs = definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph');
  const nameOf = new Map(
    (graphs?.values ?? []).map((v) => [v.name.value, stringArg(v.directives?.find((d) => d.name.value === 'join__graph') ?? {}, 'name') ?? v.name.value.toLowerCase()]),
  );
  const subscription = definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Subscription');
  return (subscription?.fields ?? [])
    .filter((f) => namedType(f.type) === 'EntityChange')
    .flatMap((f) =>
      (f.directives ?? [])
        .filter((d) => d.name.value === 'join__field')
        .flatMap((d) => {
          const graph = stringArg(d, 'graph');
          return graph ? [{ subgraph: nameOf.get(graph) ?? graph.toLowerCase(), field: f.name.value }] : [];
        }),
    );
}
