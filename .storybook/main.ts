import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { RollupLog } from 'rollup';
import { mergeConfig } from 'vite';
import { manifestIsStale, writeManifest } from '../scripts/lib/custom-elements-manifest.mjs';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig, { configType }) => {
    // Autodocs come from the custom-elements manifest (see preview.ts): keep it current.
    if (manifestIsStale()) await writeManifest();
    return mergeConfig(viteConfig, {
      // vite's default target leaves `@property() accessor` decorators in place, which
      // Chromium cannot parse: es2022 makes esbuild lower them.
      esbuild: { target: 'es2022' },
      optimizeDeps: { esbuildOptions: { target: 'es2022' } },
      // Storybook's own chunks (axe, docs) exceed vite's size warning; our bundle
      // size is watched by `npm run size`.
      build: {
        target: 'es2022',
        chunkSizeWarningLimit: 4096,
        rollupOptions: { onwarn: quietDependencies },
      },
      ...(configType === 'PRODUCTION' && { logLevel: 'warn' }),
      resolve: { alias: [...workspaceSources(), testRunnerCommandsStub()] },
    });
  },
};
export default config;

/** Drops warnings about dependencies' comments that rollup cannot place (zod has some). */
function quietDependencies(warning: RollupLog, warn: (warning: RollupLog) => void) {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
  warn(warning);
}

/** See stubs/test-runner-commands.ts: the shared test examples import these commands. */
function testRunnerCommandsStub() {
  return {
    find: /^@web\/test-runner-commands$/,
    replacement: fileURLToPath(new URL('./stubs/test-runner-commands.ts', import.meta.url)),
  };
}

/**
 * Stories import workspace packages by name (`@onestory/components`); point every entry
 * of their exports maps at the TypeScript source (dist/x.js → src/x.ts), so Storybook
 * needs no prior build and picks up edits at once.
 */
function workspaceSources() {
  const packages = new URL('../packages/', import.meta.url);
  return readdirSync(packages).flatMap((dir) => {
    const root = new URL(`${dir}/`, packages);
    const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    return Object.entries<string | { default: string }>(manifest.exports ?? {})
      .map(([subpath, target]) => [manifest.name + subpath.slice(1), typeof target === 'string' ? target : target.default])
      .filter(([, file]) => /^\.\/dist\/.*\.js$/.test(file))
      .map(([specifier, file]) => ({
        find: new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
        replacement: fileURLToPath(new URL(file.replace(/^\.\/dist\//, './src/').replace(/\.js$/, '.ts'), root)),
      }));
  });
}
