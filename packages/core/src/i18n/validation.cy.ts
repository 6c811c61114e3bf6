import type { validationEn } from './validation.en.js';

/**
 * Welsh messages. Typed against the English catalogue, so a missing key is a compile
 * error. Wording follows the Welsh Government's GOV.WALES style; translations should be
 * reviewed by a Welsh-language officer before go-live.
 */
export const validationCy: Readonly<Record<keyof typeof validationEn, string>> = {
  required: 'Atebwch y cwestiwn hwn',
  'required.person.givenName': 'Rhowch eich enw cyntaf',
  'required.person.familyName': 'Rhowch eich cyfenw',
  'required.person.dateOfBirth': 'Rhowch eich dyddiad geni',
  'required.contact.address': 'Rhowch eich cyfeiriad',
  'required.contact.phone': 'Rhowch rif ffôn',
  'required.contact.email': 'Rhowch gyfeiriad e-bost',
  'required.choice': 'Dewiswch opsiwn',
  invalid: 'Gwiriwch eich ateb',
  'required.named': 'Atebwch y cwestiwn “{question}”',
  'required.choice.named': 'Dewiswch ateb i “{question}”',
  'invalid.named': 'Gwiriwch eich ateb i “{question}”',
  'option.invalid.named': 'Dewiswch un o’r atebion a restrir ar gyfer “{question}”',
  'text.tooLong': 'Rhaid i’r ateb fod yn {max} nod neu lai',
  'text.blank': 'Atebwch y cwestiwn hwn',
  'option.invalid': 'Dewiswch opsiwn o’r rhestr',
  'number.invalid': 'Rhowch rif cyfan, fel 12',
  'number.range': 'Rhowch rif rhwng {min} a {max}',
  'date.missing': 'Rhowch ddyddiad',
  'date.missingDay': 'Rhaid i’r dyddiad gynnwys diwrnod',
  'date.missingMonth': 'Rhaid i’r dyddiad gynnwys mis',
  'date.missingYear': 'Rhaid i’r dyddiad gynnwys blwyddyn',
  'date.yearDigits': 'Rhaid i’r flwyddyn gynnwys 4 rhif',
  'date.real': 'Rhaid i’r dyddiad fod yn ddyddiad go iawn',
  'date.invalid': 'Rhowch ddyddiad, fel 27 3 2007',
  'dob.real': 'Rhaid i’r dyddiad geni fod yn ddyddiad go iawn',
  'dob.future': 'Rhaid i’r dyddiad geni fod yn y gorffennol',
  'dob.tooOld': 'Rhaid i’r dyddiad geni fod o fewn y 130 mlynedd diwethaf',
  'postcode.invalid': 'Rhowch god post go iawn yn y DU, fel SW1A 2AA',
  'address.line1': 'Rhowch linell gyntaf eich cyfeiriad, fel yr adeilad a’r stryd',
  'address.town': 'Rhowch y dref neu’r ddinas',
  'nhsNumber.invalid': 'Rhowch rif GIG dilys sy’n 10 digid, fel 943 476 5919',
  'phone.invalid': 'Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982',
  'email.invalid': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
  'household.name': 'Rhowch enw pob person yn eich aelwyd',
  'household.relationship': 'Dewiswch sut mae pob person yn perthyn i chi',
  'referrer.organisation': 'Rhowch enw’r sefydliad rydych yn gweithio iddo',
  'dash.answers': 'Atebwch bob cwestiwn yn y rhestr wirio gydag ie, na neu ddim yn gwybod',
};
