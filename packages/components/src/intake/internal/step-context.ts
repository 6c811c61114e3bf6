import type { Locale, MessageKey } from '@onestory/core';
import type { TemplateResult } from 'lit';
import type { IntakeFlowController } from '../../controllers/intake-flow.controller.js';

/** What every step view gets from the intake element. */
export interface StepContext {
  readonly flow: IntakeFlowController;
  readonly locale: Locale;
  /** A catalogue message in the intake's language (text, never HTML). */
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  /**
   * Runs something the person did, then moves focus where it helps: to the new step's
   * heading when the step changed, else to the error summary when there are errors.
   */
  act(action: () => void | Promise<void>): void;
  /** The step heading: focusable from script, so focus can be moved to it. */
  heading(text: string, caption?: string): TemplateResult;
}
