/**
 * English text of the intake's own interface: buttons, headings, the privacy notice and
 * consent wording, check your answers, confirmation and failure states. GOV.UK style:
 * plain words, say what happens. `{name}` marks a parameter (inserted as text).
 */
export const uiEn = {
  'ui.continue': 'Continue',
  'ui.back': 'Back',
  'ui.submit': 'Accept and send',
  'ui.change': 'Change',
  'ui.changeHidden': 'Change {label}',
  'ui.optional': '(optional)',
  'ui.yes': 'Yes',
  'ui.no': 'No',
  'ui.notKnown': 'Not known',
  'ui.loading': 'Loading the form',
  'ui.progress': 'Step {current} of {total}',

  'ui.language.label': 'Language',
  'ui.language.switchTo': 'Cymraeg',
  'ui.language.changed': 'The form is now in English',

  'ui.errorSummary.title': 'There is a problem',
  'ui.errorPrefix': 'Error:',

  'ui.unavailable.title': 'This form is not available right now',
  'ui.unavailable.body': 'Please try again later. If you need help now, contact the organisation whose website you are on.',

  'ui.services.heading': 'Get help from local services',
  'ui.services.title': 'Which services would you like help from?',
  'ui.services.hint': 'Select all that apply. You will only be asked what the services you choose need.',
  'ui.services.suggested': 'Suggested for what you told us',
  'ui.services.notEligible': 'You cannot choose this service: {reasons}',
  'ui.services.required': 'Select at least one service',
  'ui.services.organisation': 'Run by {organisation}',

  'ui.emergency.title': 'If you are in immediate danger',
  'ui.emergency.body': 'Do not wait for a reply to this form. Call now:',
  'ui.emergency.call': '{label}: call {phone}',
  'ui.emergency.default': 'Police, fire or ambulance',

  'ui.privacy.title': 'How we use your information',
  'ui.privacy.controller': 'Who is responsible for your information',
  'ui.privacy.contact': 'Contact: {contact}',
  'ui.privacy.dpo': 'Data protection officer: {contact}',
  'ui.privacy.services': 'Who will receive your information, and why',
  'ui.privacy.purpose': '{purpose} (lawful basis: {basis})',
  'ui.privacy.retention': 'How long {service} keeps it: {retention}',
  'ui.privacy.rights': 'Your rights',
  'ui.privacy.complaint': 'How to complain',
  'ui.privacy.fullNotice': 'Read the full privacy notice, version {version} (opens in a new tab)',

  'ui.consent.title': 'Sharing your information',
  'ui.consent.intro': 'Choose for each service and each use. Saying no is as easy as saying yes, and you can change your mind later.',
  'ui.consent.question': 'Do you agree to share your information with {service} for this purpose?',
  'ui.consent.agree': 'Yes, I agree',
  'ui.consent.refuse': 'No, I do not agree',
  'ui.consent.optionalNote': 'Saying no to this will not stop your referral.',
  'ui.consent.coreNote': 'If you say no, {service} will not receive your referral.',
  'ui.consent.special': 'This includes information about your health. Agreeing means you give your explicit consent for {service} to use it for this.',
  'ui.consent.withdraw': 'You can withdraw your agreement at any time by contacting {contact}. Withdrawing is as easy as agreeing.',
  'ui.consent.required': 'Select yes or no for {service}: {purpose}',
  'ui.consent.fields': 'What it will receive: {fields}',

  'ui.check.title': 'Check your answers before sending',
  'ui.check.answers': 'Your answers',
  'ui.check.services': 'Services you chose',
  'ui.check.whoSees': 'Who will see what',
  'ui.check.receives': '{service} will receive',
  'ui.check.receivesNothing': '{service} will receive nothing, because you did not agree to share.',
  'ui.check.declaration': 'By sending this you confirm that the information is correct to the best of your knowledge.',

  'ui.sending.title': 'Sending your information',
  'ui.sending.body': 'Please wait. Do not close this page.',

  'ui.sent.title': 'Your information has been sent',
  'ui.sent.reference': 'Your reference number',
  'ui.sent.next': 'What happens next',
  'ui.sent.nextBody': 'Each service you agreed to share with will contact you in the way you said is safe. Keep your reference number in case you need to contact them.',

  'ui.notSent.title': 'Not sent yet — we will keep trying',
  'ui.notSent.body': 'We could not send your information just now. Your answers are safe and we will try again automatically while this page is open.',
  'ui.notSent.bodyPersisted': 'We could not send your information just now. Your answers are kept safely on this device and we will try again automatically, even if you close this page.',
  'ui.failed.title': 'Your information could not be sent',
  'ui.failed.body': 'Nothing has been sent. Please contact {contact} to get help another way.',
  'ui.notSent.retry': 'Try again now',
  'ui.notSent.retrying': 'Trying again',

  'ui.unsupported': 'This question cannot be answered here yet. You can tell the service when they contact you.',
  'ui.back.toCheck': 'Back to check your answers',
  'ui.announce.emergency': 'If you are in immediate danger, call {phone} now',
  'ui.announce.page': '{title}. {progress}',
  'ui.announce.errors': 'There is a problem: {count} answer(s) need checking',
  'ui.announce.sending': 'Sending your information',
  'ui.announce.sent': 'Sent. Your reference number is {reference}',
  'ui.announce.notSent': 'Not sent yet. We will keep trying',
} as const;
