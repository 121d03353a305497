import { buildOperationContext } from '@apollo/gateway';

export type OperationContext = ReturnType<typeof buildOperationContext>;
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import {
  GraphQLString,
  Kind,
  parse,
  print,
  valueFromAST,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';

/** The variable through which the bridge resumes an upstream subscription after its last event. */
export const RESUME_VARIABLE = '__resumeAfter';

export interface SubscriptionPlan {
  operationContext: OperationContext;
  /** The subscription sent to the subgraph that owns the root field. */
  primary: FetchNode;
  /** Fetches that complete each event with fields other subgraphs own (authors' names, …). */
  rest: PlanNode | undefined;
  /** The root field's `after` as the client gave it. */
  initialAfter: string | undefined;
  /** The root field is marked `@personal`: its events depend on who is asking. */
  personal: boolean;
}

/** The composed directive a subgraph puts on a live field whose events depend on the person. */
export const PERSONAL_DIRECTIVE = 'personal';

/** Distinct operations whose plans are kept; a web client sends a handful. */
const PLAN_CACHE_SIZE = 500;

/** What a plan is once the variables are left out: everything but the client's `after`. */
interface CachedPlan extends Omit<SubscriptionPlan, 'initialAfter'> {
  after: ValueNode | undefined;
}

/**
 * Plans subscriptions with the gateway's own query planner over the committed supergraph.
 * The plan of a subscription is a `primary` fetch (the owning subgraph's subscription)
 * and a `rest` (entity fetches run on every event); this is the part of federation that
 * `@apollo/gateway` plans but does not execute.
 */
export class SubscriptionPlanner {
  readonly supergraphSchema: GraphQLSchema;
  readonly apiSchema: Schema;
  readonly schema: GraphQLSchema;
  private readonly planner: QueryPlanner;
  /**
   * Plans by operation text and name, as Apollo's gateway keeps them for HTTP: planning
   * costs milliseconds, and identical subscriptions (1,000 followers of one thread) would
   * otherwise each plan again. Oldest first out.
   */
  private readonly plans = new Map<string, CachedPlan>();

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.apiSchema = supergraph.apiSchema();
    this.schema = this.apiSchema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
  }

  /** `document` must already be validated against `schema`. */
  plan(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): SubscriptionPlan {
    const key = `${operationName ?? ''}\0${print(document)}`;
    let cached = this.plans.get(key);
    if (!cached) {
      cached = this.planAnew(document, operationName);
      if (this.plans.size >= PLAN_CACHE_SIZE) this.plans.delete(this.plans.keys().next().value!);
      this.plans.set(key, cached);
    }
    const { after, ...plan } = cached;
    const initial = after ? valueFromAST(after, GraphQLString, variables) : undefined;
    return { ...plan, initialAfter: typeof initial === 'string' ? initial : undefined };
  }

  private planAnew(document: DocumentNode, operationName: string | undefined): CachedPlan {
    const operationContext = buildOperationContext({ schema: this.schema, operationDocument: document, ...(operationName ? { operationName } : {}) });
    const operation = operationFromDocument(this.apiSchema, document, { ...(operationName ? { operationName } : {}), validate: false });
    const queryPlan = this.planner.buildQueryPlan(operation);
    const node = queryPlan.node;
    if (node?.kind !== 'Subscription') throw new Error('not a subscription plan');
    const { primary, after } = withResumeVariable(node.primary);
    return { operationContext, primary, rest: node.rest, after, personal: this.isPersonal(operationContext.operation) };
  }

  /** Read from the supergraph (the API schema drops composed directives, as it should). */
  private isPersonal(operation: OperationDefinitionNode): boolean {
    const root = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
    const field = root ? this.supergraphSchema.getSubscriptionType()?.getFields()[root.name.value] : undefined;
    return Boolean(field?.astNode?.directives?.some((d) => d.name.value === PERSONAL_DIRECTIVE));
  }
}

/**
 * Every subscription field of the registry takes `after: String`. The primary fetch is
 * rewritten so that argument is a variable of ours: the first subscribe passes the
 * client's value, and a resubscribe after a lost upstream passes the last event's cursor.
 */
function withResumeVariable(primary: FetchNode): { primary: FetchNode; after: ValueNode | undefined } {
  const document = parse(primary.operation);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const root = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  if (!operation || !root) throw new Error('subscription fetch without a root field');
  const existing = root.arguments?.find((a) => a.name.value === 'after');
  const resumeArg = {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: 'after' },
    value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: RESUME_VARIABLE } },
  } as const;
  const rewrittenRoot: FieldNode = {
    ...root,
    arguments: [...(root.arguments ?? []).filter((a) => a.name.value !== 'after'), resumeArg],
  };
  const selectionSet = { ...operation.selectionSet, selections: operation.selectionSet.selections.map((s) => (s === root ? rewrittenRoot : s)) };
  const used = new Set<string>();
  visit(selectionSet, { Variable: (v) => void used.add(v.name.value) });
  const rewritten: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []).filter((d) => used.has(d.variable.name.value)),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: RESUME_VARIABLE } },
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } },
      },
    ],
    selectionSet,
  };
  const text = print({ ...document, definitions: document.definitions.map((d) => (d === operation ? rewritten : d)) });
  return {
    primary: { ...primary, operation: text, operationDocumentNode: undefined, variableUsages: [...used] },
    after: existing?.value,
  };
}
