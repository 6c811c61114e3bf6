import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { loadDefinition, type Definition, type FieldPath } from '@onestory/core';
import { fieldInfoOf, fieldLabelOf } from '@onestory/core/definition';
import { repoRoot } from '../../support/paths.js';

// `npx onestory data-map <definition.json>` is what an information-governance officer pastes
// into a DPIA. It is run here as they would run it (the package's bin, in a child process)
// on the published example, and every row is checked against the definition's own
// services: who receives what, for which purpose, on which lawful basis, kept how long.

const run = promisify(execFile);
const BIN = join(repoRoot, 'packages/schemas/bin/onestory.mjs');
const EXAMPLE = join(repoRoot, 'packages/schemas/examples/early-help.definition.json');

const ART6_LETTER = {
  consent: 'a',
  contract: 'b',
  'legal-obligation': 'c',
  'vital-interests': 'd',
  'public-task': 'e',
  'legitimate-interests': 'f',
} as const;

/** The cells of each row of the first table of a Markdown document (header and separator excluded). */
function tableRows(markdown: string): string[][] {
  const all = markdown.split('\n');
  const start = all.findIndex((line) => line.startsWith('|'));
  const end = all.findIndex((line, i) => i > start && !line.startsWith('|'));
  const lines = all.slice(start, end === -1 ? undefined : end);
  // Split on pipes not escaped with a backslash, then undo the escaping.
  const cells = (line: string) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replace(/\\\|/g, '|').replace(/\\\\/g, '\\'));
  return lines.slice(2).map(cells);
}

const EXAMPLE_DEFINITION: Definition = loadDefinition(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
const label = (path: FieldPath) =>
  fieldLabelOf(EXAMPLE_DEFINITION, path, 'en') + (fieldInfoOf(EXAMPLE_DEFINITION, path).special ? ' (special category)' : '');

/** `Required: a; b. Optional: c` → the two lists. */
function fieldLists(cell: string): { required: string[]; optional: string[] } {
  const part = (name: string) => {
    const match = cell.match(new RegExp(`${name}: (.*?)(?:\\. (?:Required|Optional): |$)`));
    return match ? match[1]!.split('; ') : [];
  };
  return { required: part('Required'), optional: part('Optional') };
}

const printed = new Map<string, Promise<string>>();
/** The command's output for `file` (run once per file). */
function dataMapOf(file: string): Promise<string> {
  if (!printed.has(file)) printed.set(file, run(process.execPath, [BIN, 'data-map', file]).then(({ stdout }) => stdout));
  return printed.get(file)!;
}

describe('onestory data-map on the example definition', () => {
  const definition: Definition = loadDefinition(JSON.parse(readFileSync(EXAMPLE, 'utf8')));

  it('prints one row per service and purpose, in the definition\'s order', async () => {
    const rows = tableRows(await dataMapOf(EXAMPLE));
    const expected = definition.services.flatMap((service) => service.purposes.map((purpose) => [service.id, purpose.id]));
    const printed = rows.map((row) => [row[0]!.match(/\(`(.+)`\)$/)?.[1], row[2]!.match(/\(`(.+)`\)$/)?.[1]]);
    assert.deepEqual(printed, expected);
    assert.ok(rows.every((row) => row.length === 8), 'eight columns in every row');
  });

  it('names, for each purpose, the controller, the Art 6 basis, the Art 9 condition and the retention', async () => {
    const rows = tableRows(await dataMapOf(EXAMPLE));
    let i = 0;
    for (const service of definition.services) {
      for (const purpose of service.purposes) {
        const [name, controller, , core, art6, art9, , retention] = rows[i++]!;
        const where = `${service.id}/${purpose.id}`;
        assert.equal(name, `${service.name['en']} (\`${service.id}\`)`, where);
        assert.equal(controller, `${service.organisation.name['en']} (${service.organisation.type})`, where);
        assert.equal(core, purpose.core ? 'Core' : 'Optional', where);
        assert.match(art6!, new RegExp(`Art 6\\(1\\)\\(${ART6_LETTER[purpose.basis]}\\)$`), where);
        if (purpose.specialCategory) {
          assert.ok(art9!.startsWith(`Art 9(2)(${purpose.specialCategory.condition})`), `${where}: ${art9}`);
          const paragraph = purpose.specialCategory.schedule1Paragraph;
          if (paragraph) assert.ok(art9!.endsWith(`DPA 2018 Sch 1 para ${paragraph}`), `${where}: ${art9}`);
          else assert.doesNotMatch(art9!, /Sch 1/, where);
        } else {
          assert.equal(art9, '—', where);
        }
        assert.ok(retention!.endsWith(`(${service.retention.period})`), `${where}: ${retention}`);
        assert.ok(retention!.startsWith(service.retention.description['en']), `${where}: ${retention}`);
      }
    }
  });

  it('lists exactly the fields each purpose requires and may optionally receive, special category data marked', async () => {
    const rows = tableRows(await dataMapOf(EXAMPLE));
    let i = 0;
    let special = 0;
    for (const service of definition.services) {
      for (const purpose of service.purposes) {
        const { required, optional } = fieldLists(rows[i++]![6]!);
        assert.deepEqual(required, purpose.requires.map(label), `${service.id}/${purpose.id} required`);
        assert.deepEqual(optional, (purpose.optional ?? []).map(label), `${service.id}/${purpose.id} optional`);
        special += [...required, ...optional].filter((cell) => cell.endsWith('(special category)')).length;
      }
    }
    assert.ok(special > 0, 'the example shares some special category data, and the map says so');
  });

  it('lists each declared field with its category, special category flag, and every service, purpose and basis receiving it', async () => {
    const output = await dataMapOf(EXAMPLE);
    const rows = tableRows(output.slice(output.indexOf('## Fields this definition declares')));
    assert.deepEqual(rows.map((row) => row[0]!.match(/\(`(.+)`\)$/)?.[1]), (definition.fields ?? []).map((f) => `declared.${f.id}`));
    assert.ok(rows.length >= 8, 'the example declares its services\' own questions');
    for (const [i, field] of (definition.fields ?? []).entries()) {
      const [name, , category, special, receivedBy] = rows[i]!;
      const path = `declared.${field.id}` as FieldPath;
      assert.equal(name, `${field.label['en']} (\`${path}\`)`);
      assert.equal(category, field.category);
      assert.equal(special, field.specialCategory ? `Yes: ${field.specialCategory}` : 'No', path);
      const expected = definition.services.flatMap((service) =>
        service.purposes
          .filter((purpose) => [...purpose.requires, ...(purpose.optional ?? [])].includes(path))
          .map((purpose) => `\`${service.id}\` / \`${purpose.id}\` (${purpose.requires.includes(path) ? 'required' : 'optional'}): `),
      );
      const printed = receivedBy!.split('; ').filter((part) => part.startsWith('`')).map((part) => part.slice(0, part.indexOf(': ') + 2));
      assert.deepEqual(printed, expected, path);
      assert.ok(expected.length > 0, `${path} reaches a service`);
    }
  });

  it('refuses a definition that is not valid, naming the check command, with exit code 1', async () => {
    await assert.rejects(run(process.execPath, [BIN, 'data-map', join(repoRoot, 'package.json')]), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, /onestory check/);
      return true;
    });
  });
});
