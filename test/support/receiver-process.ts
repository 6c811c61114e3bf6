import { spawn, type ChildProcess } from 'node:child_process';
import type { StoreLocation } from '@onestory/core/server';
import { repoRoot } from './paths.js';

// A reference receiver in a process of its own, as in production, so that a test can
// run two on one database or kill one with SIGKILL (no clean-up of any kind).

const SERVER_SCRIPT = `
  import { createReferenceServer } from '@onestory/core/server';
  const server = await createReferenceServer({ ...JSON.parse(process.argv[1]), webhookIntervalMs: 0, purgeIntervalMs: 0 });
  process.stdout.write(server.url + '\\n');
`;

export interface ReceiverProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves when the process has exited. */
  readonly exited: Promise<unknown>;
}

export async function startReceiverProcess(location: StoreLocation): Promise<ReceiverProcess> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SERVER_SCRIPT, JSON.stringify(location)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (data: Buffer) => resolve(data.toString().trim()));
    child.once('exit', (code) => reject(new Error(`the receiver process exited early (${code})`)));
  });
  return { url, child, exited };
}

/** POSTs a submission; resolves to the status and reference, or undefined when the connection failed. */
export async function sendSubmission(url: string, submission: { submissionId: string }): Promise<{ status: number; reference?: string } | undefined> {
  try {
    const response = await fetch(`${url}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': submission.submissionId },
      body: JSON.stringify(submission),
    });
    const body = (await response.json().catch(() => ({}))) as { reference?: string };
    return { status: response.status, ...(body.reference ? { reference: body.reference } : {}) };
  } catch {
    return undefined;
  }
}
