import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as root from '@onestory/core';

// The root of @onestory/core is its public API; the pieces components are built from live
// in area subpaths (issue 22: the root had about 420 names, `controlId` and `BLANK_MEMBER`
// among them).
const AREAS = ['answers', 'consent', 'definition', 'delivery', 'engine', 'i18n', 'issue', 'safety', 'story', 'submission'] as const;
const manifest = JSON.parse(readFileSync(new URL('../../../../packages/core/package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};

async function areaModules(): Promise<Record<string, Record<string, unknown>>> {
  const entries = await Promise.all(AREAS.map(async (area) => [area, (await import(`@onestory/core/${area}`)) as Record<string, unknown>] as const));
  return Object.fromEntries(entries);
}

describe('the public API of @onestory/core', () => {
  it('keeps the root small: a reader can take it in', () => {
    const names = Object.keys(root);
    assert.ok(names.length <= 200, `the root exports ${names.length} values; internals belong in a subpath`);
  });

  it('exports no internals from the root', () => {
    const internals = Object.keys(root).filter((name) => /^(interpret|coerce)[A-Z]|ControlId$|^controlId$|^BLANK_|^optionIndex$|^keyboardRole$|^isolateNumbers$|^(en|cy)$/.test(name));
    assert.deepEqual(internals, []);
  });

  it('exports every area from its own subpath, named in package.json', async () => {
    for (const area of AREAS) assert.ok(`./${area}` in manifest.exports, `package.json exports ./${area}`);
    const modules = await areaModules();
    for (const area of AREAS) assert.ok(Object.keys(modules[area]!).length > 0, `@onestory/core/${area} exports something`);
  });

  it('gives each root name the very value its area exports, so the two never disagree', async () => {
    const modules = await areaModules();
    for (const [name, value] of Object.entries(root)) {
      const homes = AREAS.filter((area) => name in modules[area]!);
      // The errors every area throws (OneStoryError and its kin) have no area of their own.
      const sharedError = typeof value === 'function' && value.prototype instanceof Error;
      assert.ok(homes.length >= 1 || sharedError, `${name} is exported by an area subpath`);
      for (const area of homes) assert.equal(modules[area]![name], value, `${name} from @onestory/core/${area}`);
    }
  });

  it('exports every schema from the root, for backends and the JSON Schema generator', async () => {
    const modules = await areaModules();
    const schemas = new Set(AREAS.flatMap((area) => Object.keys(modules[area]!).filter((name) => /^[A-Z]\w*Schema$/.test(name))));
    const missing = [...schemas].filter((name) => !(name in root));
    assert.deepEqual(missing, []);
  });
});
