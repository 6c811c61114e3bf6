// The benchmark's real page (issue 16): one page of 200 declared questions — 120 short
// text, 40 one-of-four choices, 20 dates, 20 single "yes" checkboxes — 30 of them shown
// only while the first choice is "yes". Written as a council would write it, in
// packages/schemas/examples, and checked by test/node/definition/check-definition.test.ts.
import benchmark200 from '../../../packages/schemas/examples/benchmark-200.definition.json';

/** The definition, its one service, and the question that shows or hides the conditional 30. */
export const BENCHMARK_200 = {
  definition: benchmark200 as Readonly<Record<string, unknown>>,
  service: 'early-help-referral',
  switchField: 'declared.moreThanOneChild',
  switchValue: 'yes',
  counts: { hidden: 170, shown: 200 },
} as const;
