import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, type Answers, type Condition } from '@onestory/core';
import { compileCondition, evaluateCondition } from '@onestory/core/engine';

const today = '2025-06-15';
const answers: Answers = {
  'risk.immediateDanger': 'no',
  'needs.domains': ['housing', 'money'],
  'person.dateOfBirth': '2009-06-16', // 15 today, 16 tomorrow
  'person.givenName': 'Alex',
  'household.members': [{ name: 'Sam', relationship: 'child', livesWith: true, roles: ['child'], age: 4 }],
};
const check = (condition: Condition, given: Answers = answers, chosenServices: readonly string[] = ['housing']) =>
  evaluateCondition(condition, { answers: given, chosenServices, today, conditions: { housing: { includes: { field: 'needs.domains', value: 'housing' } } } });

describe('conditions', () => {
  const cases: [string, Condition, boolean][] = [
    ['equals: same value', { equals: { field: 'risk.immediateDanger', value: 'no' } }, true],
    ['equals: other value', { equals: { field: 'risk.immediateDanger', value: 'yes' } }, false],
    ['oneOf: listed', { oneOf: { field: 'risk.immediateDanger', values: ['yes', 'no'] } }, true],
    ['oneOf: not listed', { oneOf: { field: 'risk.immediateDanger', values: ['yes', 'unknown'] } }, false],
    ['includes: in the list', { includes: { field: 'needs.domains', value: 'money' } }, true],
    ['includes: not in the list', { includes: { field: 'needs.domains', value: 'care' } }, false],
    ['includes: answer is not a list', { includes: { field: 'person.givenName', value: 'Alex' } }, false],
    ['answered: has a value', { answered: 'person.givenName' }, true],
    ['answered: no value', { answered: 'person.familyName' }, false],
    ['date: before today', { date: { field: 'person.dateOfBirth', op: 'lt', value: 'today' } }, true],
    ['date: after today', { date: { field: 'person.dateOfBirth', op: 'gt', value: 'today' } }, false],
    ['date: on or after a fixed date', { date: { field: 'person.dateOfBirth', op: 'gte', value: '2009-06-16' } }, true],
    ['date: before a fixed date', { date: { field: 'person.dateOfBirth', op: 'lt', value: '2009-06-16' } }, false],
    ['age: 15 is under 16', { age: { op: 'lt', value: 16 } }, true],
    ['age: 15 is not 16 or over (birthday is tomorrow)', { age: { op: 'gte', value: 16 } }, false],
    ['age: lte 15', { age: { op: 'lte', value: 15 } }, true],
    ['age: gt 15', { age: { op: 'gt', value: 15 } }, false],
    ['serviceChosen: chosen', { serviceChosen: 'housing' }, true],
    ['serviceChosen: not chosen', { serviceChosen: 'youth' }, false],
    ['condition: named, holds', { condition: 'housing' }, true],
    ['not: negates', { not: { serviceChosen: 'youth' } }, true],
    ['not: negates true', { not: { serviceChosen: 'housing' } }, false],
    ['all: every part holds', { all: [{ serviceChosen: 'housing' }, { answered: 'person.givenName' }] }, true],
    ['all: one part fails', { all: [{ serviceChosen: 'housing' }, { answered: 'person.familyName' }] }, false],
    ['any: one part holds', { any: [{ serviceChosen: 'youth' }, { answered: 'person.givenName' }] }, true],
    ['any: no part holds', { any: [{ serviceChosen: 'youth' }, { answered: 'person.familyName' }] }, false],
  ];
  for (const [name, condition, expected] of cases) {
    it(name, () => assert.equal(check(condition), expected));
  }

  it('compare: numbers compare with each operator; other types are false', () => {
    const compare = (op: 'lt' | 'lte' | 'gt' | 'gte', value: number, answer: unknown) =>
      compileCondition({ compare: { field: 'person.givenName', op, value } })({
        value: () => answer,
        serviceChosen: () => false,
        today,
      });
    assert.equal(compare('lt', 10, 9), true);
    assert.equal(compare('lt', 10, 10), false);
    assert.equal(compare('lte', 10, 10), true);
    assert.equal(compare('gt', 10, 11), true);
    assert.equal(compare('gte', 10, 9), false);
    assert.equal(compare('gt', 1, '5'), false, 'a numeric string is not a number');
    assert.equal(compare('gt', 1, Number.NaN), false);
  });

  it('missing answers make comparisons false, never throw', () => {
    const none: Answers = {};
    for (const condition of [
      { equals: { field: 'risk.immediateDanger', value: 'no' } },
      { oneOf: { field: 'risk.immediateDanger', values: ['no'] } },
      { includes: { field: 'needs.domains', value: 'housing' } },
      { date: { field: 'person.dateOfBirth', op: 'lt', value: 'today' } },
      { age: { op: 'gte', value: 0 } },
      { compare: { field: 'person.givenName', op: 'gte', value: 0 } },
    ] satisfies Condition[]) {
      assert.equal(check(condition, none), false, JSON.stringify(condition));
      assert.equal(check({ not: condition }, none), true);
    }
  });

  it('an invalid date of birth gives no age', () => {
    assert.equal(check({ age: { op: 'gte', value: 0 } }, { 'person.dateOfBirth': '2009-02-30' }), false);
  });

  it('named conditions can depend on other named conditions', () => {
    const conditions = {
      young: { age: { op: 'lt', value: 18 } },
      'young-and-housing': { all: [{ condition: 'young' }, { includes: { field: 'needs.domains', value: 'housing' } }] },
    } satisfies Record<string, Condition>;
    assert.equal(evaluateCondition({ condition: 'young-and-housing' }, { answers, chosenServices: [], today, conditions }), true);
    assert.equal(
      evaluateCondition({ condition: 'young-and-housing' }, { answers: { ...answers, 'needs.domains': ['care'] }, chosenServices: [], today, conditions }),
      false,
    );
  });

  it('a cycle or an unknown name in an unchecked definition throws ConfigError, not a stack overflow', () => {
    const cyclic = { a: { condition: 'b' }, b: { not: { condition: 'a' } } } satisfies Record<string, Condition>;
    assert.throws(() => compileCondition({ condition: 'a' }, cyclic), (e: unknown) => e instanceof ConfigError && e.problems[0]?.code === 'condition-cycle');
    assert.throws(() => compileCondition({ condition: 'nope' }, {}), (e: unknown) => e instanceof ConfigError && e.problems[0]?.code === 'unknown-condition');
  });
});
