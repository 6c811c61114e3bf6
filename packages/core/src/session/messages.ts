import { findPurpose, findService } from '../consent/purposes.js';
import type { Definition } from '../definition/definition.schema.js';
import { voicedKey, type Voice } from '../engine/voice.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { localize, type Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { Issue } from '../issue/issue.js';

/**
 * The words a person reads for an issue of the consent step (a `ConsentIssue` or a
 * `WhoAgreesIssue`), in `locale` and `voice`, made when it is shown: an undecided question
 * (`[serviceId, purposeId]`) names its service and purpose, an issue of the address screen
 * (`['address', serviceId, …]`) its service, each as the definition words it in that
 * language; about someone else, in its words about them. Text, never HTML.
 */
export function consentIssueMessage(issue: Issue<MessageKey>, definition: Definition, locale: Locale, voice: Voice): string {
  const [first, second] = issue.path.map(String);
  const undecided = issue.code === 'ui.consent.required';
  const serviceId = undecided ? first : first === 'address' ? second : undefined;
  const service = serviceId === undefined ? undefined : findService(definition, serviceId);
  const purpose = undecided && serviceId !== undefined && second !== undefined ? findPurpose(definition, serviceId, second) : undefined;
  return translate(locale, voicedKey(issue.code, voice), {
    ...issue.params,
    ...(service && { service: localize(service.name, locale) }),
    ...(purpose && { purpose: localize(purpose.description, locale) }),
  });
}
