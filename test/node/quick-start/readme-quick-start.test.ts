import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { completeIntake } from '../../support/intake-driver.js';
import { launchChromium } from '../../support/observed-browser.js';
import { repoRoot } from '../../support/paths.js';

// The README's quick start, run as a new user runs it: in a fresh copy of the repository
// (every file git would commit, nothing built, no node_modules), the commands exactly as
// the README's "Quick start" block writes them. `npm test` runs this file on its own step,
// after the other suites, because `npm start` rebuilds what they read.

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};

/** The shell commands of the first `sh` block under "## Quick start", comments dropped. */
function quickStartCommands(text: string): string[] {
  const section = text.split(/^## /m).find((part) => part.startsWith('Quick start'));
  assert.ok(section, 'README.md has a "## Quick start" section');
  const block = section.match(/```sh\n([\s\S]*?)```/)?.[1];
  assert.ok(block, 'the Quick start section has a ```sh block');
  return block.split('\n').map((line) => line.replace(/#.*$/, '').trim()).filter(Boolean);
}

/** The npm scripts a command runs: `npm start`, `npm test`, `npm run x` (not `npm ci`). */
function scriptsNamed(command: string): string[] {
  return [...command.matchAll(/\bnpm (?:run(?:-script)? )?([\w:-]+)/g)].map((m) => m[1]!).filter((name) => name !== 'ci' && name !== 'install');
}

const commands = quickStartCommands(readme);
const startCommand = commands.find((command) => /\bnpm start\b/.test(command));
const testCommand = commands.find((command) => /\bnpm test\b/.test(command));

describe("the README's quick start", () => {
  it('names two commands, each running only scripts package.json has', () => {
    assert.deepEqual(commands, ['npm ci && npm start', 'npm ci && npm test']);
    for (const command of commands) {
      for (const name of scriptsNamed(command)) assert.ok(scripts[name], `package.json has a "${name}" script, which "${command}" runs`);
    }
  });

  it('is what CI runs: .ci/run is `npm ci && npm test`', () => {
    assert.ok(testCommand);
    assert.match(readFileSync(join(repoRoot, '.ci/run'), 'utf8'), new RegExp(`^${testCommand.replace(/[&]/g, '\\$&')}$`, 'm'));
  });

  describe(`"${startCommand}" in a fresh copy`, { timeout: 45 * 60_000 }, () => {
    let copy: string;
    let server: ChildProcess | undefined;
    let output = '';
    let port: number;
    let browser: Browser;
    let exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

    before(async () => {
      assert.ok(startCommand, 'the quick start has an `npm start` command');
      copy = freshCopy();
      port = await freePort();
      // `a && b` as a shell runs it: each step in turn, the next only if the last succeeded.
      const steps = startCommand.split('&&').map((step) => step.trim().split(/\s+/));
      const last = steps.pop()!;
      for (const [program, ...args] of steps) {
        const run = spawnSync(program!, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
        assert.equal(run.status, 0, `\`${[program, ...args].join(' ')}\` failed:\n${run.stderr}`);
      }
      // In a process group of its own, so that the test can press Ctrl-C as a terminal does:
      // SIGINT to the whole group (npm, the start script, anything they started).
      server = spawn(last[0]!, last.slice(1), { cwd: copy, detached: true, env: { ...process.env, PORT: String(port) } });
      server.stdout!.on('data', (chunk: Buffer) => (output += chunk));
      server.stderr!.on('data', (chunk: Buffer) => (output += chunk));
      exit = new Promise((resolve) => server!.on('exit', (code, signal) => resolve({ code, signal })));
      // Generous: a fresh install and build on a busy 2-core machine has taken 15 minutes.
      await waitFor(() => output.includes(`http://127.0.0.1:${port}/`), 30 * 60_000, () => `npm start did not print its address:\n${output}`);
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      if (server?.pid && server.exitCode === null && server.signalCode === null) {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      if (copy) rmSync(copy, { recursive: true, force: true });
    });

    it('serves the partner page on the PORT asked for, and a person completes a story through its /api', async () => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`http://127.0.0.1:${port}/`);
      let n = 0;
      const run = await completeIntake(tab, { text: () => `Quick start answer ${++n}` });
      assert.match(run.reference, /\S/, 'a reference number is shown');

      // The service inbox signs in with the token npm start printed for the service.
      const token = output.match(/^ +housing-support +(ost_[\w-]+)$/m)?.[1];
      assert.ok(token, `npm start printed a token for housing-support:\n${output}`);
      await tab.goto(`http://127.0.0.1:${port}/received`);
      await tab.getByLabel('Service token').fill(token);
      await tab.getByRole('button', { name: 'Sign in' }).click();
      await tab.getByText(`Reference ${run.reference}`).first().waitFor();
      assert.ok(!(await tab.content()).includes(token), 'the token is not shown on the page');
      await context.close();
    });

    it('stops on Ctrl-C with exit status 0, leaving no process behind and the port free', async () => {
      process.kill(-server!.pid!, 'SIGINT');
      assert.deepEqual(await exit, { code: 0, signal: null }, output);
      assert.throws(() => process.kill(-server!.pid!, 0), { code: 'ESRCH' }, 'no process of the group is left');
      assert.ok(await canListen(port), `port ${port} is free again`);
    });

    it('leaves the copy as clean as it found it (nothing tracked changed, nothing new unignored)', () => {
      const status = spawnSync('git', ['status', '--porcelain'], { cwd: copy, encoding: 'utf8' });
      assert.equal(status.stdout, '');
    });
  });
});

/** Every file git would commit from this work tree, copied into a new repository. */
function freshCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'onestory-quick-start-'));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(listed.status, 0, 'git lists the work tree');
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = join(repoRoot, file);
    try {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(from, join(copy, file));
    } catch (error) {
      // A deleted file git still lists (removed from the work tree, not yet committed).
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const git = (...args: string[]) => spawnSync('git', args, { cwd: copy, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=quick start', '-c', 'user.email=quick-start@example.invalid', 'commit', '-qm', 'fresh copy');
  return copy;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer().listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    probe.on('error', () => resolve(false));
  });
}

async function waitFor(done: () => boolean, ms: number, message: () => string): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) assert.fail(message());
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
