import * as z from 'zod/mini';
import * as c from '@onestory/core';
function gen(root, io='output') {
const reg = z.registry();
for (const [name, value] of Object.entries(c)) {
  if (value !== root && name.endsWith('Schema') && value && typeof value === 'object' && '_zod' in value) reg.add(value, { id: name.slice(0, -6) });
}
return z.toJSONSchema(root, { target: 'draft-2020-12', metadata: reg, io, override: (ctx) => { if (ctx.zodSchema === c.ServiceSchema) ctx.jsonSchema.description = 'SERVICE'; } });
}
const s = gen(c.DefinitionSchema);
console.log(Object.keys(s), Object.keys(s.$defs));
console.log(JSON.stringify(s.properties).slice(0, 600));
console.log(JSON.stringify(s.$defs.Service).slice(0, 400));
console.log(JSON.stringify(s.$defs.Condition).slice(0, 400));
const s2 = gen(c.StorySchema);
console.log(Object.keys(s2), Object.keys(s2.$defs));
console.log(JSON.stringify(gen(c.StorySchema,'input'))===JSON.stringify(s2), JSON.stringify(gen(c.DefinitionSchema,'input'))===JSON.stringify(s));
