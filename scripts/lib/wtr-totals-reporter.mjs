// @web/test-runner reporter that only writes the run's totals for scripts/test.mjs;
// the default reporter still prints the human output.
import { writeTotals } from './totals.mjs';

/** @param {string} file */
export function totalsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        // A file that failed to load, or failed outside any test (a hook, an uncaught
        // error), has no failing test to count: count it as one failure.
        if (!session.passed && totals.failed === before) totals.failed += 1;
      }
      writeTotals(file, totals);
    },
  };
}

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}
