/** Absolute path of packages/components. */
export const COMPONENTS_DIR: string;
/** Absolute path of packages/components/custom-elements.json. */
export const MANIFEST_FILE: string;
/** True when the manifest is missing or older than a source file of the components. */
export function manifestIsStale(): boolean;
/** Analyses the components and writes the manifest; resolves to its path. */
export function writeManifest(): Promise<string>;
