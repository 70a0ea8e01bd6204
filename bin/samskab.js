#!/usr/bin/env node
// Entry point of the `samskab` command: the compiled CLI when dist/ is current, else the
// TypeScript sources through tsx (bin/launch.js says when).
import { launch } from './launch.js';
await launch('cli');
