import { translate, type Definition } from '@onestory/core';
import { AGREEMENT_ROUTES, OVERRIDE_REASONS, type AgreementRoute, type OverrideReason } from '@onestory/core/consent';
import { titleShown } from '@onestory/core/definition';
import { html, nothing, type TemplateResult } from 'lit';
import { initialValue } from './initial-value.directive.js';
import { consentOf, type StepContext } from './step-context.js';

// The professional's screens at the start of the consent step: how the person agreed;
// then, where chosen, sharing without their agreement (rule 7) or a best-interests decision
// (rule 9), each on its own screen. Core decides the path; these only render and report.

/** Id of the control for one part of these screens (error summary links point here). */
export const whoFieldId = (part: string): string => `who-${part}`;

type Valued = HTMLElement & { value?: unknown };
/** The value of the field element an event came from. */
export const valueOf = (event: Event): unknown => (event.currentTarget as Valued).value;
const textOf = (event: Event): string => {
  const value = valueOf(event);
  return typeof value === 'string' ? value : '';
};

// The lawful basis each reason rests on, as core records it (see who-agrees.ts).
const BASIS_OF: Readonly<Record<OverrideReason, 'public-task' | 'vital-interests'>> = {
  'child-at-risk': 'public-task',
  'adult-at-risk': 'public-task',
  'vital-interests': 'vital-interests',
  'crime-prevention': 'public-task',
};

function textarea(ctx: StepContext, part: string, label: string, value: string | undefined, error: string, set: (text: string) => void): TemplateResult {
  return html`<div class="question"><onestory-textarea
    id=${whoFieldId(part)}
    .label=${label}
    .error=${error}
    .locale=${ctx.locale}
    ${initialValue(value)}
    @input=${(e: Event) => set(textOf(e))}
    @change=${(e: Event) => set(textOf(e))}
  ></onestory-textarea></div>`;
}

function decidedBy(ctx: StepContext): TemplateResult | typeof nothing {
  const practitioner = consentOf(ctx.view).practitioner;
  return practitioner ? html`<p>${ctx.t('ui.who.decidedBy', { name: practitioner.name, role: practitioner.role })}</p>` : nothing;
}

/** "How did the person agree to this referral?": in person, by phone, in writing, not asked, lacks capacity. */
export function renderAgreement(ctx: StepContext, definition: Definition, errors: ReadonlyMap<string, string>): TemplateResult {
  const { view, actions, t } = ctx;
  const agreement = consentOf(view).agreement;
  const routes = AGREEMENT_ROUTES.map((route) => ({ value: route, label: t(`ui.who.route.${route}`) }));
  return html`${ctx.heading(t('ui.who.title'), titleShown(definition, ctx.locale))}
    <div class="question"><onestory-radios
      id=${whoFieldId('route')}
      .label=${t('ui.who.route.label')}
      .hint=${t('ui.who.route.hint')}
      .error=${errors.get(whoFieldId('route')) ?? ''}
      .locale=${ctx.locale}
      .options=${routes}
      ${initialValue(agreement.route)}
      @change=${(e: Event) => actions.setAgreement({ route: valueOf(e) as AgreementRoute })}
    ></onestory-radios></div>
    ${agreement.route === 'not-asked'
      ? textarea(ctx, 'notAskedReason', t('ui.who.notAskedReason.label'), agreement.notAskedReason, errors.get(whoFieldId('notAskedReason')) ?? '', (text) =>
          actions.setAgreement({ notAskedReason: text }),
        )
      : nothing}`;
}

/** Sharing without their agreement (rule 7): who decided, why, on which basis, whether they were told. */
export function renderWithoutConsent(ctx: StepContext, definition: Definition, errors: ReadonlyMap<string, string>): TemplateResult {
  const { view, actions, t, locale } = ctx;
  const details = consentOf(view).withoutConsent;
  const reasons = OVERRIDE_REASONS.map((reason) => ({ value: reason, label: t(`ui.who.reason.${reason}`) }));
  const told = [
    { value: 'yes', label: t('ui.who.told.yes') },
    { value: 'no', label: t('ui.who.told.no') },
  ];
  return html`${ctx.heading(t('ui.who.withoutConsent.title'), titleShown(definition, locale))}
    <p>${t('ui.who.withoutConsent.intro')}</p>
    ${decidedBy(ctx)}
    <div class="question"><onestory-radios
      id=${whoFieldId('reason')}
      .label=${t('ui.who.reason.label')}
      .error=${errors.get(whoFieldId('reason')) ?? ''}
      .locale=${locale}
      .options=${reasons}
      ${initialValue(details.reason)}
      @change=${(e: Event) => actions.setWithoutConsent({ reason: valueOf(e) as OverrideReason })}
    ></onestory-radios></div>
    ${details.reason
      ? html`<p>${t('ui.who.basis', { basis: translate(locale, `consent.basis.${BASIS_OF[details.reason]}`) })}</p>`
      : nothing}
    <div class="question"><onestory-radios
      id=${whoFieldId('personTold')}
      .label=${t('ui.who.told.label')}
      .error=${errors.get(whoFieldId('personTold')) ?? ''}
      .locale=${locale}
      .options=${told}
      ${initialValue(details.personTold === undefined ? undefined : details.personTold ? 'yes' : 'no')}
      @change=${(e: Event) => actions.setWithoutConsent({ personTold: valueOf(e) === 'yes' })}
    ></onestory-radios></div>
    ${details.personTold === false
      ? textarea(ctx, 'notToldReason', t('ui.who.notToldReason.label'), details.notToldReason, errors.get(whoFieldId('notToldReason')) ?? '', (text) =>
          actions.setWithoutConsent({ notToldReason: text }),
        )
      : nothing}`;
}

/** A best-interests decision for a person who lacks capacity to decide (rule 9). */
export function renderBestInterests(ctx: StepContext, definition: Definition, errors: ReadonlyMap<string, string>): TemplateResult {
  const { view, actions, t } = ctx;
  return html`${ctx.heading(t('ui.who.capacity.title'), titleShown(definition, ctx.locale))}
    <p>${t('ui.who.capacity.intro')}</p>
    ${decidedBy(ctx)}
    ${textarea(ctx, 'rationale', t('ui.who.capacity.rationale.label'), consentOf(view).bestInterests.rationale, errors.get(whoFieldId('rationale')) ?? '', (text) =>
      actions.setBestInterests({ rationale: text }),
    )}`;
}
