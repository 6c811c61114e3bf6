import { type Definition, type PlannedPage } from '@onestory/core';
import { isPersonalWebmail } from '@onestory/core/answers';
import { declaredFieldOf, titleShown } from '@onestory/core/definition';
import { pageTitle, shownValue } from '@onestory/core/engine';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderQuestion } from './question.view.js';
import type { StepContext } from './step-context.js';

/**
 * A question page: its title (the intake adds progress), and each question as its field element. Keyed by
 * page and question, so every question gets its own element (and keeps what is typed in
 * it while the page is on screen, including across a language switch).
 */
export function renderPage(ctx: StepContext, definition: Definition, page: PlannedPage): TemplateResult {
  const { view, locale, t } = ctx;
  const state = view.flow;
  // One message per question inline; a field with several problems shows each beside its part.
  const issuesByQuestion = new Map<string, (typeof state.issues)[number][]>();
  for (const issue of state.issues) issuesByQuestion.set(issue.questionId, [...(issuesByQuestion.get(issue.questionId) ?? []), issue]);
  const optionalText = t('ui.optional');
  // A professional, or a parent for their child, is asked about the person.
  const voice = view.voice;
  return html`${keyed(
    page.page.id,
    html`${ctx.heading(ctx.text(pageTitle(page.page, voice)), titleShown(definition, locale))}
      <div class="questions">
        ${repeat(
          page.questions,
          (planned) => planned.question.id,
          (planned) => {
            const value = shownValue(state, planned.question.field);
            const issues = issuesByQuestion.get(planned.question.id) ?? [];
            const question = renderQuestion({
              planned,
              locale,
              value,
              error: issues.length === 1 ? ctx.issueText(issues[0]!) : '',
              showProblems: issues.length > 1,
              voice,
              optionalText,
              declared: declaredFieldOf(definition, planned.question.field),
            });
            // Only the secure email question gets a template around it (a page may hold
            // hundreds of questions), always the same one so its element stays as it warns:
            // a "secure" address for replies that is personal webmail is warned of, never blocked.
            if (planned.question.field !== 'referrer.secureEmail') return question;
            const webmail = isPersonalWebmail(value);
            return html`${question}${webmail ? html`<p class="warning" role="status">${t('ui.who.webmailWarning')}</p>` : nothing}`;
          },
        )}
      </div>`,
  )}`;
}
