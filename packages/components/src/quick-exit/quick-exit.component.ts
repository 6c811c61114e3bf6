import { translate, type Locale } from '@onestory/core';
import { isLocale } from '@onestory/core/i18n';
import { resolveExitDestination, type ExitReport } from '@onestory/core/safety';
import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ExitTrigger } from './exit-event.js';
import { QuickExitController, realClock, type QuickExitClock, type QuickExitHost } from './internal/quick-exit-controller.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { ensureLocale, needsLoading } from '../shared/languages.js';
import { issueWarning } from '../shared/dev-warning.js';

/**
 * @summary GOV.UK-style "Exit this page": a button, Shift pressed three times, and a skip
 * link for assistive technology. Exiting hides the page in the same frame, wipes every
 * OneStory store, and replaces the page with a neutral one so Back does not return.
 *
 * Three triggers: the visible button; Shift pressed on its own three times, each press
 * within five seconds of the last (the count is shown and announced politely); and a
 * visually hidden skip link that appears when focused.
 *
 * One page, one exit: only the first `<onestory-quick-exit>` in a document listens to the
 * keyboard. If the page already uses GOV.UK Frontend's "Exit this page", OneStory leaves
 * the shortcut to it; if the page marks its own exit control with `data-onestory-exit`,
 * Shift×3 clicks that control instead of exiting itself. Either way, when the host's
 * control fires, OneStory wipes its stores and lets the host navigate.
 *
 * @event onestory-exit - An exit began (page hidden; stores about to be wiped). Not
 *   cancelable. Forget in-memory answers synchronously in the listener.
 * @csspart skip-link - The skip link (visible only while focused).
 * @csspart button - The "Exit this page" button.
 * @csspart count - The Shift count ("Shift pressed 1 of 3 times"), a polite live region.
 * @cssproperty --onestory-warning-colour - Button background (GOV.UK red).
 * @cssproperty --onestory-warning-shadow-colour - Button shadow.
 * @cssproperty --onestory-on-warning-colour - Button text.
 * @cssproperty --onestory-focus-colour - Focus highlight (GOV.UK yellow).
 * @cssproperty --onestory-quick-exit-position - `sticky` (default) keeps it in reach; `static` to place it yourself.
 * @cssproperty --onestory-quick-exit-align - Horizontal placement of the button (`flex-end`).
 */
export class OneStoryQuickExitElement extends LitElement implements QuickExitHost {
  static override styles = quickExitStyles;

  /**
   * The neutral page to go to: an `http(s)` address. Anything else (including
   * `javascript:`) is refused with a console warning and the default
   * `https://www.bbc.co.uk/weather` is used: a bad setting never stops an exit.
   */
  @property() accessor url: string | undefined = undefined;

  /** Language of the button and messages: `en` (default) or `cy`. */
  @property() accessor locale: string | undefined = undefined;

  /** Time source; replace only in tests. */
  @property({ attribute: false }) accessor clock: QuickExitClock = realClock;

  /**
   * How the page is left; replace only in tests. The default, `location.replace`, leaves
   * no history entry, so Back does not return to the answers.
   */
  @property({ attribute: false }) accessor navigate: (url: string) => void = (url) => this.ownerDocument.location.replace(url);

  readonly #controller = new QuickExitController(this);
  #warnedAbout: string | undefined;

  /** The checked destination (see {@link url}). */
  get destination(): string {
    const { url, problem } = resolveExitDestination(this.url, this.ownerDocument.baseURI);
    if (problem && problem !== this.#warnedAbout) {
      this.#warnedAbout = problem;
      issueWarning('exit-url-refused', `<onestory-quick-exit url>: ${problem}`);
    }
    return url;
  }

  /**
   * Exits now, as if the button were pressed. Resolves with what was done, or `undefined`
   * if an exit had already begun in this document.
   */
  exit(): Promise<ExitReport | undefined> {
    return this.#controller.exit('api');
  }

  /** @internal */
  coverText(): { text: string; lang: string } {
    const locale = this.#locale();
    return { text: translate(locale, 'quickExit.loading'), lang: locale };
  }

  protected override willUpdate(changed: PropertyValues): void {
    void this.destination; // warn about a bad url when it is set, not only on exit
    // English until a shipped catalogue fetched on demand (CDN build) arrives.
    if (changed.has('locale') && needsLoading(this.locale)) ensureLocale(this.locale).then(() => this.requestUpdate(), () => {});
  }

  protected override render() {
    const locale = this.#locale();
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, number>) => translate(locale, key, params);
    const status = this.#controller.status;
    const statusText =
      status.kind === 'counting'
        ? t('quickExit.shiftCount', { count: status.count, total: status.total })
        : status.kind === 'expired'
          ? t('quickExit.expired')
          : '';
    return html`
      <div class="quick-exit" lang=${locale}>
        <a
          class="skip-link"
          part="skip-link"
          href=${this.destination}
          rel="nofollow noreferrer"
          @click=${(event: MouseEvent) => this.#trigger(event, 'skip-link')}
          >${t('quickExit.skipLink')}</a
        >
        <button
          class="button"
          part="button"
          type="button"
          aria-describedby="shortcut"
          @click=${(event: MouseEvent) => this.#trigger(event, 'button')}
        >
          ${t('quickExit.button')}
        </button>
        <span id="shortcut" class="visually-hidden">${t('quickExit.shortcutHint')}</span>
        <p class="count" part="count" role="status">${statusText}</p>
      </div>
    `;
  }

  #trigger(event: Event, trigger: ExitTrigger): void {
    event.preventDefault();
    void this.#controller.exit(trigger);
  }

  #locale(): Locale {
    return isLocale(this.locale) ? this.locale : 'en';
  }
}
