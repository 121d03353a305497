import { Kind, type DocumentNode, type EnumTypeDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';

const stringArg = (node: { arguments?: readonly { name: { value: string }; value: { kind: Kind; value?: unknown } }[] | undefined }, name: string) => {
  const arg = node.arguments?.find((a) => a.name.value === name)?.value;
  return arg && (arg.kind === Kind.STRING || arg.kind === Kind.ENUM) ? String(arg.value) : undefined;
};

/**
 * The subgraphs that publish their committed entity changes (a `_entityChanges` subscription,
 * `@inaccessible`): the gateway keeps an entity cache for these and only these [#17.1].
 */
export function subgraphsWithEntityChanges(supergraph: DocumentNode): string[] {
  const definitions = supergraph.definitions;
  const graphs = definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph');
  const nameOf = new Map(
    (graphs?.values ?? []).map((v) => [v.name.value, stringArg(v.directives?.find((d) => d.name.value === 'join__graph') ?? {}, 'name') ?? v.name.value.toLowerCase()]),
  );
  const subscription = definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Subscription');
  const field = subscription?.fields?.find((f) => f.name.value === '_entityChanges');
  return (field?.directives ?? [])
    .filter((d) => d.name.value === 'join__field')
    .flatMap((d) => {
      const graph = stringArg(d, 'graph');
      return graph ? [nameOf.get(graph) ?? graph.toLowerCase()] : [];
    });
}
