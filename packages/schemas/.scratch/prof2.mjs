let t = performance.now();
const ts = (await import('typescript')).default;
console.log('import ts', performance.now() - t); t = performance.now();
const { readCoreDocs } = await import('../dist/index.js');
console.log('import idx', performance.now() - t); t = performance.now();
await readCoreDocs('../../core/src');
console.log('docs', performance.now() - t); t = performance.now();
const { compile } = await import('json-schema-to-typescript');
console.log('import jstt', performance.now() - t);
