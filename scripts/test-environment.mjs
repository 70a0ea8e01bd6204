// What `npm test` needs besides Node: Debian's Chromium for the browser tests, poppler-utils and
// DejaVu fonts for the PDF read-back tests, and a PostgreSQL server for the PostgreSQL half of the
// store tests. Each is found, or installed from Debian's packages when this is a root shell on
// Debian (as on CI), or refused with one line that says what to install. Nothing here waits
// without a deadline.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

class MissingTool extends Error {}

function aptInstall(packages) {
  if (!isRoot || !hasApt) return false;
  console.log(`Installing Debian packages: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const options = { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: 15 * 60_000 };
  if (spawnSync('apt-get', ['update', '-qq'], options).status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], options).status === 0;
}

const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  const given = process.env.SAMSKAB_CHROMIUM;
  if (given) {
    if (!existsSync(given)) throw new MissingTool(`SAMSKAB_CHROMIUM=${given} does not exist: point it at a Chromium binary.`);
    return given;
  }
  const found = () => chromiumCandidates.find((path) => existsSync(path));
  const path = found() ?? (aptInstall(['chromium']) ? found() : undefined);
  if (!path) throw new MissingTool('The browser tests need Chromium: install it with `apt-get install chromium` (or set SAMSKAB_CHROMIUM).');
  return path;
}

export function ensurePdfTools() {
  const missing = [];
  if (!onPath('pdftotext') || !onPath('pdftoppm')) missing.push('poppler-utils');
  if (!existsSync('/usr/share/fonts/truetype/dejavu')) missing.push('fonts-dejavu-core');
  if (missing.length && !aptInstall(missing)) {
    throw new MissingTool(`The PDF tests need ${missing.join(' and ')}: install with \`apt-get install ${missing.join(' ')}\`.`);
  }
}

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query('show server_version');
    return rows[0].server_version;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function startLocalPostgres() {
  if (!onPath('pg_ctlcluster')) {
    if (!aptInstall(['postgresql', 'postgresql-client'])) return false;
    // A fresh Debian cluster asks for passwords; the tests connect locally as postgres with trust.
    const version = execFileSync('ls', ['/etc/postgresql']).toString().trim().split('\n').sort().pop();
    spawnSync('sed', ['-i', '-E', 's/(scram-sha-256|md5|peer)$/trust/', `/etc/postgresql/${version}/main/pg_hba.conf`]);
  }
  const version = execFileSync('ls', ['/etc/postgresql']).toString().trim().split('\n').sort().pop();
  return spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

const localUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The PostgreSQL server the tests use: TEST_DATABASE_URL when set, else the local one at
 * 127.0.0.1:5432 (started or installed when this is a root shell on Debian). Each suite makes its
 * own database there and drops it (tests/support/test-database.ts).
 */
export async function findPostgres() {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    const version = await reachable(given);
    if (!version) throw new MissingTool(`TEST_DATABASE_URL=${given} does not answer: start that PostgreSQL server or unset the variable.`);
    return { url: given, version };
  }
  let version = await reachable(localUrl);
  if (!version && (isRoot || onPath('pg_ctlcluster'))) {
    if (startLocalPostgres()) {
      for (let i = 0; i < 30 && !version; i++) {
        version = await reachable(localUrl);
        if (!version) await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }
  if (!version) throw new MissingTool('The PostgreSQL tests need a server: install PostgreSQL (`apt-get install postgresql`, trust auth for postgres at 127.0.0.1:5432) or set TEST_DATABASE_URL.');
  return { url: localUrl, version };
}

export { MissingTool };
