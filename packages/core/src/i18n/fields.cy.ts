import type { fieldsEn } from './fields.en.js';

/**
 * Welsh text of the field elements. Typed against English, so a missing key is a compile
 * error. Yes/no answers follow the verb of the question (“A yw’n ddiogel…?” → “Ydy” /
 * “Nac ydy”), as GOV.WALES does; to be reviewed by a Welsh-language officer before go-live.
 */
export const fieldsCy: Readonly<Record<keyof typeof fieldsEn, string>> = {
  'fields.date.day': 'Diwrnod',
  'fields.date.month': 'Mis',
  'fields.date.year': 'Blwyddyn',

  'fields.name.given': 'Enw cyntaf',
  'fields.name.family': 'Cyfenw',

  'fields.address.line1': 'Adeilad a stryd',
  'fields.address.line1Position': 'llinell 1 o 2',
  'fields.address.line2': 'Adeilad a stryd llinell 2 o 2',
  'fields.address.town': 'Tref neu ddinas',
  'fields.address.county': 'Sir',
  'fields.address.postcode': 'Cod post',
  'fields.address.postcodeMissing': 'Rhowch god post',

  'fields.select.placeholder': 'Dewiswch opsiwn',

  'fields.number.min': 'Rhowch rif sy’n {min} neu fwy',
  'fields.number.max': 'Rhowch rif sy’n {max} neu lai',

  'fields.safeContact.yes': 'Ydy',
  'fields.safeContact.no': 'Nac ydy',
  'fields.safeContact.call': 'A yw’n ddiogel eich ffonio?',
  'fields.safeContact.text': 'A yw’n ddiogel anfon negeseuon testun atoch?',
  'fields.safeContact.email': 'A yw’n ddiogel anfon e-bost atoch?',
  'fields.safeContact.post': 'A yw’n ddiogel anfon llythyrau atoch?',
  'fields.safeContact.visit': 'A yw’n ddiogel i rywun ymweld â chi gartref?',
  'fields.safeContact.voicemail': 'A yw’n ddiogel gadael neges llais i chi?',
  'fields.safeContact.times': 'Pryd mae’n ddiogel?',
  'fields.safeContact.timesHint': 'Er enghraifft, yn ystod yr wythnos rhwng 9am a 3pm',
  'fields.safeContact.alternative': 'A oes rhywun arall y gallwn gysylltu â nhw’n ddiogel yn lle hynny?',
  'fields.safeContact.alternativeName': 'Eu henw llawn',
  'fields.safeContact.alternativePhone': 'Eu rhif ffôn',
  'fields.safeContact.alternativeRelationship': 'Sut maen nhw’n eich adnabod?',
  'fields.safeContact.required': 'Dywedwch wrthym sut y gallwn gysylltu â chi’n ddiogel',
  'fields.safeContact.callRequired': 'Dewiswch ‘ydy’ os yw’n ddiogel eich ffonio',
  'fields.safeContact.textRequired': 'Dewiswch ‘ydy’ os yw’n ddiogel anfon negeseuon testun atoch',
  'fields.safeContact.emailRequired': 'Dewiswch ‘ydy’ os yw’n ddiogel anfon e-bost atoch',
  'fields.safeContact.postRequired': 'Dewiswch ‘ydy’ os yw’n ddiogel anfon llythyrau atoch',
  'fields.safeContact.visitRequired': 'Dewiswch ‘ydy’ os yw’n ddiogel i rywun ymweld â chi gartref',
  'fields.safeContact.voicemailRequired': 'Dewiswch ‘ydy’ os yw’n ddiogel gadael neges llais i chi',
  'fields.safeContact.alternativeNameRequired': 'Rhowch enw rhywun y gallwn gysylltu â nhw’n ddiogel',
  'fields.safeContact.alternativePhoneRequired': 'Rhowch eu rhif ffôn',
};
