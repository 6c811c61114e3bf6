import { fileURLToPath } from 'node:url';

/** The repository root, from this file's compiled place in test/.build/support/. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
