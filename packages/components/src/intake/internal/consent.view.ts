import { translate, type ConsentRecord, type Definition, type Locale } from '@onestory/core';
import { type FieldOption } from '@onestory/core/answers';
import { purposeNoteOf, purposeQuestionOf, type ConsentPath } from '@onestory/core/consent';
import { titleShown } from '@onestory/core/definition';
import { html, nothing, type TemplateResult } from 'lit';
import { decisionKey } from '@onestory/core/consent';
import type { ConsentChoice } from '@onestory/core/session';
import { initialValue } from './initial-value.directive.js';
import { consentOf, type StepContext } from './step-context.js';

/** Id of the consent question for one service and purpose, for error summary links. */
export function consentFieldId(serviceId: string, purposeId: string): string {
  return `consent-${serviceId}-${purposeId}`;
}

/** The lawful basis in plain words, e.g. "a public task set out in law". */
function basisText(basis: ConsentRecord['basis'], locale: Locale): string {
  return translate(locale, `consent.basis.${basis}`);
}

/**
 * The privacy notice (rule 10: before any decision): who is responsible, the data
 * protection officer, each chosen service's purposes with their lawful basis, how long it
 * keeps the information, the person's rights and how to complain.
 */
function renderNotice(ctx: StepContext, definition: Definition, chosen: readonly string[]): TemplateResult {
  const { locale, t, text } = ctx;
  const notice = definition.privacyNotice;
  const services = definition.services.filter((service) => chosen.includes(service.id));
  return html`<section aria-labelledby="notice-controller" part="privacy-notice">
    <p>${text(notice.summary)}</p>
    <h2 id="notice-controller">${t('ui.privacy.controller')}</h2>
    <p>${text(notice.controller.name)}</p>
    <p>${t('ui.privacy.contact', { contact: text(notice.controller.contact) })}</p>
    <p>${t('ui.privacy.dpo', { contact: text(notice.dpoContact) })}</p>
    <h2>${t('ui.privacy.services')}</h2>
    ${services.map(
      (service) =>
        html`<div class="service">
          <h3>${text(service.name)}</h3>
          <p>${t('ui.services.organisation', { organisation: text(service.organisation.name) })}</p>
          <ul>
            ${service.purposes.map(
              (purpose) =>
                html`<li>
                  ${t('ui.privacy.purpose', { purpose: text(purpose.description), basis: basisText(purpose.basis, locale) })}
                </li>`,
            )}
          </ul>
          <p>${t('ui.privacy.retention', { service: text(service.name), retention: text(service.retention.description) })}</p>
        </div>`,
    )}
    <h2>${t('ui.privacy.rights')}</h2>
    <p>${text(notice.rights)}</p>
    <h2>${t('ui.privacy.complaint')}</h2>
    <p>${text(notice.complaint)}</p>
    <p>
      <a href=${notice.uri} target="_blank" rel="noopener noreferrer"
        >${t('ui.privacy.fullNotice', { version: notice.version })}</a
      >
    </p>
  </section>`;
}

/**
 * One consent question per service and purpose (rule 6), answered with two equal radios:
 * agreeing and refusing take the same single action, neither is chosen beforehand. For
 * special category data the "yes" carries the explicit statement naming that data (rule 5).
 */
function renderDecision(ctx: StepContext, definition: Definition, record: ConsentRecord, error: string, path: ConsentPath): TemplateResult {
  const { view, actions, locale, t, text } = ctx;
  const service = definition.services.find((s) => s.id === record.serviceId)!;
  const purpose = service.purposes.find((p) => p.id === record.purposeId)!;
  const serviceName = text(service.name);
  const question = purposeQuestionOf(path, record);
  // Not asked on this path (a child's consent-based purpose needs a parent…): say so, plainly.
  if (!question.asked) {
    return html`<div class="question" id=${consentFieldId(record.serviceId, record.purposeId)}>
      <p>${text(purpose.description)}</p>
      <p>${t(question.why)}</p>
    </div>`;
  }
  // A professional records the person's own decision; a parent decides for their child.
  const relayed = path.kind === 'relayed';
  const statement = record.explicitSpecialCategoryStatement?.text;
  const options: FieldOption[] = [
    { value: 'given', label: t(relayed ? 'ui.consent.theyAgree' : 'ui.consent.agree'), ...(statement && { hint: statement }) },
    { value: 'refused', label: t(relayed ? 'ui.consent.theyRefuse' : 'ui.consent.refuse') },
  ];
  const note = purposeNoteOf(path, record);
  const label = t(relayed ? 'ui.consent.questionThem' : path.kind === 'parent' ? 'ui.consent.questionParent' : 'ui.consent.question', {
    service: serviceName,
  });
  const hint = [
    text(purpose.description),
    ...(note ? [t(note, { service: serviceName })] : []),
    purpose.core ? t('ui.consent.coreNote', { service: serviceName }) : t('ui.consent.optionalNote'),
    t('ui.consent.withdraw', { contact: text(service.organisation.contact) }),
  ].join(' ');
  const decide = (event: Event) => {
    const value = (event.currentTarget as HTMLElement & { value?: ConsentChoice }).value;
    if (value === 'given' || value === 'refused') actions.decide(record.serviceId, record.purposeId, value);
  };
  return html`<onestory-radios
    id=${consentFieldId(record.serviceId, record.purposeId)}
    name=${consentFieldId(record.serviceId, record.purposeId)}
    .label=${label}
    .hint=${hint}
    .error=${error}
    .locale=${locale}
    .options=${options}
    ${initialValue(consentOf(view).choices[decisionKey(record.serviceId, record.purposeId)])}
    @change=${decide}
  ></onestory-radios>`;
}

/** The privacy-and-consent step: the notice first, then one decision per service and purpose. */
export function renderPrivacyAndConsent(
  ctx: StepContext,
  definition: Definition,
  errors: ReadonlyMap<string, string>,
): TemplateResult {
  const { view, locale, t, text } = ctx;
  const chosen = view.flow.chosenServices;
  const { records, path } = consentOf(view);
  return html`${ctx.heading(t('ui.privacy.title'), titleShown(definition, locale))} ${renderNotice(ctx, definition, chosen)}
    <section aria-labelledby="consent-title" part="consent">
      <h2 id="consent-title">${t('ui.consent.title')}</h2>
      <p>${t('ui.consent.intro')}</p>
      ${chosen.map((serviceId) => {
        const own = records.filter((record) => record.serviceId === serviceId);
        if (own.length === 0) return nothing;
        const service = definition.services.find((s) => s.id === serviceId)!;
        return html`<div class="service">
          <h3>${text(service.name)}</h3>
          ${own.map((record) =>
            renderDecision(ctx, definition, record, errors.get(consentFieldId(record.serviceId, record.purposeId)) ?? '', path),
          )}
        </div>`;
      })}
    </section>`;
}
