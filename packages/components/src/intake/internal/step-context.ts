import type { Locale, LocalizedText, MessageKey } from '@onestory/core';
import type { FieldIssue } from '@onestory/core/engine';
import type { AddressChoice, BestInterestsDetails, ProfessionalAgreement, WithoutConsentDetails } from '@onestory/core/consent';
import type { ConsentChoice, ConsentView, SessionView } from '@onestory/core/session';
import type { TemplateResult } from 'lit';

/** What the person can do, for the step views: plain functions, no controller. */
export interface IntakeActions {
  chooseServices(serviceIds: readonly string[]): void;
  continue(): Promise<void>;
  back(): void;
  change(pageId: string): void;
  changeServices(): void;
  decide(serviceId: string, purposeId: string, choice: ConsentChoice): void;
  setAgreement(change: Partial<ProfessionalAgreement>): void;
  setWithoutConsent(change: Partial<WithoutConsentDetails>): void;
  setBestInterests(change: Partial<BestInterestsDetails>): void;
  decideAddress(serviceId: string, decision: AddressChoice): void;
  retry(): Promise<void>;
  withdraw(recordId: string): Promise<void>;
}

/** What every step view gets from the intake element: what to show, and what the person may do. */
export interface StepContext {
  /** The session as core sees it: plain data. */
  readonly view: SessionView;
  readonly actions: IntakeActions;
  /** True when unsent submissions are kept on the device. */
  readonly persisted: boolean;
  readonly locale: Locale;
  /** A catalogue message in the intake's language (text, never HTML). */
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  /** One of the definition's texts in the intake's language, as that language shows it. */
  text(value: LocalizedText): string;
  /** The words of a question's issue, in the intake's language, made now. */
  issueText(issue: FieldIssue): string;
  /**
   * Runs something the person did, then moves focus where it helps: to the new step's
   * heading when the step changed, else to the error summary when there are errors.
   */
  act(action: () => void | Promise<void>): void;
  /** The step heading: focusable from script, so focus can be moved to it. */
  heading(text: string, caption?: string): TemplateResult;
}

/** The consent step's screens, which core makes on that step only: a consent view is shown on no other. */
export function consentOf(view: SessionView): ConsentView {
  if (!view.consent) throw new Error('OneStory: a consent screen was rendered outside the consent step');
  return view.consent;
}
