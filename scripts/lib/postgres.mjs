// A throwaway PostgreSQL server for the test command and the benchmarks: Debian's
// `postgresql` package (installed with apt-get when missing, as Chromium is), a data
// folder in a temporary directory, a free port on 127.0.0.1, trust authentication for
// the local user `onestory`. A DATABASE_URL the user already has is used instead.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PG_ROOT = '/usr/lib/postgresql';

/** Starts a server (or uses `DATABASE_URL`); resolves to `{ url, stop() }`. */
export async function startPostgres({ log = console.log } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop() {} };
  const bin = findServerBin() ?? installServer(log);
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'onestory-pg-'));
  const data = join(dir, 'data');
  // initdb refuses to run as root: run the server as the `postgres` user the package makes.
  const run = (command, args) => {
    const result = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { encoding: 'utf8' })
      : spawnSync(join(bin, command), args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout || result.error?.message}`);
  };
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'onestory', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  // fsync stays on: the crash tests rely on what a real server does with a commit.
  run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`, '-l', join(dir, 'log'), '-w', 'start']);
  let stopped = false;
  return {
    url: `postgres://onestory@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function findServerBin() {
  if (!existsSync(PG_ROOT)) return undefined;
  const versions = readdirSync(PG_ROOT).filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(PG_ROOT, versions[0], 'bin') : undefined;
}

function installServer(log) {
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (existsSync('/etc/debian_version') && (asRoot || sudo)) {
    log('━━ PostgreSQL not found: installing it with apt-get');
    const apt = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql';
    spawnSync(sudo ? 'sudo' : 'sh', sudo ? ['-n', 'sh', '-c', apt] : ['-c', apt], { stdio: 'inherit' });
    const bin = findServerBin();
    if (bin) return bin;
  }
  throw new Error('PostgreSQL not found: install it (Debian/Ubuntu: apt-get install postgresql) or set DATABASE_URL.');
}

function postgresUser() {
  const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
