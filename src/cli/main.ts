// The `samskab` command line. Each command lives in its own module and is loaded only when used,
// so the solver commands start fast and never open the database.
type Command = { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> };

const commands: Record<string, Command> = {
  mdgp: { summary: 'solve an MDGPLIB instance: samskab mdgp <file> --seconds S [--seed N]', load: () => import('./mdgp-command.ts') },
  'create-coordinator': { summary: 'create a coordinator account; asks for the password (or reads stdin)', load: () => import('./create-coordinator-command.ts') },
  'create-api-token': { summary: 'print a new API token for a coordinator: samskab create-api-token <email>', load: () => import('./create-api-token-command.ts') },
  migrate: { summary: 'bring the database up to date [--seed-demo]', load: () => import('./migrate-command.ts') },
  backup: { summary: 'copy the SQLite database to a new file, safe while the server runs: samskab backup <file>', load: () => import('./backup-command.ts') },
  restore: { summary: 'replace the SQLite database by a backup (stop the server first): samskab restore <file>', load: () => import('./restore-command.ts') },
  purge: { summary: 'run the retention job once and print what it erased, by summit: samskab purge [--now ISO]', load: () => import('./purge-command.ts') },
  seat: { summary: 'plan tables over rounds: samskab seat <input.json> --seconds S [--seed N]', load: () => import('./seat-command.ts') },
};

// A reader that closed the pipe (`samskab --help | head`) has what it wanted: stop quietly, as
// other commands do, instead of dying of an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write('Usage: samskab <command> [options]\n\n');
    for (const [key, c] of Object.entries(commands)) process.stdout.write(`  ${key.padEnd(22)} ${c.summary}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}". Run "samskab --help".\n`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}

process.exitCode = await main(process.argv.slice(2));
