import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFINITION_SCHEMA_ID, FIELD_PATHS } from '@onestory/core';
import { DECLARED_FIELD_PATH_PATTERN } from '@onestory/core/story';
import * as z from 'zod/mini';
import { findDrift, generateFiles, PUBLISHED_SCHEMAS, SCHEMA_VERSION, schemaId, toPublishedJsonSchema, variantsDiffer, type GeneratedFile } from '@onestory/schemas';
import { repoRoot } from '../../support/paths.js';

const packageDir = join(repoRoot, 'packages/schemas');
const coreSourceDir = join(repoRoot, 'packages/core/src');
let files: GeneratedFile[] = [];

const readJson = (path: string) => JSON.parse(readFileSync(join(packageDir, path), 'utf8')) as Record<string, any>; // eslint-disable-line

describe('generated JSON Schemas and types', () => {
  before(async () => {
    files = await generateFiles({ coreSourceDir });
  });

  it('the committed files are exactly what generation produces (run `npm run generate -w @onestory/schemas`)', () => {
    assert.deepEqual(findDrift(files, packageDir), []);
  });

  describe('the drift check itself', () => {
    let copy = '';
    before(() => {
      copy = mkdtempSync(join(tmpdir(), 'onestory-drift-'));
      for (const dir of ['json', 'types']) cpSync(join(packageDir, dir), join(copy, dir), { recursive: true });
    });
    after(() => rmSync(copy, { recursive: true, force: true }));

    it('notices a changed, a missing and a stale file', () => {
      const story = join(copy, 'json/story.schema.json');
      writeFileSync(story, readFileSync(story, 'utf8').replace('"maxLength": 100', '"maxLength": 101'));
      rmSync(join(copy, 'types/service.d.ts'));
      writeFileSync(join(copy, 'json/old.schema.json'), '{}');
      assert.deepEqual(findDrift(files, copy), [
        { path: 'json/story.schema.json', kind: 'changed' },
        { path: 'types/service.d.ts', kind: 'missing' },
        { path: 'json/old.schema.json', kind: 'stale' },
      ]);
    });
  });

  it('every schema has a stable $id, the 2020-12 dialect and the schema version', () => {
    for (const { stem } of PUBLISHED_SCHEMAS) {
      const schema = readJson(`json/${stem}.schema.json`);
      assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(schema['$id'], `https://onestory.dev/schemas/v1/${stem}.schema.json`);
      assert.equal(schema['$id'], schemaId(stem));
      assert.ok(String(schema['$comment']).includes(`version ${SCHEMA_VERSION}`));
    }
    assert.equal(schemaId('intake-definition'), DEFINITION_SCHEMA_ID);
  });

  it('makes an input variant only where what a client sends differs from what parsing returns', () => {
    const noDocs = { descriptionOf: () => undefined, nodeOf: () => undefined };
    const entry = (schema: z.ZodMiniType) => ({ stem: 'probe', title: 'Probe', coreName: 'ProbeSchema', schema });
    const withDefault = entry(z.strictObject({ channel: z._default(z.string(), 'web') }));
    const input = toPublishedJsonSchema(withDefault, 'input', noDocs, 'probe.input');
    const output = toPublishedJsonSchema(withDefault, 'output', noDocs);
    assert.ok(variantsDiffer(input, output));
    assert.deepEqual(output['required'], ['channel']);
    assert.equal(input['required'], undefined);
    assert.equal(input['$id'], 'https://onestory.dev/schemas/v1/probe.input.schema.json');
    const plain = entry(z.strictObject({ channel: z.string() }));
    assert.equal(variantsDiffer(toPublishedJsonSchema(plain, 'input', noDocs), toPublishedJsonSchema(plain, 'output', noDocs)), false);
  });

  it('the package exports every generated schema and type file', () => {
    const manifest = readJson('package.json');
    const exported = new Set(Object.values(manifest['exports'] as Record<string, string | Record<string, string>>).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t))));
    for (const file of files) assert.ok(exported.has(`./${file.path}`), `${file.path} is not in package.json exports`);
  });

  describe('the intake-definition schema gives editors what they need', () => {
    const schema = readJson('json/intake-definition.schema.json');

    it('describes every property (hover text and completion details)', () => {
      const undescribed: string[] = [];
      const walk = (node: unknown, where: string): void => {
        if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
        if (!node || typeof node !== 'object') return;
        const object = node as Record<string, unknown>;
        for (const [key, child] of Object.entries((object['properties'] ?? {}) as Record<string, Record<string, unknown>>)) {
          if (typeof child['description'] !== 'string' || child['description'].length < 5) undescribed.push(`${where}.${key}`);
        }
        for (const [key, child] of Object.entries(object)) if (key !== 'enum') walk(child, `${where}/${key}`);
      };
      walk(schema, '#');
      assert.deepEqual(undescribed, []);
      assert.match(String(schema['description']), /intake definition/);
    });

    it('completes a question’s field from the list of Story field paths, or a declared field’s pattern', () => {
      assert.deepEqual(schema['$defs']['FieldPath']['anyOf'], [{ $ref: '#/$defs/StoryFieldPath' }, { $ref: '#/$defs/DeclaredFieldPath' }]);
      assert.deepEqual(schema['$defs']['StoryFieldPath']['enum'], FIELD_PATHS);
      assert.equal(schema['$defs']['DeclaredFieldPath']['pattern'], DECLARED_FIELD_PATH_PATTERN.source);
      assert.deepEqual(schema['$defs']['Question']['properties']['field'], {
        $ref: '#/$defs/FieldPath',
        description: 'The field the answer is stored in: a Story field, or a declared field (`declared.<id>`).',
      });
    });

    it('refuses unknown keys everywhere, so editors flag typos', () => {
      const objects: Record<string, unknown>[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!node || typeof node !== 'object') return;
        const object = node as Record<string, unknown>;
        if (object['type'] === 'object' && object['properties']) objects.push(object);
        Object.values(object).forEach(walk);
      };
      walk(schema);
      assert.ok(objects.length > 20);
      for (const object of objects) assert.equal(object['additionalProperties'], false, JSON.stringify(Object.keys(object['properties'] as object)));
    });
  });
});
