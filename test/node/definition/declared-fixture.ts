import { definitionJson } from '../engine/fixtures.js';

// The engine fixture with declared fields of its services' own: a housing service asking
// rent arrears (money) and when a notice ends (a future date), a drugs service asking which
// substances (several of a list, special category health) and treatment before.

export const text = (en: string, cy: string) => ({ en, cy });
export const clone = <T>(value: T): T => structuredClone(value);

/** The engine fixture with a housing and a drugs service asking their own questions. */
export function withDeclared(): Record<string, any> {
  const json: Record<string, any> = clone(definitionJson);
  json['fields'] = [
    { id: 'rentArrears', type: 'money', label: text('Rent arrears', 'Ôl-ddyledion rhent'), category: 'needs', min: 0, max: 10_000_000 },
    { id: 'noticeEnds', type: 'date', label: text('Notice to leave ends', 'Hysbysiad i adael yn dod i ben'), category: 'needs', range: 'future' },
    {
      id: 'substances',
      type: 'multi-choice',
      label: text('Substances used', 'Sylweddau a ddefnyddir'),
      category: 'health',
      specialCategory: 'health',
      options: [
        { value: 'alcohol', label: text('Alcohol', 'Alcohol') },
        { value: 'cannabis', label: text('Cannabis', 'Canabis') },
      ],
    },
    { id: 'treatedBefore', type: 'yes-no', label: text('In treatment before', 'Mewn triniaeth o’r blaen'), category: 'health', specialCategory: 'health' },
  ];
  json['questions'].push(
    { id: 'rent-arrears', field: 'declared.rentArrears', label: text('How much rent do you owe?', 'Faint o rent sydd arnoch?') },
    { id: 'notice-ends', field: 'declared.noticeEnds', label: text('When does your notice end?', 'Pryd mae eich hysbysiad yn dod i ben?') },
    { id: 'substances', field: 'declared.substances', label: text('Which substances?', 'Pa sylweddau?') },
    {
      id: 'treated-before',
      field: 'declared.treatedBefore',
      label: text('Have you had treatment before?', 'Ydych chi wedi cael triniaeth o’r blaen?'),
      when: { includes: { field: 'declared.substances', value: 'alcohol' } },
    },
  );
  json['pages'].push(
    { id: 'rent', title: text('Rent', 'Rhent'), questions: ['rent-arrears', 'notice-ends'] },
    { id: 'use', title: text('Use', 'Defnydd'), questions: ['substances', 'treated-before'] },
  );
  const [housing, , drugs] = json['services'];
  housing.purposes[0].requires.push('declared.rentArrears');
  housing.purposes[0].optional.push('declared.noticeEnds');
  drugs.purposes[0].requires.push('declared.substances');
  drugs.purposes[0].optional.push('declared.treatedBefore', 'declared.rentArrears');
  return json;
}

