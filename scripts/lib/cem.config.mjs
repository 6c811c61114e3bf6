// Configuration of @custom-elements-manifest/analyzer for packages/components (paths are
// relative to that folder). Used by scripts/lib/custom-elements-manifest.mjs.
export default {
  // Every source, so field elements inherit the attributes of their shared base class.
  globs: ['src/**/*.ts'],
  exclude: ['src/**/index.ts', 'src/cdn.ts', 'src/cdn/**'],
  litelement: true,
  // The package's `customElements` field is maintained by hand, not rewritten by a tool.
  packagejson: false,
  quiet: true,
  plugins: [hideInternals()],
};

/**
 * Drops what is not public API from the manifest, so autodocs show only what a partner may
 * use: `#private` and `@internal` members, and protected ones (for subclasses only).
 */
function hideInternals() {
  return {
    name: 'onestory-hide-internals',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              !member.name.startsWith('#') &&
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !/@internal/.test(member.description ?? '') &&
              !(member.description ?? '').startsWith('@internal'),
          );
        }
      }
    },
  };
}
