import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefinition } from '@onestory/core';
import { emergencyContacts } from '@onestory/core/safety';
import { definition, definitionJson } from '../engine/fixtures.js';

describe('emergencyContacts: the numbers shown to someone in immediate danger', () => {
  it('are the definition’s, in the person’s language', () => {
    assert.deepEqual(emergencyContacts(definition, 'en'), [{ label: 'Police', phone: '999' }]);
    assert.deepEqual(emergencyContacts(definition, 'cy'), [{ label: 'Heddlu', phone: '999' }]);
  });

  it('fall back to the UK emergency number, named in the person’s language, when the definition has none', () => {
    for (const settings of [{}, { emergencyContacts: [] }]) {
      const bare = loadDefinition({ ...definitionJson, settings });
      assert.deepEqual(emergencyContacts(bare, 'en'), [{ label: 'Police, fire or ambulance', phone: '999' }]);
      assert.equal(emergencyContacts(bare, 'cy')[0]!.phone, '999');
      assert.notEqual(emergencyContacts(bare, 'cy')[0]!.label, 'Police, fire or ambulance');
    }
  });
});
