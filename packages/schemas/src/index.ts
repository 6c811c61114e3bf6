// Placeholder so the harness builds before the generator lands; replace freely.
export const SCHEMAS_VERSION = '0.1.0';
