// The layers of Voronka, checked by `npm run lint` (dependency-cruiser). docs/architecture.md
// draws the same map. Arrows are the only allowed imports:
//   apps → libs;  workflows → the pure rules code and the automation contract;
//   the effects → domain services;  domain services → the automation client, never the effects;
//   the pure rules code → nothing with I/O;  no cycles, between files or between folders.

/** The rules code that workflow code may run: no Node, no I/O. */
const PURE_RULES =
  '^libs/rules/(index\\.ts$|language/|interpreter/|checker/|describe/|diff/|simulator/|testing/)';
/** What a workflow may import besides itself: the pure rules and the automation contract. */
const WORKFLOW_MAY_IMPORT = [
  '^workflows/',
  '^test/workflows/',
  PURE_RULES,
  '^libs/automation/contract/',
  'node_modules/@temporalio/(workflow|common)/',
];
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
      name: 'api-and-worker-apart',
      comment: 'The API and the worker share libraries, never each other (the launcher runs both).',
      severity: 'error',
      from: { path: '^apps/(api|worker|cli)/' },
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
