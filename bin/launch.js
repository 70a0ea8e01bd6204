// Starts a Samskab entry point (the server or the CLI) from dist/ when that build is current, so
// no TypeScript loader runs; otherwise from the sources through tsx, as before there was a build.
// `npm install` builds dist/ (scripts/build.mjs, the `prepare` script); `npm run build` again.
//
// Current means: no file or folder under src/ changed since the build (their modification times
// against the build's; a file added or removed changes its folder's). Tests (NODE_ENV=test) always
// run the sources, since they are what the tests import.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

/** Why dist/ cannot be run, or undefined when it is current. */
function staleness() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('dist/build.json', root), 'utf8'));
  } catch {
    return 'no build';
  }
  for (const path of manifest.paths) {
    let changed;
    try {
      changed = statSync(new URL(path, root)).mtimeMs;
    } catch {
      return `${path} is gone`;
    }
    if (changed > manifest.builtAt) return `${path} changed`;
  }
  return undefined;
}

const sources = { main: 'src/main.ts', cli: 'src/cli/main.ts' };

/** Imports the server ('main') or the CLI ('cli'): dist/js/<entry>.js when current, else its sources. */
export async function launch(entry) {
  const reason = process.env.NODE_ENV === 'test' ? 'tests' : staleness();
  if (reason === undefined) return import(new URL(`dist/js/${entry}.js`, root).href);
  if (reason !== 'tests' && reason !== 'no build') {
    process.stderr.write(`Running the TypeScript sources, since dist/ is older than them (${reason}); "npm run build" makes start-up fast again.\n`);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(new URL(sources[entry], root).href);
}
