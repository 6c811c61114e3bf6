export { OrukFeedSchema, OrukServiceSchema, ORUK_ID_PATTERN, type OrukFeed, type OrukService } from './feed.schema.js';
export { importOrukServices, readOrukFeed, type ImportNote, type ImportRecord, type ImportResult, type ImportedValues } from './import.js';
