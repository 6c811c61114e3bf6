#!/usr/bin/env node
// The elements' public API, from their JSDoc: regenerates the custom-elements manifest
// (packages/components/custom-elements.json, written by scripts/lib/custom-elements-manifest.mjs,
// as the build does) and renders its attribute, property, event, part, custom-property and
// state tables into docs/embedding.md between the guide's generated markers.
//
//   node scripts/docs-elements.mjs            update docs/embedding.md
//   node scripts/docs-elements.mjs --check    exit 1, naming the stale sections, if the guide differs
//   --doc FILE                                work on another copy (the drift test uses this)
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MANIFEST_FILE, manifestIsStale, writeManifest } from './lib/custom-elements-manifest.mjs';
import { markdownTable, updateSections } from './lib/doc-markers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    doc: { type: 'string', default: join(root, 'docs/embedding.md') },
  },
});

const code = (text) => (text ? `\`${text}\`` : '');
const isPublic = (member) => !member.privacy || member.privacy === 'public';

/** The elements, the whole intake first, then the building blocks, then the fields. */
function elementsOf(manifest) {
  const order = (tag) => (tag === 'onestory-intake' ? 0 : tag.endsWith('-field') || !/provider|quick-exit/.test(tag) ? 2 : 1);
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName))
    .sort((a, b) => order(a.tagName) - order(b.tagName) || a.tagName.localeCompare(b.tagName));
}

function renderElement(element) {
  const out = [`### \`<${element.tagName}>\``, ''];
  if (element.summary) out.push(element.summary.replace(/\s*\n\s*/g, ' '), '');
  const attributes = element.attributes ?? [];
  if (attributes.length) {
    out.push('**Attributes**', '', markdownTable(['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description])), '');
  }
  const withAttribute = new Set(attributes.map((a) => a.fieldName));
  const properties = (element.members ?? []).filter(
    (m) => m.kind === 'field' && isPublic(m) && !m.static && !withAttribute.has(m.name) && m.description,
  );
  if (properties.length) {
    out.push('**Properties** (no attribute)', '', markdownTable(['Property', 'Type', 'Description'],
      properties.map((p) => [code(p.name), code(p.type?.text), p.description])), '');
  }
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && isPublic(m) && !m.static && m.description);
  if (methods.length) {
    out.push('**Methods**', '', markdownTable(['Method', 'Description'], methods.map((m) => [code(`${m.name}()`), m.description])), '');
  }
  const sections = [
    ['Events', 'Event', (element.events ?? []).filter((e) => e.name)],
    ['Slots', 'Slot', (element.slots ?? []).map((s) => ({ ...s, name: s.name || '(default)' }))],
    ['CSS parts (`::part()`)', 'Part', element.cssParts ?? []],
    ['CSS custom properties', 'Property', element.cssProperties ?? []],
    ['CSS states (`:state()`)', 'State', element.cssStates ?? []],
  ];
  for (const [title, column, items] of sections) {
    if (items.length) out.push(`**${title}**`, '', markdownTable([column, 'Description'], items.map((i) => [code(i.name), i.description])), '');
  }
  return out.join('\n').trim();
}

/** Every theming token once, with the elements that read it. */
function renderTokens(elements) {
  const tokens = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      const token = tokens.get(property.name) ?? { description: property.description, tags: [] };
      token.tags.push(element.tagName);
      tokens.set(property.name, token);
    }
  }
  const rows = [...tokens].sort(([a], [b]) => a.localeCompare(b)).map(([name, token]) => [
    code(name),
    token.description,
    token.tags.length === elements.length ? 'all elements' : token.tags.map((tag) => code(tag)).join(', '),
  ]);
  return markdownTable(['Custom property', 'What it sets', 'Read by'], rows);
}

// The build (rollup -c) regenerates the manifest; only analyse again when a source is newer.
const manifestFile = manifestIsStale() ? await writeManifest() : MANIFEST_FILE;
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const elements = elementsOf(manifest);
const sections = {
  'element-tokens': renderTokens(elements),
  'element-reference': elements.map(renderElement).join('\n\n'),
};

const stale = updateSections(values.doc, sections, { check: values.check });
if (values.check) {
  for (const name of stale) console.error(`${relative(root, values.doc)}: section "${name}" is stale`);
  if (stale.length) console.error('Run `node scripts/docs-elements.mjs` (or `npm run docs`) and commit the result.');
  process.exitCode = stale.length ? 1 : 0;
} else {
  console.log(`${elements.length} elements → ${relative(root, values.doc)}`);
}
