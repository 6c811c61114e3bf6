export * from './version.js';
export * from './json-schema/index.js';
export * from './generate.js';
export { readPublishedSchema } from './published-files.js';
export { submissionSchemaFor, serviceFields, pascalCase } from './submission/submission-schema-for.js';
export { dataMap } from './data-map/data-map.js';
export { runCli, type CliIo } from './cli/main.js';
export { findJsonSyntaxProblem, type JsonSyntaxProblem } from './cli/json-position.js';
