import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SHIPPED_CATALOGUES } from '@onestory/core/i18n';

// Welsh mutates the word after many prepositions, conjunctions and possessives ("gan
// Gyngor", "i Wasanaeth", "â Chyngor", "neu Fanc"). A template is given names, contacts
// and labels in their radical (dictionary) form, so none may stand straight after such a
// word: the name goes after a colon, or stands as a subject, instead.
const MUTATING = [
  // Soft mutation.
  'am', 'ar', 'at', 'gan', 'heb', 'i', 'o', 'dan', 'tan', 'trwy', 'drwy', 'wrth', 'hyd', 'neu', 'dy', 'ei', 'yn', 'pa', 'dau', 'dwy', 'un',
  // Aspirate mutation.
  'â', 'a', 'gyda', 'efo', 'tua', 'na', 'tri', 'chwe',
  // Nasal mutation.
  'fy',
];
// Placeholders filled with digits (numbers, versions, and dates, which start with the day
// of the month), written the same whatever comes before them.
const WRITTEN_IN_DIGITS = new Set(['min', 'max', 'current', 'total', 'count', 'yes', 'number', 'age', 'date', 'saved', 'expires', 'paragraph', 'version', 'phone', 'reference']);

const pattern = new RegExp(`(?<![\\p{L}’'])(${MUTATING.join('|')})\\s+\\{(\\w+)\\}`, 'giu');

/** Each `<mutating word> {placeholder}` in `template` whose placeholder is a word. */
function mutationTraps(template: string): string[] {
  return [...template.matchAll(pattern)].filter((match) => !WRITTEN_IN_DIGITS.has(match[2]!)).map((match) => match[0]);
}

// "a" is "ac" before a vowel, and a number's sound decides it: "a 25" (a dau ddeg pump) but
// "ac 8" (ac wyth), "ac 11" (ac un ar ddeg). Before a number only the person's data knows,
// the template says "o {min} i {max}", where "i" never changes.
const CONJUNCTION_BEFORE_NUMBER = /(?<![\p{L}’'])(a|ac|na|nac)\s+[£]?\{(min|max|count|number|age|total|yes)\}/giu;

describe('Welsh templates need no mutation of what they are given', () => {
  it('no cy template puts "a" or "na" before a number, whose sound decides "a" or "ac"', () => {
    const traps = Object.entries(SHIPPED_CATALOGUES.cy).flatMap(([key, template]) => [...template.matchAll(CONJUNCTION_BEFORE_NUMBER)].map((m) => `${key}: ${m[0]}`));
    assert.deepEqual(traps, []);
  });


  it('finds the pattern it looks for', () => {
    assert.deepEqual(mutationTraps('Cysylltwch â {contact} neu gan {organisation}.'), ['â {contact}', 'gan {organisation}']);
    assert.deepEqual(mutationTraps('rhwng {min} a {max} oed; Sefydliad: {organisation}; bod {service} yn cael'), []);
    assert.deepEqual(mutationTraps('Rhedegan {service}'), [], 'a word that ends like a mutating one is not one');
  });

  it('no cy template puts a placeholder straight after a word that mutates it', () => {
    const traps = Object.entries(SHIPPED_CATALOGUES.cy).flatMap(([key, template]) => mutationTraps(template).map((trap) => `${key}: ${trap}`));
    assert.deepEqual(traps, []);
  });
});
