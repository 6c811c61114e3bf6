// Test totals handed from each suite to scripts/test.mjs as a small JSON file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** @param {string} file @param {{passed: number, failed: number, skipped: number}} totals */
export function writeTotals(file, { passed, failed, skipped }) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ passed, failed, skipped })}\n`);
}

/** @returns {{passed: number, failed: number, skipped: number} | undefined} */
export function readTotals(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
