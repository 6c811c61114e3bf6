#!/usr/bin/env node
// The `onestory` command: see `onestory --help`. The logic lives in src/cli/main.ts.
import { runCli } from '../dist/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
