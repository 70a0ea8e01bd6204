// Compiles src/ to plain JavaScript in dist/, so the server and the CLI start without a TypeScript
// loader. `npm install` runs it (the `prepare` script), and so does `npm run build`; bin/launch.js
// runs dist/ while it is current and the sources through tsx otherwise. Tests run the sources.
//
// One bundle per entry (the server, the CLI, the three worker threads), split where the code
// imports lazily, so a command loads only what it uses. Loading is what start-up spends its time
// on, module by module: kysely and zod alone are ~360 files, loaded ~4× faster as one. The
// packages bundled are pure JavaScript that reads no file of its own; the rest (native modules,
// packages that find files beside themselves, the heavy ones loaded lazily) stay imports of
// node_modules.
//
// Every output file sits in dist/js/, one folder deep as each of those modules is in src/<layer>/,
// so what a module finds relative to itself still holds: ./solver-worker.js beside the code that
// starts the worker, ../web/assets (copied to dist/web/assets) from the server.
// tests/integration/compiled-build.test.ts runs the build and proves both.
//
// dist/build.json lists every source file and folder with the time of the build: bin/launch.js
// compares their modification times with it to tell a current build from a stale one.
import { build } from 'esbuild';
import { cpSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const args = process.argv.slice(2);
/** `--out DIR` builds elsewhere (the test does); it must lie inside the project, to find node_modules. */
const out = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : join(root, 'dist');
// Built beside the target and renamed into place, so a process starting meanwhile never sees half a build.
const staging = `${out}.${process.pid}.tmp`;

const entryPoints = {
  main: 'src/main.ts',
  cli: 'src/cli/main.ts',
  'solver-worker': 'src/workers/solver-worker.ts',
  'transport-thread': 'src/mail/transport-thread.ts',
  'invitation-import-worker': 'src/exports/invitation-import-worker.ts',
};

/**
 * Packages copied into the bundle: pure ES modules that read no file of their own and are loaded
 * at every start. The rest (native modules, packages that find files beside themselves, the heavy
 * ones loaded lazily, CommonJS packages, whose interplay with ES modules a bundle changes) stays
 * imports of node_modules.
 */
const bundled = new Set(['kysely', 'zod', 'fastify-type-provider-zod', 'preact', 'preact-render-to-string']);
const packageName = (path) => (path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]);

const externalPackages = {
  name: 'external-packages',
  setup(plugin) {
    plugin.onResolve({ filter: /^[^./]/ }, (args) => (bundled.has(packageName(args.path)) ? undefined : { path: args.path, external: true }));
  },
};

/** Every file and folder under src/, tests left out: what the launcher checks for changes. */
function walk(dir, found = []) {
  found.push(dir);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else if (!/\.test\.tsx?$/.test(entry.name)) found.push(full);
  }
  return found;
}

const startedAt = Date.now();
const paths = walk(src);
rmSync(staging, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints,
  outdir: join(staging, 'js'),
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  plugins: [externalPackages],
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // Error classes and the like keep their names when two modules' names would collide.
  keepNames: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
cpSync(join(src, 'web/assets'), join(staging, 'web/assets'), { recursive: true });
// The build time is taken before reading: a file saved during the build counts as newer.
writeFileSync(join(staging, 'build.json'), JSON.stringify({ builtAt: startedAt, paths: paths.map((p) => relative(root, p)) }) + '\n');
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Compiled src/ to ${relative(root, out)}/ in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
