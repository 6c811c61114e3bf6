import { readCoreDocs, PUBLISHED_SCHEMAS, toPublishedJsonSchema } from '../dist/index.js';
import { toTypeScript } from '../dist/typescript/to-typescript.js';
let t = performance.now();
const docs = await readCoreDocs('../../core/src');
console.log('docs', performance.now() - t); t = performance.now();
const schemas = PUBLISHED_SCHEMAS.map((e) => toPublishedJsonSchema(e, 'output', docs));
console.log('json', performance.now() - t); t = performance.now();
for (const s of schemas) { await toTypeScript(s, '/* x */'); console.log('ts', s.title, performance.now() - t); t = performance.now(); }
