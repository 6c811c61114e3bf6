import { type HouseholdMember } from '@onestory/core';
import {
  BLANK_MEMBER,
  coerceHousehold,
  controlId,
  householdDraftOf,
  interpretHousehold,
  isHouseholdDraft,
  RELATIONSHIPS,
  type HouseholdDraft,
  type HouseholdRole,
  type Interpretation,
  type MemberDraft,
} from '@onestory/core/answers';
import { HOUSEHOLD_ROLES } from '@onestory/core/story';
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { choiceStyles } from '../../shared/choice.styles.js';
import { OneStoryFieldElement } from '../../shared/field-element.js';
import { fieldStyles } from '../../shared/field.styles.js';
import { tokenStyles } from '../../shared/tokens.styles.js';

const NOBODY_ELSE_ID = 'nobody-else';

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The people in the person's household or family, GOV.UK "add another" pattern: one group
 * of boxes per person (name, how they are related, age, whether they live with the person,
 * and roles — including a person they are afraid of, who is then never contacted), with
 * buttons to add another person and to remove one.
 *
 * Someone who lives alone ticks "Nobody else" instead: the value is then an empty list,
 * an answer in its own right.
 *
 * Value: a list of household members (`undefined` when nobody is added). Form data: one
 * entry per part, numbered by person: `name.0.name`, `name.0.relationship`…
 *
 * @summary A form-associated list of household members.
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart member - The boxes of one person.
 * @csspart add - The "Add another person" button.
 * @csspart remove - Each "Remove person" button.
 * @csspart nobody-else - The "Nobody else" checkbox.
 *
 * @event input - When any box changes (native, re-dispatched from the element, composed).
 * @event change - When a box is committed, or a person is added or removed.
 */
export class OneStoryHouseholdField extends OneStoryFieldElement<HouseholdMember[], HouseholdDraft> {
  static override styles = [
    tokenStyles,
    fieldStyles,
    choiceStyles,
    css`
      .member {
        margin: 0 0 calc(var(--_space) * 4);
        padding-block: 0;
        padding-inline: calc(var(--_space) * 3) 0;
        border-inline-start: 4px solid var(--onestory-border-colour, #b1b4b6);
      }
      .member > .legend {
        font-weight: 700;
      }
      .or {
        margin: 0 0 calc(var(--_space) * 2);
      }
      .button {
        font: inherit;
        min-height: 44px;
        min-width: 44px;
        margin: 0 0 calc(var(--_space) * 4);
        padding: 8px 10px 7px;
        border: 2px solid transparent;
        border-radius: 0;
        color: var(--_text);
        background: var(--onestory-secondary-button-colour, #f3f2f1);
        box-shadow: 0 2px 0 #929191;
        cursor: pointer;
      }
      .button:focus-visible {
        outline: 3px solid transparent;
        background: var(--_focus);
        box-shadow:
          inset 0 0 0 1px var(--_focus),
          0 2px 0 var(--_text);
      }
    `,
  ];

  protected readonly valueFormat =
    'Give a list of household members, like [{ name: "Sam", relationship: "child", livesWith: true, roles: ["child"] }].';

  protected emptyRaw(): HouseholdDraft {
    return { members: [BLANK_MEMBER] };
  }

  protected isRaw(state: unknown): state is HouseholdDraft {
    return isHouseholdDraft(state);
  }

  protected interpret(raw: HouseholdDraft): Interpretation<HouseholdMember[]> {
    return interpretHousehold(raw, this.required);
  }

  protected rawFromValue(value: HouseholdMember[] | undefined): HouseholdDraft {
    return householdDraftOf(value);
  }

  protected coerce(input: unknown): HouseholdMember[] | null {
    return coerceHousehold(input);
  }

  protected renderField(): TemplateResult {
    const { members, nobodyElse } = this.raw;
    // "Nobody else" stands for the whole list: while it is ticked, the boxes are not shown.
    const people = nobodyElse
      ? nothing
      : html`${members.map((member, index) => this.#renderMember(member, index, members.length > 1))}
          <button type="button" class="button" part="add" ?disabled=${this.isDisabled || members.length >= 30} @click=${this.#add}>
            ${this.t('ui.household.add')}
          </button>
          <p class="or">${this.t('ui.household.or')}</p>`;
    return this.renderFieldset(
      html`${people}
        <div class="choices">
          <div class="choice checkbox">
            <input
              class="choice__input"
              type="checkbox"
              id=${NOBODY_ELSE_ID}
              part="nobody-else"
              .checked=${live(nobodyElse === true)}
              ?disabled=${this.isDisabled}
              aria-invalid=${this.invalidFor(NOBODY_ELSE_ID)}
              @input=${(e: Event) => this.takeInput({ members, nobodyElse: (e.target as HTMLInputElement).checked }, e)}
              @change=${this.takeChange}
            />
            <label class="choice__label" for=${NOBODY_ELSE_ID}>${this.t('ui.household.nobodyElse')}</label>
          </div>
        </div>`,
    );
  }

  #renderMember(member: MemberDraft, index: number, removable: boolean): TemplateResult {
    const id = (part: keyof MemberDraft) => controlId(index, part);
    const number = index + 1;
    return html`<fieldset class="member" part="member">
      <legend class="legend">${this.t('ui.household.person', { number })}</legend>
      <div class="item">
        <label class="label" for=${id('name')}>${this.t('ui.household.name')}</label>
        <input
          class="input width-20"
          id=${id('name')}
          type="text"
          autocomplete="off"
          spellcheck="false"
          .value=${live(member.name)}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.invalidFor(id('name'))}
          @input=${(e: Event) => this.#update(e, index, { name: (e.target as HTMLInputElement).value })}
          @change=${this.takeChange}
        />
      </div>
      <div class="item">
        <label class="label" for=${id('relationship')}>${this.t('ui.household.relationship')}</label>
        <select
          class="select"
          id=${id('relationship')}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.invalidFor(id('relationship'))}
          @input=${(e: Event) => this.#update(e, index, { relationship: (e.target as HTMLSelectElement).value })}
          @change=${this.takeChange}
        >
          <option value="" .selected=${live(member.relationship === '')}>${this.t('ui.household.choose')}</option>
          ${RELATIONSHIPS.map(
            (relationship) =>
              html`<option value=${relationship} .selected=${live(member.relationship === relationship)}>
                ${capitalised(this.t(`answer.relationship.${relationship}`))}
              </option>`,
          )}
        </select>
      </div>
      <div class="item">
        <label class="label" for=${id('age')}>${this.t('ui.household.age')}</label>
        <input
          class="input width-4"
          id=${id('age')}
          type="text"
          inputmode="numeric"
          spellcheck="false"
          .value=${live(member.age)}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.invalidFor(id('age'))}
          @input=${(e: Event) => this.#update(e, index, { age: (e.target as HTMLInputElement).value })}
          @change=${this.takeChange}
        />
      </div>
      <fieldset class="item">
        <legend class="legend">${this.t('ui.household.livesWith')}</legend>
        <div class="choices choices--inline">
          ${(['yes', 'no'] as const).map(
            (answer) =>
              html`<div class="choice radio">
                <input
                  class="choice__input"
                  type="radio"
                  id=${`${id('livesWith')}${answer === 'yes' ? '' : '-no'}`}
                  name=${id('livesWith')}
                  .checked=${live(member.livesWith === answer)}
                  ?disabled=${this.isDisabled}
                  aria-invalid=${this.invalidFor(id('livesWith'))}
                  @input=${(e: Event) => this.#update(e, index, { livesWith: answer })}
                  @change=${this.takeChange}
                />
                <label class="choice__label" for=${`${id('livesWith')}${answer === 'yes' ? '' : '-no'}`}
                  >${this.t(`ui.household.${answer}`)}</label
                >
              </div>`,
          )}
        </div>
      </fieldset>
      <fieldset class="item">
        <legend class="legend">${this.t('ui.household.roles')}</legend>
        <div class="choices">
          ${HOUSEHOLD_ROLES.map(
            (role) =>
              html`<div class="choice checkbox">
                <input
                  class="choice__input"
                  type="checkbox"
                  id=${`${id('roles')}-${role}`}
                  .checked=${live(member.roles.includes(role))}
                  ?disabled=${this.isDisabled}
                  aria-describedby=${role === 'feared' ? `${id('roles')}-feared-hint` : nothing}
                  @input=${(e: Event) => this.#toggleRole(e, index, role)}
                  @change=${this.takeChange}
                />
                <label class="choice__label" for=${`${id('roles')}-${role}`}>${this.t(`ui.household.role.${role}`)}</label>
                ${
                  role === 'feared'
                    ? html`<div class="choice__hint" id=${`${id('roles')}-feared-hint`}>
                        ${this.t('ui.household.fearedHint')}
                      </div>`
                    : nothing
                }
              </div>`,
          )}
        </div>
      </fieldset>
      ${
        member.roles.includes('child')
          ? html`<div class="item">
              <label class="label" for=${id('school')}>${this.t('ui.household.school')}</label>
              <input
                class="input width-20"
                id=${id('school')}
                type="text"
                .value=${live(member.school)}
                ?disabled=${this.isDisabled}
                aria-invalid=${this.invalidFor(id('school'))}
                @input=${(e: Event) => this.#update(e, index, { school: (e.target as HTMLInputElement).value })}
                @change=${this.takeChange}
              />
            </div>`
          : nothing
      }
      ${
        removable
          ? html`<button
              type="button"
              class="button"
              part="remove"
              ?disabled=${this.isDisabled}
              @click=${(e: Event) => this.#remove(e, index)}
            >
              ${this.t('ui.household.remove', { number })}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  #update(event: Event, index: number, change: Partial<MemberDraft>): void {
    const members = this.raw.members.map((member, i) => (i === index ? { ...member, ...change } : member));
    this.takeInput({ ...this.raw, members }, event);
  }

  #toggleRole(event: Event, index: number, role: HouseholdRole): void {
    const roles = this.raw.members[index]!.roles;
    const next = roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role];
    this.#update(event, index, { roles: next });
  }

  #add = async (event: Event): Promise<void> => {
    const index = this.raw.members.length;
    this.takeInput({ members: [...this.raw.members, BLANK_MEMBER] }, new Event('input', { bubbles: true, composed: true }));
    this.takeChange(new Event('change', { bubbles: true, composed: true }));
    event.stopPropagation();
    await this.updateComplete;
    // The new person's first box: where the person wants to type next.
    this.renderRoot.querySelector<HTMLElement>(`#${controlId(index, 'name')}`)?.focus();
  };

  #remove = async (event: Event, index: number): Promise<void> => {
    event.stopPropagation();
    // Focus leaves the button before it is removed: a focused element vanishing mid-render
    // would count as leaving the field.
    const stay = Math.max(0, index - 1);
    this.renderRoot.querySelector<HTMLElement>(`#${controlId(index === 0 ? 1 : stay, 'name')}`)?.focus();
    const members = this.raw.members.filter((_, i) => i !== index);
    this.takeInput({ members: members.length ? members : [BLANK_MEMBER] }, new Event('input', { bubbles: true, composed: true }));
    this.takeChange(new Event('change', { bubbles: true, composed: true }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${controlId(stay, 'name')}`)?.focus();
  };
}
