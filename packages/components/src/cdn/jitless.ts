import * as z from 'zod/mini';

// Imported first by the CDN entry, so it runs before any schema parses. zod compiles a
// fast path for object schemas with `new Function`, and even its probe for whether that
// is allowed trips a strict Content-Security-Policy (no 'unsafe-eval'): turn it off.
z.config({ jitless: true });
