import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { answersFromStory, loadDefinition, storyFromAnswers, type Definition, type FieldPath, type Service, type Story } from '@onestory/core';
import { definitionToQuestionnaire, questionnaireResponseToStory, storyToQuestionnaireResponse, type Questionnaire } from '@onestory/core/fhir';
import { withDeclaredFields } from '../../support/declared-early-help.js';
import { exampleDefinition } from '../../support/submissions.js';
import { isoDate, SEED, story, text } from '../story/arbitraries.js';

// Story → QuestionnaireResponse → Story loses nothing a service receives: for any valid
// Story (with answers to declared fields of every type) and any service of the example,
// what the service would be sent comes back equal, through JSON.

const plain = exampleDefinition();
const declared = loadDefinition(withDeclaredFields(JSON.parse(JSON.stringify(plain))));
const serviceFields = (service: Service): FieldPath[] => [...new Set(service.purposes.flatMap((p) => [...p.requires, ...(p.optional ?? [])]))];

const questionnaires = new Map<string, Questionnaire>();
const questionnaireFor = (definition: Definition, service: Service): Questionnaire => {
  const key = `${definition === declared ? 'declared' : 'plain'}/${service.id}`;
  let questionnaire = questionnaires.get(key);
  if (!questionnaire) questionnaires.set(key, (questionnaire = definitionToQuestionnaire(definition, { serviceId: service.id }).questionnaire));
  return questionnaire;
};

const SUBSTANCES = ['alcohol', 'cannabis', 'opioids'];
const declaredAnswers = fc.record(
  {
    rentArrears: fc.integer({ min: 0, max: 10_000_000 }),
    noticeEnds: isoDate,
    substances: fc.subarray(SUBSTANCES),
    treatedBefore: fc.boolean(),
    daysUsing: fc.integer({ min: 0, max: 7 }),
    childrenAtHome: fc.constantFrom('yes', 'no', 'unknown'),
    bestTime: fc.constantFrom('morning', 'afternoon'),
    creditor: text(60),
    debtStory: text(5000),
  },
  { noNullPrototype: true, requiredKeys: [] },
);
const storyWithDeclared: fc.Arbitrary<Story> = fc.tuple(story, declaredAnswers).map(([whole, answers]) => ({ ...whole, declared: answers }) as Story);

describe('FHIR round trip', () => {
  it('every field a service of the example uses is asked by its Questionnaire', () => {
    for (const definition of [plain, declared]) {
      const asked = new Set(definition.questions.map((q) => q.field));
      for (const service of definition.services) {
        assert.deepEqual(serviceFields(service).filter((field) => !asked.has(field)), [], service.id);
      }
    }
  });

  it('Story → QuestionnaireResponse (as JSON) → Story gives back what the service received (1,000 runs)', () => {
    fc.assert(
      fc.property(storyWithDeclared, fc.boolean(), fc.nat(), (whole, withDeclared, pick) => {
        const definition = withDeclared ? declared : plain;
        const service = definition.services[pick % definition.services.length]!;
        const received = storyFromAnswers(answersFromStory(whole), serviceFields(service));
        const response = storyToQuestionnaireResponse(questionnaireFor(definition, service), received);
        const { story: back, issues } = questionnaireResponseToStory(JSON.parse(JSON.stringify(response)), definition);
        assert.deepEqual(issues, []);
        assert.deepEqual(back, received);
      }),
      { numRuns: 1000, seed: SEED },
    );
  });
});
