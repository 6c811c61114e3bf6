import type { Address, Definition, MessageKey } from '@onestory/core';
import type { AddressChoice, SafeWay } from '@onestory/core/consent';
import { titleShown } from '@onestory/core/definition';
import { voicedKey, type Voice } from '@onestory/core/engine';
import { html, nothing, type TemplateResult } from 'lit';
import { initialValue } from './initial-value.directive.js';
import { consentOf, type StepContext } from './step-context.js';
import { valueOf, whoFieldId } from './who-agrees.view.js';

// The consent step's last screen when someone the person fears lives with them: for each
// chosen service that would contact the household at their address, what it gets instead
// (issue 20: never withheld silently). Core lists the services and checks the decisions.

/** Id of the choice for one service (`part` `address-<service>`), for error summary links. */
export const addressChoiceId = (serviceId: string): string => whoFieldId(`address-${serviceId}`);
/** Id of the safe address for one service (`part` `address-<service>-safe`). */
export const safeAddressId = (serviceId: string): string => whoFieldId(`address-${serviceId}-safe`);

/** The safe ways, in words: "phone calls, text messages". */
function waysText(ctx: StepContext, ways: readonly SafeWay[], voice: Voice): string {
  return ways.map((way) => ctx.t(voicedKey(`ui.address.way.${way}`, voice))).join(', ');
}

function renderService(
  ctx: StepContext,
  definition: Definition,
  serviceId: string,
  errors: ReadonlyMap<string, string>,
  voice: Voice,
): TemplateResult {
  const { view, actions, locale, t, text } = ctx;
  const { safeWays, decisions } = consentOf(view).address;
  const service = text(definition.services.find((s) => s.id === serviceId)!.name);
  const said = (key: MessageKey, params: Readonly<Record<string, string>> = {}) => t(voicedKey(key, voice), { service, ...params });
  const decision: AddressChoice | undefined = decisions[serviceId];
  const options = [
    { value: 'safe-address', label: said('ui.address.choice.safe-address') },
    ...(safeWays.length > 0 ? [{ value: 'safe-way', label: said('ui.address.choice.safe-way', { ways: waysText(ctx, safeWays, voice) }) }] : []),
    { value: 'share-address', label: said('ui.address.choice.share-address') },
  ];
  const hint = [said('ui.address.hint'), ...(safeWays.length === 0 ? [said('ui.address.noSafeWays')] : [])].join(' ');
  const choose = (event: Event) => {
    const choice = valueOf(event);
    // A safe address already written in stays, should the person come back to it.
    if (choice === 'safe-address') actions.decideAddress(serviceId, decision?.choice === 'safe-address' ? decision : { choice });
    else if (choice === 'safe-way') actions.decideAddress(serviceId, { choice, ways: [...safeWays] });
    else if (choice === 'share-address') actions.decideAddress(serviceId, { choice, riskExplained: true });
  };
  const typeAddress = (event: Event) => {
    const address = valueOf(event) as Address | undefined;
    actions.decideAddress(serviceId, address ? { choice: 'safe-address', address } : { choice: 'safe-address' });
  };
  return html`<div class="question">
    <onestory-radios
      id=${addressChoiceId(serviceId)}
      .label=${said('ui.address.question')}
      .hint=${hint}
      .error=${errors.get(addressChoiceId(serviceId)) ?? ''}
      .locale=${locale}
      .options=${options}
      ${initialValue(decision?.choice)}
      @change=${choose}
    ></onestory-radios>
    ${decision?.choice === 'safe-address'
      ? html`<div class="conditional"><onestory-address-field
          id=${safeAddressId(serviceId)}
          required
          .label=${said('ui.address.safeAddress.label')}
          .error=${errors.get(safeAddressId(serviceId)) ?? ''}
          .locale=${locale}
          ${initialValue(decision.address)}
          @input=${typeAddress}
          @change=${typeAddress}
        ></onestory-address-field></div>`
      : nothing}
  </div>`;
}

/** "Keeping your address safe": one decision per service that contacts the household. */
export function renderAddressDecision(ctx: StepContext, definition: Definition, errors: ReadonlyMap<string, string>): TemplateResult {
  const { view, t, locale } = ctx;
  const voice = view.voice;
  return html`${ctx.heading(t(voicedKey('ui.address.title', voice)), titleShown(definition, locale))}
    <p>${t(voicedKey('ui.address.intro', voice))}</p>
    ${consentOf(view).address.services.map((serviceId) => renderService(ctx, definition, serviceId, errors, voice))}`;
}
