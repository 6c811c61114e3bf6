// Generated sections inside hand-written Markdown: the text between
// `<!-- generated:NAME:start -->` and `<!-- generated:NAME:end -->` belongs to a script.
import { readFileSync, writeFileSync } from 'node:fs';

const markers = (name) => [`<!-- generated:${name}:start -->`, `<!-- generated:${name}:end -->`];

/** `text` with the section `name` replaced by `content`; throws when the markers are missing. */
export function replaceSection(text, name, content) {
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`The markers ${start} … ${end} are missing`);
  return `${text.slice(0, from + start.length)}\n${content.trim()}\n${text.slice(to)}`;
}

/**
 * Writes each section of `file` (or, with `check`, only compares). Returns the names of the
 * sections that differ from what was generated: empty means the file is up to date.
 */
export function updateSections(file, sections, { check = false } = {}) {
  const before = readFileSync(file, 'utf8');
  let after = before;
  const stale = [];
  for (const [name, content] of Object.entries(sections)) {
    const next = replaceSection(after, name, content);
    if (next !== after) stale.push(name);
    after = next;
  }
  if (!check && after !== before) writeFileSync(file, after);
  return stale;
}

/** A Markdown table; cells are escaped so a `|` cannot end one early. */
export function markdownTable(header, rows) {
  const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
