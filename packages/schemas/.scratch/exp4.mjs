import * as c from '@onestory/core';
import { readFileSync } from 'node:fs';
const d = c.loadDefinition(JSON.parse(readFileSync('../examples/early-help.definition.json', 'utf8')));
const p0 = c.plan({ definition: d, answers: {}, chosenServices: [], today: '2025-03-27' });
console.log(p0.pages.map(p => `${p.page.id}${p.beforeServices ? '*' : ''}:${p.questions.map(q => q.question.id)}`));
for (const svc of d.services) {
  const p = c.plan({ definition: d, answers: { 'referrer.type': 'professional', 'needs.domains': ['safety'] }, chosenServices: [svc.id], today: '2025-03-27' });
  console.log(svc.id, p.pages.length, p.questions.length, p.pages.map(p => p.page.id).join(','));
}
console.log(c.serviceEligibility(d, { 'person.dateOfBirth': '2015-01-01', 'contact.address': { line1: '1 A St', town: 'Morlan', postcode: 'SA11 1AA' } }, { today: '2025-03-27', locale: 'en' }).map(e => [e.serviceId, e.eligible, e.reasons.join('; ')]));
