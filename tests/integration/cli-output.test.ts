// The command line's output as another program reads it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = join(import.meta.dirname, '../../bin/samskab.js');

test('a reader that closes the pipe early (samskab --help | head -1) ends the command quietly, without an EPIPE error', async () => {
  const child = spawn(process.execPath, [cli, '--help'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'test' } });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  // Closed before the command has started (it takes a few hundred milliseconds), so every line it
  // writes meets a closed pipe, as the lines after the first do with `head -1`.
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.doesNotMatch(stderr, /EPIPE|Unhandled/, stderr);
  assert.equal(code, 0);
});
