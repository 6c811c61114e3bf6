/**
 * English text of the field elements' own interface: the labels of the parts of composite
 * fields (date, name, address, safe contact) and their messages. The question itself (the
 * label of the whole field) comes from the definition or the host page.
 */
export const fieldsEn = {
  'fields.date.day': 'Day',
  'fields.date.month': 'Month',
  'fields.date.year': 'Year',

  'fields.name.given': 'First name',
  'fields.name.family': 'Last name',

  'fields.address.line1': 'Building and street',
  'fields.address.line1Position': 'line 1 of 2',
  'fields.address.line2': 'Building and street line 2 of 2',
  'fields.address.town': 'Town or city',
  'fields.address.county': 'County',
  'fields.address.postcode': 'Postcode',
  'fields.address.postcodeMissing': 'Enter a postcode',

  'fields.select.placeholder': 'Select an option',

  'fields.number.min': 'Enter a number that is {min} or more',
  'fields.number.max': 'Enter a number that is {max} or less',

  'fields.safeContact.yes': 'Yes',
  'fields.safeContact.no': 'No',
  'fields.safeContact.call': 'Is it safe to call you?',
  'fields.safeContact.text': 'Is it safe to send you text messages?',
  'fields.safeContact.email': 'Is it safe to email you?',
  'fields.safeContact.post': 'Is it safe to send you letters?',
  'fields.safeContact.visit': 'Is it safe for someone to visit you at home?',
  'fields.safeContact.voicemail': 'Is it safe to leave you a voicemail?',
  'fields.safeContact.times': 'When is it safe?',
  'fields.safeContact.timesHint': 'For example, weekdays between 9am and 3pm',
  'fields.safeContact.alternative': 'Is there someone else we can safely contact instead?',
  'fields.safeContact.alternativeName': 'Their full name',
  'fields.safeContact.alternativePhone': 'Their telephone number',
  'fields.safeContact.alternativeRelationship': 'How do they know you?',
  'fields.safeContact.required': 'Tell us how we can safely contact you',
  'fields.safeContact.callRequired': 'Select yes if it is safe to call you',
  'fields.safeContact.textRequired': 'Select yes if it is safe to send you text messages',
  'fields.safeContact.emailRequired': 'Select yes if it is safe to email you',
  'fields.safeContact.postRequired': 'Select yes if it is safe to send you letters',
  'fields.safeContact.visitRequired': 'Select yes if it is safe for someone to visit you at home',
  'fields.safeContact.voicemailRequired': 'Select yes if it is safe to leave you a voicemail',
  'fields.safeContact.alternativeNameRequired': 'Enter the name of someone we can safely contact',
  'fields.safeContact.alternativePhoneRequired': 'Enter their telephone number',
} as const;
