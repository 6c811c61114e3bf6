import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { answersFromStory, storyFromAnswers, type FieldPath, type Service } from '@onestory/core';
import { definitionToQuestionnaire, questionnaireResponseToStory, storyToQuestionnaireResponse, type Questionnaire } from '@onestory/core/fhir';
import { exampleDefinition } from '../../support/submissions.js';
import { SEED, story } from '../story/arbitraries.js';

// Story → QuestionnaireResponse → Story loses nothing a service receives: for any valid
// Story and any service of the example, what the service would be sent comes back equal.

const definition = exampleDefinition();
const serviceFields = (service: Service): FieldPath[] => [...new Set(service.purposes.flatMap((p) => [...p.requires, ...(p.optional ?? [])]))];
const questionnaires = new Map<string, Questionnaire>(
  definition.services.map((service) => [service.id, definitionToQuestionnaire(definition, { serviceId: service.id }).questionnaire]),
);

describe('FHIR round trip', () => {
  it('every field a service of the example uses is asked by its Questionnaire', () => {
    const asked = new Set(definition.questions.map((q) => q.field));
    for (const service of definition.services) {
      assert.deepEqual(serviceFields(service).filter((field) => !asked.has(field)), [], service.id);
    }
  });

  it('Story → QuestionnaireResponse (as JSON) → Story gives back what the service received (1,000 runs)', () => {
    fc.assert(
      fc.property(story, fc.constantFrom(...definition.services), (whole, service) => {
        const received = storyFromAnswers(answersFromStory(whole), serviceFields(service));
        const response = storyToQuestionnaireResponse(questionnaires.get(service.id)!, received);
        const { story: back, issues } = questionnaireResponseToStory(JSON.parse(JSON.stringify(response)), definition);
        assert.deepEqual(issues, []);
        assert.deepEqual(back, received);
      }),
      { numRuns: 1000, seed: SEED },
    );
  });
});
