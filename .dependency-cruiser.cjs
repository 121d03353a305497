/**
 * The layering, as a checked rule (`npm run lint`; docs/architecture.md "Calls go one way").
 *
 * Inside a subgraph a module's files are named for their layer:
 *   *-repository.ts        repositories: SQL, records
 *   *-service.ts, *-policy.ts, access.ts   services: rules, authorization, transactions
 *   resolvers.ts           resolvers: arguments in, one service call, result out
 *   *-consumer(s).ts       consumers of the bus: they call services, never a repository
 *   context.ts, server.ts, main.ts   the composition of the subgraph
 * Calls go repositories ← services ← resolvers (and consumers); nothing imports back up.
 */
const SUBGRAPH = '^services/[^/]+/src/';
const REPOSITORY = `${SUBGRAPH}.*-repository\\.ts$`;
const SERVICE = `${SUBGRAPH}(.*-service|.*-policy|access)\\.ts$`;
const RESOLVERS = `${SUBGRAPH}.*/resolvers\\.ts$`;
const CONSUMER = `${SUBGRAPH}.*-consumers?\\.ts$`;
const COMPOSITION = `${SUBGRAPH}(context|server|main)\\.ts$`;
/**
 * A service's public face [#14.5]: `src/index.ts` (the package's "." export), and for cases
 * the imaging pipeline the benchmarks load without the subgraph (`@registry/cases/imaging`).
 * The gateway counts as a service here: it too is a process with a public face.
 */
const SERVICE_ROOT = '(services/[^/]+|gateway)';
const PUBLIC_ENTRY = [`^${SERVICE_ROOT}/src/index\\.ts$`, '^services/cases/src/images/index\\.ts$'];
/** Test helpers: the suite's support and each service's own test support. */
const TEST_HELPERS = `^(test|${SERVICE_ROOT}/test)/`;
/** Production code: sources (not their tests), and the scripts other than the benchmarks and the fault runs. */
const PRODUCTION = { path: `^((apps|packages)/[^/]+|${SERVICE_ROOT})/src/|^scripts/`, pathNot: ['\\.test\\.ts$', '^scripts/(bench|fault)/'] };

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
      name: 'consumer-imports-repository',
      severity: 'error',
      comment: "A consumer's handler calls a service method inside the unit of work; the service owns the rule and the repositories [#14.7].",
      from: { path: CONSUMER },
      to: { path: REPOSITORY },
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
      comment: 'packages/ are libraries the services and the application stand on; a library importing a service, the gateway or an application is a circle waiting to happen [#14.5].',
      from: { path: '^packages/' },
      to: { path: '^(apps|services|gateway)/' },
    },
    {
      name: 'service-imports-app',
      severity: 'error',
      comment: 'apps/ compose the services (apps/registry: the in-process federation and npm start); a service never reaches back into its composition root [#14.5].',
      from: { path: `^${SERVICE_ROOT}/` },
      to: { path: '^apps/' },
    },
    {
      name: 'service-internals-from-outside',
      severity: 'error',
      comment: "Outside a service (the application, scripts, the suite, other services' tests), only its public index is imported; its internals are its own tests' business [#14.5].",
      from: { path: `^(${SERVICE_ROOT}|(apps|packages)/[^/]+|scripts|test)/` },
      to: { path: `^${SERVICE_ROOT}/src/`, pathNot: ['^$1/', ...PUBLIC_ENTRY] },
    },
    {
      name: 'production-imports-test-helpers',
      severity: 'error',
      comment: 'Test helpers (a throw-away database, fixtures of the suite) live under test/ and are imported by tests, benchmarks and fault runs only [#14.5].',
      from: PRODUCTION,
      to: { path: TEST_HELPERS },
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
