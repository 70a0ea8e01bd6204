// Lint rules, including the dependency rule of docs/architecture.md:
//   server, web, cli → use-cases → domain, solver;  storage, mail, exports, system, jobs, workers
//   implement ports.ts;  composition.ts builds the adapters;  main.ts and cli/ start it all.
// The rule is an allow-list: every file under src/ belongs to a layer, each layer names the layers
// and packages it may import, and anything not named is refused with the layer's reason.
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

const node = 'node:*';

/**
 * Each layer: where it lives, what it may import (layers, then packages; its own layer is always
 * allowed) and why it may import no more. The reason is the lint message.
 */
export const layers = {
  domain: {
    pattern: 'src/domain', imports: [], packages: [],
    why: 'The domain is pure: rules and types, no I/O, no frameworks, no other layer. Pass what you need in as arguments.',
  },
  solver: {
    pattern: 'src/solver', imports: [], packages: [],
    why: 'The solver is a pure library that imports nothing but itself (it could be its own package).',
  },
  ports: {
    pattern: 'src/ports.ts', imports: ['domain'], packages: [],
    why: 'ports.ts states what use cases need in domain terms; it knows no implementation.',
  },
  demo: {
    pattern: 'src/demo', imports: ['domain'], packages: [],
    why: 'The demo is data about a summit; it reads domain types and nothing else.',
  },
  'use-cases': {
    pattern: 'src/use-cases', imports: ['ports', 'domain', 'solver', 'demo'], packages: [],
    why: 'Use cases talk to the world only through ports.ts; the adapters implementing it are built in composition.ts.',
  },
  web: {
    pattern: 'src/web', imports: ['domain', 'use-cases'], packages: ['preact', 'preact-render-to-string', 'd3-scale', 'd3-shape'],
    why: 'Pages render view models; they never read the database, know about HTTP, or build adapters.',
  },
  server: {
    pattern: 'src/server', imports: ['web', 'use-cases', 'ports', 'domain', 'exports', 'demo'],
    packages: ['fastify', '@fastify/*', 'helmet', 'fastify-type-provider-zod', 'zod', 'preact', 'node:path', 'node:url', 'node:module'],
    why: 'The HTTP layer parses, calls a use case and renders; it gets every adapter (stores, mail, clock, jobs, workers) ready-made from composition.ts.',
  },
  storage: {
    pattern: 'src/storage', imports: ['migrations', 'ports', 'domain'],
    packages: ['kysely', 'pg', 'better-sqlite3', node],
    why: 'Stores implement ports.ts; they do not call use cases, the HTTP layer or other adapters.',
  },
  migrations: {
    pattern: 'src/storage/migrations', imports: [], packages: ['kysely', node],
    why: 'Migrations are frozen in time: they never import application code, which moves on after they ship.',
  },
  mail: {
    pattern: 'src/mail', imports: ['ports', 'domain'], packages: ['nodemailer', node],
    why: 'Mail adapters implement ports.ts; they do not call use cases, the HTTP layer or other adapters.',
  },
  exports: {
    pattern: 'src/exports', imports: ['ports', 'domain'],
    packages: ['csv-parse', 'csv-stringify', 'docx', 'exceljs', 'iconv-lite', 'ics', 'pdfkit', 'qrcode', node],
    why: 'Renderers turn domain values into files (and files into rows); they do not call use cases or other adapters.',
  },
  system: {
    pattern: 'src/system', imports: ['ports', 'domain'], packages: ['argon2', node],
    why: 'The clock, tokens and passwords implement ports.ts and nothing more.',
  },
  jobs: {
    pattern: 'src/jobs', imports: ['workers', 'ports', 'domain', 'solver'], packages: [node],
    why: 'Jobs implement ports.ts by running the solver in workers; they do not call use cases or the HTTP layer.',
  },
  workers: {
    pattern: 'src/workers', imports: ['solver'], packages: [node],
    why: 'Workers run the solver off the request thread and know nothing else.',
  },
  cli: {
    pattern: 'src/cli', imports: ['composition', 'config', 'use-cases', 'ports', 'domain', 'solver'], packages: ['zod', node],
    why: 'Commands get their adapters from composition.ts and act through use cases.',
  },
  composition: {
    pattern: 'src/composition.ts',
    imports: ['config', 'ports', 'domain', 'use-cases', 'storage', 'mail', 'exports', 'system', 'jobs', 'workers', 'server'],
    packages: ['fastify', node],
    why: 'composition.ts builds the adapters from the config and hands them to the ports and the HTTP app; it runs no command.',
  },
  config: {
    pattern: 'src/config.ts', imports: [], packages: ['zod', node],
    why: 'config.ts parses the environment into a typed Config and depends on nothing of the app.',
  },
  main: {
    pattern: 'src/main.ts', imports: ['config', 'composition', 'server', 'use-cases'], packages: [node],
    why: 'main.ts starts the server with what composition.ts built.',
  },
};

/**
 * Imports the target rule refuses but main still has, each with its file. Remove an entry when its
 * file is fixed; never add one without a plan to remove it.
 */
export const pendingExceptions = [];

// A folder is an element; a single file (ports.ts, config.ts, …) is a file category.
const isFile = (layer) => layers[layer].pattern.endsWith('.ts');

const allowed = (layer, { imports = [], packages = [] } = {}) => {
  const targets = [layer, ...layers[layer].imports, ...imports];
  return [
    { element: { types: targets.filter((t) => !isFile(t)) } },
    { file: { categories: targets.filter(isFile) } },
    ...[...layers[layer].packages, ...packages].map((source) => ({ module: { source } })),
  ];
};

export const layerRule = (layer, extra) => ['error', {
  default: 'disallow',
  checkAllOrigins: true,
  checkUnknownLocals: true,
  message: `${layer} may not import {{dependency.source}}: ${layers[layer].why}`,
  policies: [{ allow: { to: allowed(layer, extra) } }],
}];

/** The layer of a file in a folder layer (the most specific folder wins). */
export const layerOf = (file) => Object.entries(layers)
  .filter(([layer, { pattern }]) => !isFile(layer) && file.startsWith(`${pattern}/`))
  .sort(([, a], [, b]) => b.pattern.length - a.pattern.length)[0][0];

const isTest = ['src/**/*.test.ts', 'src/**/*.test.tsx'];
const clock = 'src/system/system-clock.ts';
const clockSyntax = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `Time comes from the injected Clock (ports.ts); only ${clock} reads the system time.` },
  { selector: "CallExpression[callee.name='Date']", message: `Time comes from the injected Clock (ports.ts); only ${clock} reads the system time.` },
];

/** Selectors for a cast (`x as T`, `x as T | null`, `<T>x`) to a type whose name matches `name`. */
const castsTo = (name, message) => ['TSAsExpression', 'TSTypeAssertion'].flatMap((cast) => [
  { selector: `${cast} > TSTypeReference.typeAnnotation[typeName.name=${name}]`, message },
  { selector: `${cast} > .typeAnnotation TSTypeReference[typeName.name=${name}]`, message },
]);

// An id cast mints an id from any text and hides a missing check; ids from a request are parsed
// by the fields of src/server/route-params.ts.
const idCastSyntax = castsTo('/Id$/', 'Parse ids from a request with the fields of src/server/route-params.ts (idField, idParam, readParams), never with a cast: a bad id then gets the usual not_found or validation_failed.');

// A proof of access (use-cases/actor.ts) is made in the file that checks, and nowhere else: a cast
// elsewhere would let a route call a use case that changes a summit without checking who asks.
const accessMints = { coordinator: 'src/server/access.ts', system: 'src/use-cases/summit/seed-demo-summit.ts' };
const accessCastSyntax = castsTo('/^(CoordinatorAccess|SystemAccess|Access)$/', `Only ${accessMints.coordinator} makes a CoordinatorAccess, after checking the session or API token (and only the demo seed its SystemAccess): take the proof from there, never from a cast.`);

const storesSyntax = { selector: "MemberExpression[property.name='stores']", message: 'Routes read and change data through use cases (src/use-cases), which answer in the shapes pages and the API show; they never reach db.stores.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', 'dist/**', '.dist-*/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: isTest,
    plugins: { boundaries },
    settings: {
      'boundaries/elements': Object.entries(layers).filter(([layer]) => !isFile(layer))
        // The most specific pattern first, so src/storage/migrations is not taken for src/storage.
        .sort(([, a], [, b]) => b.pattern.length - a.pattern.length)
        .map(([type, { pattern }]) => ({ type, pattern, partialMatch: false })),
      'boundaries/files': Object.entries(layers).filter(([layer]) => isFile(layer))
        .map(([category, { pattern }]) => ({ category, pattern })),
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      // Every source file belongs to a layer, so a new folder cannot slip past the rule.
      'boundaries/no-unknown-files': 'error',
    },
  },
  ...Object.entries(layers).map(([layer, { pattern }]) => ({
    files: [isFile(layer) ? pattern : `${pattern}/**/*.{ts,tsx}`],
    ignores: [
      ...isTest,
      // A layer inside this one (storage/migrations) has its own rule.
      ...Object.values(layers).filter((inner) => inner.pattern.startsWith(`${pattern}/`)).map((inner) => `${inner.pattern}/**`),
    ],
    rules: { 'boundaries/dependencies': layerRule(layer) },
  })),
  // Later blocks win, so an exception replaces its layer's rule for that one file.
  ...pendingExceptions.map(({ file, ...extra }) => ({ files: [file], rules: { 'boundaries/dependencies': layerRule(layerOf(file), extra) } })),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...isTest, clock],
    rules: {
      'no-restricted-syntax': ['error', ...clockSyntax, ...accessCastSyntax],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: `Time comes from the injected Clock (ports.ts); only ${clock} reads the system time.` },
        { object: 'Math', property: 'random', message: 'Randomness comes from a seed (the solver) or the TokenService (ports.ts).' }],
    },
  },
  // A later block replaces no-restricted-syntax for its files, so each repeats what still applies.
  {
    files: ['src/server/**/*.{ts,tsx}'],
    ignores: isTest,
    rules: { 'no-restricted-syntax': ['error', ...clockSyntax, storesSyntax, ...idCastSyntax, ...accessCastSyntax] },
  },
  // The two files that make a proof of access.
  { files: [accessMints.coordinator], rules: { 'no-restricted-syntax': ['error', ...clockSyntax, storesSyntax, ...idCastSyntax] } },
  { files: [accessMints.system], rules: { 'no-restricted-syntax': ['error', ...clockSyntax] } },
);
