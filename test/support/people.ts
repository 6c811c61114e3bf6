// Who walks the "everyone can finish" journeys (issue 20), in the browser and in Node: one
// person's answers, in English, and the professional who may refer them. Each test adds
// what makes its person who they are.

/** Rhys: safe to contact every way, nobody else in the household. */
export const PERSON = {
  'risk.immediateDanger': 'no',
  'person.givenName': 'Rhys',
  'person.familyName': 'Price',
  'contact.phone': '07700 900 982',
  'contact.email': 'rhys@example.com',
  'contact.address': { line1: '3 Heol Fawr', town: 'Castell-nedd', postcode: 'SA11 1AA' },
  'contact.safeContact': { call: { safe: true }, text: { safe: true }, email: { safe: true }, post: { safe: true }, visit: { safe: true }, voicemail: true },
  'household.members': [],
  'needs.educationYouth.description': 'I want help finding an apprenticeship.',
  'needs.family.description': 'Help with parenting and school.',
  'needs.care.description': 'Needs help at home after a stroke.',
};

/** A social worker referring Rhys. */
export const PROFESSIONAL = {
  'referrer.type': 'professional',
  'referrer.name': 'Dee Morgan',
  'referrer.role': 'Social worker',
  'referrer.organisation': 'Neath Port Talbot Council',
  'referrer.secureEmail': 'dee.morgan@npt.gov.uk',
};
