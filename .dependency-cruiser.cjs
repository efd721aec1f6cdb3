// The layers of Voronka, checked by `npm run lint` (dependency-cruiser). docs/architecture.md
// draws the same map. Arrows are the only allowed imports:
//   apps → libs;  workflows → the pure rules code and the automation contract;
//   the effects → domain services;  domain services → the automation client, never the effects;
//   the pure rules code → nothing with I/O;  no cycles, between files or between folders.

/** The rules code that workflow code may run: no Node, no I/O (the action plug-ins included). */
const PURE_RULES =
  '^libs/rules/(index\\.ts$|language/|interpreter/|checker/|describe/|diff/|simulator/|testing/|impact/|actions/|values/)';
/** The effect of each action plug-in: pure too, but the worker's, never the workflow's. */
const ACTION_EFFECTS = '^libs/rules/actions/.+\\.effect\\.ts$';
/** What a workflow may import besides itself: the pure rules and the automation contract. */
const WORKFLOW_MAY_IMPORT = [
  '^workflows/',
  '^test/workflows/',
  PURE_RULES,
  '^libs/automation/contract/',
  'node_modules/@temporalio/(workflow|common)/',
];
/** Cross-cutting libraries: they know no domain, no rules and no process, only each other. */
const FOUNDATIONS = '^libs/(errors|config|logging|process|links|idempotency|rate-limits|sql)/';
/** Our own code, as opposed to packages and Node built-ins. */
const OURS = '^(apps|libs|workflows)/';
/** Packages the pure rules code may use: parsing and arithmetic, nothing that reaches outside. */
const PURE_PACKAGES = 'node_modules/(decimal\\.js|jsep|yaml|handlebars|diff)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles between files.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      comment: 'No import cycles between folders: each folder is a room with a direction.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'workflows-import-only-pure-code',
      comment:
        'Workflow code is replayed deterministically inside the bundle: it imports the pure rules ' +
        'code and the automation contract, nothing else (effects are reached through proxyActivities).',
      severity: 'error',
      from: { path: '^(workflows|test/workflows)/' },
      to: { pathNot: WORKFLOW_MAY_IMPORT, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'workflows-no-node',
      comment: 'Workflow code uses no Node built-in, not even for types.',
      severity: 'error',
      from: { path: '^(workflows|test/workflows|libs/automation/contract)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'contract-is-pure',
      comment:
        'The automation contract is imported by workflows: pure rules code and the SDK only.',
      severity: 'error',
      from: { path: '^libs/automation/contract/' },
      to: {
        pathNot: [
          '^libs/automation/contract/',
          PURE_RULES,
          'node_modules/@temporalio/(workflow|common)/',
        ],
      },
    },
    {
      name: 'pure-rules-no-io',
      comment:
        'The pure rules code (language, interpreter, checker, describe, diff, simulator) is loaded ' +
        'into the workflow bundle and the browser: no Node built-in, no I/O library, no other lib.',
      severity: 'error',
      from: { path: PURE_RULES, pathNot: '\\.spec\\.ts$' },
      to: { pathNot: [PURE_RULES, PURE_PACKAGES] },
    },
    {
      name: 'libs-never-import-apps',
      comment: 'apps/ compose the libraries into processes; a library knows no process.',
      severity: 'error',
      from: { path: '^(libs|workflows)/' },
      to: { path: '^apps/' },
    },
    {
      name: 'effects-only-in-the-worker',
      comment:
        'The effects side of automation uses the domain and is used only by the worker; the domain ' +
        'and the API use the client side (libs/automation/contract, libs/automation/client).',
      severity: 'error',
      from: {
        pathNot: [
          '^libs/automation/effects/',
          '^apps/worker/',
          '^apps/launcher/',
          '^libs/persistence/entities\\.ts$',
          '^test/',
          '^bench/',
        ],
      },
      to: { path: '^libs/automation/effects/' },
    },
    {
      name: 'action-effects-only-in-the-worker',
      comment:
        'An action plug-in’s effect (libs/rules/actions/<action>/<action>.effect.ts) is registered ' +
        'by the worker; workflows reach it only through proxyActivities, by name.',
      severity: 'error',
      from: { pathNot: ['^apps/worker/', '^test/', '^bench/'] },
      to: { path: ACTION_EFFECTS },
    },
    {
      name: 'foundations-know-no-domain',
      comment:
        'Cross-cutting libraries (errors, config, logging, process, links, idempotency, rate ' +
        'limits, SQL helpers) import only each other and packages: the domain builds on them.',
      severity: 'error',
      from: { path: FOUNDATIONS },
      to: { path: OURS, pathNot: FOUNDATIONS },
    },
    {
      name: 'errors-import-nothing-of-ours',
      comment:
        'Domain errors are the one thing every layer throws: they depend on nothing of ours.',
      severity: 'error',
      from: { path: '^libs/errors/' },
      to: { path: OURS, pathNot: '^libs/errors/' },
    },
    {
      name: 'automation-client-knows-no-domain',
      comment:
        'The automation client is what the domain calls to reach its workflows: it never imports ' +
        'the domain (libs/crm) or the effects.',
      severity: 'error',
      from: { path: '^libs/automation/client/' },
      to: { path: '^libs/(crm|automation/effects)/' },
    },
    {
      name: 'web-talks-http-only',
      comment:
        'The web app reaches the API over HTTP only, through the client generated from ' +
        'docs/openapi.json (libs/api-client), which itself imports nothing of ours. Besides, it ' +
        'shares the pure money arithmetic (decimal.js only), so a form shows the totals the ' +
        'server will compute.',
      severity: 'error',
      from: { path: '^(apps/web|libs/api-client)/' },
      to: {
        path: OURS,
        pathNot: ['^(apps/web|libs/api-client)/', '^libs/crm/money/(money|line-items)\\.ts$'],
      },
    },
    {
      name: 'api-and-worker-apart',
      comment:
        'The API and the worker share libraries, never each other (the launcher runs both). `npm run openapi` builds the API’s document, so it reads the API.',
      severity: 'error',
      from: { path: '^apps/(api|worker|cli)/', pathNot: '^apps/cli/openapi\\.cli\\.ts$' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
