import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fullSubmission, submissionIdFor } from '../../support/submissions.js';
import { repoRoot } from '../../support/paths.js';

// docs/receiving.md tells backend teams how to validate a submission in Python with the
// published JSON Schema. Its snippet is run here, as written, on a real submission and a
// broken one. Skipped where Python's `jsonschema` is not installed.

const GUIDE = join(repoRoot, 'docs/receiving.md');

/** The first ```python block of the guide. */
function pythonSnippet(): string {
  const match = readFileSync(GUIDE, 'utf8').match(/```python\n([\s\S]*?)```/);
  assert.ok(match, 'docs/receiving.md has a Python snippet');
  return match[1]!;
}

const hasJsonSchema = spawnSync('python3', ['-c', 'import jsonschema'], { stdio: 'ignore' }).status === 0;

describe('docs/receiving.md: the Python validation snippet', () => {
  it('accepts a real submission and lists a broken one\'s issues by path, without quoting its values', { skip: !hasJsonSchema && 'python3 with jsonschema is not installed' }, () => {
    const valid = fullSubmission(submissionIdFor(0x9e, 1));
    const broken = { ...fullSubmission(submissionIdFor(0x9e, 2)), locale: 'Zqx-French', createdAt: 'Zqx yesterday' };
    const driver = `${pythonSnippet()}\nimport sys\nprint(json.dumps([submission_issues(s) for s in json.load(sys.stdin)]))\n`;
    // Run from the repository root, where node_modules/@onestory/schemas is the workspace package.
    const run = spawnSync('python3', ['-c', driver], { cwd: repoRoot, input: JSON.stringify([valid, broken]), encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const [validIssues, brokenIssues] = JSON.parse(run.stdout) as { path: string; code: string }[][];
    assert.deepEqual(validIssues, []);
    const paths = brokenIssues!.map((issue) => issue.path);
    assert.ok(paths.includes('locale') && paths.includes('createdAt'), JSON.stringify(brokenIssues));
    assert.doesNotMatch(run.stdout, /Zqx|French/, 'no submitted value in the issues');
  });
});
