import type { declaredEn } from './declared.en.js';

/** Welsh messages of declared fields (see `declared.en.ts`). */
export const declaredCy: Readonly<Record<keyof typeof declaredEn, string>> = {
  'declared.money.invalid': 'Rhowch swm o arian mewn punnoedd a cheiniogau, fel 1250 neu 1250.50',
  'declared.money.range': 'Rhowch swm rhwng {min} a {max}',
  'declared.money.min': 'Rhowch swm o {min} neu fwy',
  'declared.money.max': 'Rhowch swm o {max} neu lai',
  'declared.date.past': 'Rhaid i’r dyddiad fod heddiw neu yn y gorffennol',
  'declared.date.future': 'Rhaid i’r dyddiad fod heddiw neu yn y dyfodol',
  'declared.date.earliest': 'Rhaid i’r dyddiad fod ar neu ar ôl {date}',
  'declared.date.latest': 'Rhaid i’r dyddiad fod ar neu cyn {date}',
};
