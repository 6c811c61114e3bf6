import * as c from '@onestory/core';
import { readFileSync } from 'node:fs';
const d = JSON.parse(readFileSync('../examples/walking-skeleton.definition.json', 'utf8'));
delete d.version; d.title.cy = ''; d.services[0].purposes = []; d.pages[0].questions = 'x'; d.questions[0].field = 'person.givenNmae'; d.settings.quickExit.url = 'javascript:alert(1)'; d.bogus = 1; d.services[0].retention.period = 5;
d.services[1].purposes[0].requires.push('person.foo'); d.services[1].purposes[0].basis='public task'; d.services[1].organisation.type = 'charty'; d.conditions.x = {equal: {}};
const r = c.checkDefinition(d);
for (const i of r.problems) console.log(JSON.stringify(i));
