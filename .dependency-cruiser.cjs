/**
 * The layering, as a checked rule (`npm run lint`; docs/architecture.md "Calls go one way").
 *
 * Inside a subgraph a module's files are named for their layer:
 *   *-repository.ts        repositories: SQL, records
 *   *-service.ts, *-policy.ts, access.ts   services: rules, authorization, transactions
 *   resolvers.ts           resolvers: arguments in, one service call, result out
 *   *-consumer.ts          consumers of the bus: they may call services
 *   context.ts, server.ts, main.ts   the composition of the subgraph
 * Calls go repositories ← services ← resolvers (and consumers); nothing imports back up.
 */
const SUBGRAPH = '^services/[^/]+/src/';
const REPOSITORY = `${SUBGRAPH}.*-repository\\.ts$`;
const SERVICE = `${SUBGRAPH}(.*-service|.*-policy|access)\\.ts$`;
const RESOLVERS = `${SUBGRAPH}.*/resolvers\\.ts$`;
const CONSUMER = `${SUBGRAPH}.*-consumer\\.ts$`;
const COMPOSITION = `${SUBGRAPH}(context|server|main)\\.ts$`;
/** Applications, not libraries: the in-process federation imports every service [#14.5]. */
const APPLICATIONS = '^(packages/launcher|apps/registry)/';

module.exports = {
  forbidden: [
    {
      name: 'supervisor-loads-no-service',
      severity: 'error',
      comment: "npm start's supervising parent holds only the database and its children [#15.1]: a subgraph module reached from it would stay resident (1 GB when it seeded in-process).",
      from: { path: '^scripts/start-embedded\\.ts$' },
      to: { path: SUBGRAPH, reachable: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle of imports has no bottom layer: break it with a module both sides import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'repository-imports-up',
      severity: 'error',
      comment: 'A repository returns records; it never calls a service, a resolver, a consumer or the composition.',
      from: { path: REPOSITORY },
      to: { path: [SERVICE, RESOLVERS, CONSUMER, COMPOSITION] },
    },
    {
      name: 'service-imports-up',
      severity: 'error',
      comment: 'A service owns the rules; resolvers and consumers call it, never the other way round.',
      from: { path: SERVICE },
      to: { path: [RESOLVERS, CONSUMER, COMPOSITION] },
    },
    {
      name: 'consumer-imports-resolvers',
      severity: 'error',
      comment: 'A consumer may call services, not the GraphQL layer or the composition.',
      from: { path: CONSUMER },
      to: { path: [RESOLVERS, COMPOSITION] },
    },
    {
      name: 'subgraph-imports-another',
      severity: 'error',
      comment: 'Subgraphs meet through the supergraph and the bus, never through each other\'s source.',
      from: { path: '^services/([^/]+)/src/' },
      to: { path: '^services/', pathNot: '^services/$1/' },
    },
    {
      name: 'package-imports-service',
      severity: 'error',
      comment: 'packages/ are libraries the services stand on; a library importing a service is a circle waiting to happen.',
      from: { path: '^packages/', pathNot: APPLICATIONS },
      to: { path: '^(services|gateway)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|migrations)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
