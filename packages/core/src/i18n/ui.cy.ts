import type { uiEn } from './ui.en.js';

/**
 * Welsh text of the intake's interface. Typed against the English part, so a missing key
 * is a compile error. Wording follows GOV.UK Frontend's Welsh translations and GOV.WALES
 * style; it should be reviewed by a Welsh-language officer before go-live.
 */
export const uiCy: Readonly<Record<keyof typeof uiEn, string>> = {
  'ui.continue': 'Parhau',
  'ui.back': 'Yn ôl',
  'ui.submit': 'Derbyn ac anfon',
  'ui.change': 'Newid',
  'ui.changeHidden': 'Newid {label}',
  'ui.optional': '(dewisol)',
  'ui.yes': 'Ie',
  'ui.no': 'Na',
  'ui.notKnown': 'Ddim yn gwybod',
  'ui.loading': 'Yn llwytho’r ffurflen',
  'ui.progress': 'Cam {current} o {total}',

  'ui.language.label': 'Iaith',
  'ui.language.switchTo': 'English',
  'ui.language.changed': 'Mae’r ffurflen nawr yn Gymraeg',

  'ui.errorSummary.title': 'Mae problem wedi codi',
  'ui.errorPrefix': 'Gwall:',

  'ui.unavailable.title': 'Nid yw’r ffurflen hon ar gael ar hyn o bryd',
  'ui.unavailable.body': 'Rhowch gynnig arall arni yn nes ymlaen. Os oes angen help arnoch nawr, cysylltwch â’r sefydliad sy’n berchen ar y wefan hon.',

  'ui.services.heading': 'Cael help gan wasanaethau lleol',
  'ui.services.title': 'Gan ba wasanaethau yr hoffech gael help?',
  'ui.services.hint': 'Dewiswch bob un sy’n berthnasol. Dim ond yr hyn sydd ei angen ar y gwasanaethau a ddewiswch y byddwn yn ei ofyn.',
  'ui.services.suggested': 'Awgrymir ar sail yr hyn a ddywedoch wrthym',
  'ui.services.notEligible': 'Ni allwch ddewis y gwasanaeth hwn: {reasons}',
  'ui.services.required': 'Dewiswch o leiaf un gwasanaeth',
  'ui.services.organisation': 'Yn cael ei redeg gan {organisation}',

  'ui.emergency.title': 'Os ydych mewn perygl uniongyrchol',
  'ui.emergency.body': 'Peidiwch ag aros am ateb i’r ffurflen hon. Ffoniwch nawr:',
  'ui.emergency.call': '{label}: ffoniwch {phone}',
  'ui.emergency.default': 'Heddlu, tân neu ambiwlans',

  'ui.privacy.title': 'Sut rydym yn defnyddio eich gwybodaeth',
  'ui.privacy.controller': 'Pwy sy’n gyfrifol am eich gwybodaeth',
  'ui.privacy.contact': 'Cysylltu: {contact}',
  'ui.privacy.dpo': 'Swyddog diogelu data: {contact}',
  'ui.privacy.services': 'Pwy fydd yn cael eich gwybodaeth, a pham',
  'ui.privacy.purpose': '{purpose} (sail gyfreithlon: {basis})',
  'ui.privacy.retention': 'Am ba hyd y bydd {service} yn ei chadw: {retention}',
  'ui.privacy.rights': 'Eich hawliau',
  'ui.privacy.complaint': 'Sut i gwyno',
  'ui.privacy.fullNotice': 'Darllenwch yr hysbysiad preifatrwydd llawn, fersiwn {version} (yn agor mewn tab newydd)',

  'ui.consent.title': 'Rhannu eich gwybodaeth',
  'ui.consent.intro': 'Dewiswch ar gyfer pob gwasanaeth a phob defnydd. Mae dweud na yr un mor hawdd â dweud ie, a gallwch newid eich meddwl yn nes ymlaen.',
  'ui.consent.question': 'Ydych chi’n cytuno i rannu eich gwybodaeth gyda {service} at y diben hwn?',
  'ui.consent.agree': 'Ydw, rwy’n cytuno',
  'ui.consent.refuse': 'Nac ydw, nid wyf yn cytuno',
  'ui.consent.optionalNote': 'Ni fydd dweud na i hyn yn atal eich atgyfeiriad.',
  'ui.consent.coreNote': 'Os byddwch yn dweud na, ni fydd {service} yn cael eich atgyfeiriad.',
  'ui.consent.special': 'Mae hyn yn cynnwys gwybodaeth am eich iechyd. Drwy gytuno, rydych yn rhoi eich caniatâd penodol i {service} ei defnyddio at y diben hwn.',
  'ui.consent.withdraw': 'Gallwch dynnu eich cytundeb yn ôl ar unrhyw adeg drwy gysylltu â {contact}. Mae tynnu’n ôl yr un mor hawdd â chytuno.',
  'ui.consent.required': 'Dewiswch ydw neu nac ydw ar gyfer {service}: {purpose}',
  'ui.consent.fields': 'Beth fydd yn ei gael: {fields}',

  'ui.check.title': 'Gwiriwch eich atebion cyn anfon',
  'ui.check.answers': 'Eich atebion',
  'ui.check.services': 'Y gwasanaethau a ddewisoch',
  'ui.check.whoSees': 'Pwy fydd yn gweld beth',
  'ui.check.receives': 'Bydd {service} yn cael',
  'ui.check.receivesNothing': 'Ni fydd {service} yn cael dim, oherwydd na wnaethoch gytuno i rannu.',
  'ui.check.declaration': 'Drwy anfon hwn rydych yn cadarnhau bod yr wybodaeth yn gywir hyd eithaf eich gwybodaeth.',

  'ui.sending.title': 'Yn anfon eich gwybodaeth',
  'ui.sending.body': 'Arhoswch. Peidiwch â chau’r dudalen hon.',

  'ui.sent.title': 'Mae eich gwybodaeth wedi’i hanfon',
  'ui.sent.reference': 'Eich cyfeirnod',
  'ui.sent.next': 'Beth sy’n digwydd nesaf',
  'ui.sent.nextBody': 'Bydd pob gwasanaeth y gwnaethoch gytuno i rannu ag ef yn cysylltu â chi yn y ffordd a ddywedoch sy’n ddiogel. Cadwch eich cyfeirnod rhag ofn y bydd angen i chi gysylltu â nhw.',

  'ui.notSent.title': 'Heb ei anfon eto — byddwn yn dal ati i geisio',
  'ui.notSent.body': 'Nid oeddem yn gallu anfon eich gwybodaeth ar hyn o bryd. Mae eich atebion yn ddiogel a byddwn yn ceisio eto’n awtomatig tra bo’r dudalen hon ar agor.',
  'ui.notSent.bodyPersisted': 'Nid oeddem yn gallu anfon eich gwybodaeth ar hyn o bryd. Mae eich atebion yn cael eu cadw’n ddiogel ar y ddyfais hon a byddwn yn ceisio eto’n awtomatig, hyd yn oed os byddwch yn cau’r dudalen hon.',
  'ui.failed.title': 'Nid oedd modd anfon eich gwybodaeth',
  'ui.failed.body': 'Nid oes dim wedi’i anfon. Cysylltwch â {contact} i gael help mewn ffordd arall.',
  'ui.notSent.retry': 'Rhoi cynnig arall arni nawr',
  'ui.notSent.retrying': 'Yn rhoi cynnig arall arni',

  'ui.unsupported': 'Nid oes modd ateb y cwestiwn hwn yma eto. Gallwch ddweud wrth y gwasanaeth pan fyddant yn cysylltu â chi.',
  'ui.back.toCheck': 'Yn ôl i wirio eich atebion',
  'ui.announce.emergency': 'Os ydych mewn perygl uniongyrchol, ffoniwch {phone} nawr',
  'ui.announce.page': '{title}. {progress}',
  'ui.announce.errors': 'Mae problem wedi codi: mae angen gwirio {count} ateb',
  'ui.announce.sending': 'Yn anfon eich gwybodaeth',
  'ui.announce.sent': 'Wedi’i anfon. Eich cyfeirnod yw {reference}',
  'ui.announce.notSent': 'Heb ei anfon eto. Byddwn yn dal ati i geisio',
};
