// <onestory-intake> in every state a person meets, in English and Welsh. Each story is
// reached the way a person gets there: its `play` answers the questions and presses
// Continue (stories/support/intake-driver.ts). Sending goes to a stand-in endpoint through
// the intake's public `submissionOptions.fetch` seam (stories/fixtures/endpoints.ts).
import type { OneStoryIntakeElement } from '@onestory/components';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ANSWERS, LONG_ANSWER } from '../test/browser/intake/answers.js';
import { DEFINITIONS, type DefinitionName } from './fixtures/definitions.js';
import { ENDPOINTS, STORY_ENDPOINT, type EndpointName } from './fixtures/endpoints.js';
import { darkTheme, narrow, NARROW_VIEWPORT } from './support/frames.js';
import { answerPage, clickContinue, continueUntil, decideAll, intakeIn } from './support/intake-driver.js';

interface IntakeArgs {
  /** Which example definition (the element gets the parsed JSON). */
  readonly definition: DefinitionName;
  readonly endpoint: string;
  readonly services: string;
  readonly locale: 'en' | 'cy';
  readonly persist: boolean;
  readonly practitioner: boolean;
  readonly exitUrl: string;
  /** How the stand-in endpoint answers. */
  readonly receiver: EndpointName;
}
type Story = StoryObj<IntakeArgs>;
type Play = NonNullable<Story['play']>;

const meta: Meta<IntakeArgs> = {
  title: 'Intake',
  component: 'onestory-intake',
  args: {
    definition: 'walking-skeleton',
    endpoint: STORY_ENDPOINT,
    services: 'housing-support money-advice',
    locale: 'en',
    persist: false,
    practitioner: false,
    exitUrl: '',
    receiver: 'accepting',
  },
  argTypes: {
    definition: {
      control: 'select',
      options: Object.keys(DEFINITIONS),
      description: 'The intake definition (property: the parsed JSON; attribute: its URL).',
    },
    endpoint: { control: 'text' },
    services: { control: 'text', description: 'Space-separated service ids chosen beforehand.' },
    locale: { control: 'inline-radio', options: ['en', 'cy'] },
    persist: { control: 'boolean' },
    practitioner: { control: 'boolean' },
    exitUrl: { control: 'text', description: 'The neutral page quick exit goes to (attribute exit-url).' },
    receiver: {
      control: 'inline-radio',
      options: Object.keys(ENDPOINTS),
      description: 'Story only: how the stand-in endpoint answers (`submissionOptions.fetch`).',
    },
  },
  render: (args) => html`<onestory-intake
    .definition=${DEFINITIONS[args.definition]}
    endpoint=${args.endpoint}
    services=${args.services}
    locale=${args.locale}
    ?persist=${args.persist}
    ?practitioner=${args.practitioner}
    exit-url=${args.exitUrl || nothing}
    .submissionOptions=${ENDPOINTS[args.receiver]}
  ></onestory-intake>`,
};
export default meta;

/** The same story in Welsh. */
function welsh(story: Story): Story {
  return { ...story, args: { ...story.args, locale: 'cy' } };
}

const answersFor = (context: StoryContext<IntakeArgs>) => ANSWERS[context.args.locale];

/** Answers and continues past `pages` question pages. */
async function pastPages(intake: OneStoryIntakeElement, pages: number, context: StoryContext<IntakeArgs>): Promise<void> {
  for (let page = 0; page < pages; page++) {
    await answerPage(intake, answersFor(context));
    await clickContinue(intake);
  }
}

const reach =
  (step: Parameters<typeof continueUntil>[1]): Play =>
  async (context) =>
    continueUntil(await intakeIn(context.canvasElement), step, answersFor(context));

// "About you" (the second page of the walking skeleton) with the person's answers typed in.
const fillAboutYou: Play = async (context) => {
  const intake = await intakeIn(context.canvasElement);
  await pastPages(intake, 1, context);
  await answerPage(intake, answersFor(context));
};

// "About you" after Continue with the first name left out and a phone number that is not
// one: the error summary, and each message beside its question.
const errorsOnAboutYou: Play = async (context) => {
  const intake = await intakeIn(context.canvasElement);
  await pastPages(intake, 1, context);
  await answerPage(intake, { 'contact.phone': '12345' });
  await clickContinue(intake);
};

// ---- The steps, in order ------------------------------------------------------------------

/** Empty: the first page a person sees when no service is chosen beforehand (their safety). */
export const Start: Story = { args: { definition: 'early-help', services: '' } };
export const StartWelsh = welsh(Start);

/**
 * Choosing services, after saying what they need help with: the services that match are
 * suggested, and each says who runs it.
 */
export const ChooseServices: Story = { args: Start.args, play: reach('services') };
export const ChooseServicesWelsh = welsh(ChooseServices);

/** The first question page (services chosen by the host). */
export const Questions: Story = {};
export const QuestionsWelsh = welsh(Questions);

/** A page with the person's answers in it. */
export const Filled: Story = { play: fillAboutYou };
export const FilledWelsh = welsh(Filled);

/** Errors: the summary at the top, linked to each question, and inline messages. */
export const Errors: Story = { play: errorsOnAboutYou };
export const ErrorsWelsh = welsh(Errors);

/** "Is anyone in danger right now?" — yes: emergency numbers at once, above the form. */
export const Emergency: Story = {
  args: { definition: 'early-help', services: 'domestic-abuse' },
  play: async (context) => {
    const intake = await intakeIn(context.canvasElement);
    await answerPage(intake, { 'risk.immediateDanger': 'yes' });
  },
};
export const EmergencyWelsh = welsh(Emergency);

/** The privacy notice, then one decision per service and purpose. */
export const Consent: Story = { play: reach('privacy-and-consent') };
export const ConsentWelsh = welsh(Consent);

/** Continue without deciding: each undecided service is an error. */
export const ConsentErrors: Story = {
  play: async (context) => {
    const intake = await intakeIn(context.canvasElement);
    await continueUntil(intake, 'privacy-and-consent', answersFor(context));
    await clickContinue(intake);
  },
};
export const ConsentErrorsWelsh = welsh(ConsentErrors);

// Someone afraid of a person they live with, with only calls and texts safe, has agreed to
// share with housing support: it visits and writes to the household, so they decide what it
// may use instead of their address. With `errors`, Continue was pressed with nothing chosen.
const reachAddressDecision =
  (errors: boolean): Play =>
  async (context) => {
    const intake = await intakeIn(context.canvasElement);
    const unsafe = { safe: false };
    await continueUntil(intake, 'privacy-and-consent', {
      ...answersFor(context),
      'needs.domains': ['housing'],
      'contact.safeContact': { call: { safe: true }, text: { safe: true }, email: unsafe, post: unsafe, visit: unsafe, voicemail: false },
      'household.members': [{ name: 'Lee', relationship: 'partner', livesWith: true, roles: ['feared'] }],
    });
    await decideAll(intake, 'given');
    await clickContinue(intake);
    if (errors) await clickContinue(intake);
  };

/** "Keeping your address safe": what housing support may use instead of the home address. */
export const AddressDecision: Story = { args: { definition: 'early-help', services: 'housing-support' }, play: reachAddressDecision(false) };
export const AddressDecisionWelsh = welsh(AddressDecision);

/** The address screen after Continue with nothing chosen: the service that waits is named. */
export const AddressDecisionErrors: Story = { args: AddressDecision.args, play: reachAddressDecision(true) };
export const AddressDecisionErrorsWelsh = welsh(AddressDecisionErrors);

/** Check your answers, with change links and exactly what each service will see. */
export const CheckAnswers: Story = { play: reach('check-answers') };
export const CheckAnswersWelsh = welsh(CheckAnswers);

/** Confirmation: sent, with the reference number. */
export const Confirmation: Story = { play: reach('sent') };
export const ConfirmationWelsh = welsh(Confirmation);

/** No signal: the honest "not sent yet", with a retry; the story is kept and retried. */
export const NotSentYet: Story = { args: { receiver: 'offline' }, play: reach('not-sent-yet') };
export const NotSentYetWelsh = welsh(NotSentYet);

/**
 * A partner's mistake (here an `http:` endpoint): the person is told politely the form is
 * not available; the console names the attribute and the fix.
 */
export const Unavailable: Story = {
  args: { endpoint: 'http://partner.example/submissions' },
  parameters: { consoleErrors: ['<onestory-intake>: <onestory-intake> attributes are not valid'] },
};
export const UnavailableWelsh = welsh(Unavailable);

// ---- Frames: long content, a 320 px phone, a dark brand ------------------------------------

/** Long title and hints, and an error summary: everything wraps. */
export const LongContent: Story = { args: { definition: 'long-content' }, play: errorsOnAboutYou };
export const LongContentWelsh = welsh(LongContent);

/** Long answers in "check your answers". */
export const LongAnswers: Story = {
  args: { definition: 'long-content' },
  play: async (context) => {
    const long = { ...answersFor(context), 'needs.housing.description': LONG_ANSWER, 'needs.money.description': LONG_ANSWER };
    await continueUntil(await intakeIn(context.canvasElement), 'check-answers', long);
  },
};
export const LongAnswersWelsh = welsh(LongAnswers);

/** Errors on a 320 px phone. */
export const Narrow320: Story = { decorators: [narrow], globals: NARROW_VIEWPORT, play: errorsOnAboutYou };
export const Narrow320Welsh = welsh(Narrow320);

/** Check your answers on a 320 px phone. */
export const Narrow320CheckAnswers: Story = { decorators: [narrow], globals: NARROW_VIEWPORT, play: reach('check-answers') };
export const Narrow320CheckAnswersWelsh = welsh(Narrow320CheckAnswers);

/** A partner's dark brand, set through `--onestory-*` tokens only, with consent errors showing. */
export const DarkTheme: Story = { decorators: [darkTheme], play: ConsentErrors.play! };
export const DarkThemeWelsh = welsh(DarkTheme);

/** The dark brand on the confirmation panel. */
export const DarkThemeConfirmation: Story = { decorators: [darkTheme], play: reach('sent') };
export const DarkThemeConfirmationWelsh = welsh(DarkThemeConfirmation);
