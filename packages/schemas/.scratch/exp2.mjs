import * as z from 'zod/mini';
import * as c from '@onestory/core';
const s = c.ShortText;
console.log(s._zod.def.checks.map(ch => ({ def: Object.keys(ch._zod.def), check: ch._zod.def.check, err: ch._zod.def.error?.toString(), abort: ch._zod.def.abort, msg: ch._zod.def.message })));
console.log(c.PostcodeSchema._zod.def.checks[0]._zod.def.error?.({}));
const j = z.toJSONSchema(z.object({u: c.PrivacyNoticeSchema.shape.uri, d: c.DateTimeSchema ?? z.iso.datetime(), l: c.LocalizedTextSchema}), {target:'draft-2020-12'});
console.log(JSON.stringify(j));
