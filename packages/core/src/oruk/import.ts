import { describeZodIssue } from '../definition/issue-message.js';
import { formatIssuePath } from '../issue/issue.js';
import { DEFAULT_LANGUAGES } from '../definition/translations.js';
import type { ConfigProblem } from '../errors.js';
import { englishLanguageName, type Locale } from '../i18n/locale.js';
import { isUkPostcode } from '../story/rules.js';
import { OrukFeedSchema, OrukServiceSchema, type OrukFeed, type OrukService } from './feed.schema.js';

/**
 * ORUK feed → definition services. The directory owns what it describes (name,
 * description, organisation name and contact, ages, areas); the council owns everything
 * else (purposes, lawful bases, domains, retention, translations, endpoint). A re-import
 * changes a directory-owned value only while it is still what the last import wrote: an
 * edit the council made is kept, and reported beside what the directory now says.
 */

/** The values one import wrote for one service, to tell the council's edits from ours. */
export interface ImportedValues {
  readonly [path: string]: unknown;
}
/** What the last import wrote, by ORUK id (kept beside the definition). */
export interface ImportRecord {
  readonly version: 1;
  readonly services: Readonly<Record<string, ImportedValues>>;
}

/** Something the import did, or wants a person to do. */
export interface ImportNote {
  /** Where in the definition, e.g. `services[3].purposes`. */
  readonly path: string;
  readonly code: 'added' | 'updated' | 'kept-edit' | 'to-fill-in' | 'not-in-feed' | 'removed' | 'closed' | 'not-a-postcode-area' | 'copied-english';
  readonly message: string;
}

/** What {@link importOrukServices} gives back. */
export type ImportResult =
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] }
  | {
      readonly ok: true;
      /** The definition's services after the import (plain JSON, not yet a valid definition while anything is left to fill in). */
      readonly services: readonly Record<string, unknown>[];
      readonly record: ImportRecord;
      readonly notes: readonly ImportNote[];
    };

/** The services of an ORUK feed, or every problem with its path. */
export function readOrukFeed(feed: unknown): { ok: true; services: OrukService[] } | { ok: false; problems: ConfigProblem[] } {
  const parsed = OrukFeedSchema.safeParse(feed);
  if (parsed.success) return { ok: true, services: servicesOf(parsed.data) };
  // The union's own error says only "no form matched": re-check the services one by one.
  const list = Array.isArray(feed) ? feed : (feed as { contents?: unknown; content?: unknown } | null)?.contents ?? (feed as { content?: unknown } | null)?.content;
  const items: unknown[] = Array.isArray(list) ? list : [feed];
  const prefix = Array.isArray(feed) ? '' : Array.isArray((feed as { contents?: unknown }).contents) ? 'contents' : Array.isArray((feed as { content?: unknown }).content) ? 'content' : '';
  const problems: ConfigProblem[] = [];
  items.forEach((item, i) => {
    const one = OrukServiceSchema.safeParse(item);
    if (one.success) return;
    for (const issue of one.error.issues) {
      const at = [...(prefix ? [prefix] : []), ...(Array.isArray(list) ? [i] : []), ...issue.path];
      problems.push({ path: formatIssuePath(at), code: issue.code, message: describeZodIssue(issue, item === feed ? feed : item) });
    }
  });
  if (problems.length === 0) problems.push({ path: '', code: 'invalid_union', message: 'Expected an ORUK service, a list of them, or a page with "contents".' });
  return { ok: false, problems };
}

function servicesOf(feed: OrukFeed): OrukService[] {
  if (Array.isArray(feed)) return feed;
  if ('contents' in feed && Array.isArray(feed.contents)) return feed.contents as OrukService[];
  if ('content' in feed && Array.isArray(feed.content)) return feed.content as OrukService[];
  return [feed as OrukService];
}

const present = (text: string | null | undefined): string | undefined => (text && text.trim() ? text.trim() : undefined);

/** The directory-owned values of a service, keyed by their path in a definition service. */
function directoryValues(service: OrukService): { values: Record<string, unknown>; unplaced: string[] } {
  const organisationName = present(service.organization?.name) ?? service.name;
  const contact = service.contacts?.find((c) => present(c.email) || c.phones?.length);
  const contactText = [
    present(contact?.name),
    present(contact?.title),
    present(contact?.phones?.[0]?.number),
    present(contact?.email) ?? present(service.email) ?? present(service.organization?.email),
    present(service.url) ?? present(service.organization?.website),
  ].filter(Boolean).join(', ');
  const eligibility = service.eligibilitys?.[0];
  const minAge = service.minimum_age ?? eligibility?.minimum_age ?? undefined;
  const maxAge = service.maximum_age ?? eligibility?.maximum_age ?? undefined;
  const prefixes: string[] = [];
  const unplaced: string[] = [];
  for (const area of service.service_areas ?? []) {
    const text = present(area.service_area) ?? present(area.name);
    if (!text) continue;
    const prefix = postcodePrefix(text);
    if (prefix) prefixes.push(prefix);
    else unplaced.push(text);
  }
  const values: Record<string, unknown> = {
    'name.en': service.name.trim(),
    'description.en': present(service.description) ?? service.name.trim(),
    'organisation.name.en': organisationName,
    'organisation.contact.en': contactText.length >= 3 ? contactText.slice(0, 200) : undefined,
    'eligibility.minAge': minAge === undefined || minAge === null ? undefined : Math.floor(minAge),
    'eligibility.maxAge': maxAge === undefined || maxAge === null ? undefined : Math.floor(maxAge),
    'eligibility.postcodePrefixes': prefixes.length > 0 ? [...new Set(prefixes)] : undefined,
  };
  return { values, unplaced };
}

/** `SA10`, `sa 10`, `CF` → an upper-case postcode prefix the eligibility rules read; else undefined. */
function postcodePrefix(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (/^[A-Z]{1,2}$/.test(compact) || /^[A-Z]{1,2}[0-9][0-9A-Z]?$/.test(compact)) return compact;
  // A full postcode names a district: keep its outward code.
  return isUkPostcode(text.toUpperCase()) ? text.toUpperCase().trim().split(/\s+/)[0] : undefined;
}

const get = (object: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), object);

function set(object: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = object;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = (next && typeof next === 'object' ? next : (node[key] = {})) as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A definition id from a service name: `Family Hub (North)` → `family-hub-north`, unique among `taken`. */
function idFor(name: string, taken: Set<string>): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56).replace(/-+$/, '');
  const base = /^[a-z]/.test(slug) ? slug : `service-${slug}`.replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Merges an ORUK feed into a definition's services (`existing`, plain JSON as read from
 * the file). A service of the feed not yet in the definition is added with what the
 * directory says and empty places for the council (`purposes`, `domains`, `retention`,
 * the organisation's type and DPO), which `onestory check` then names one by one.
 *
 * The directory writes English. Each other language the definition declares (`languages`:
 * English and Welsh when it declares none) starts as a copy of the English, kept in step
 * until someone translates it, and each copy is named as a note to translate.
 *
 * @param record - what the previous import wrote (none on the first import).
 * @param options.languages - the definition's declared languages.
 */
export function importOrukServices(
  feed: unknown,
  existing: readonly unknown[] = [],
  record?: ImportRecord,
  options: { readonly languages?: readonly Locale[] } = {},
): ImportResult {
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  if (!languages.includes('en')) {
    return {
      ok: false,
      problems: [{ path: 'languages', code: 'english-required', message: `The directory's texts are in English, which the definition does not declare (${languages.join(', ')}): add "en" to its languages to import them; the other languages start as copies to translate.` }],
    };
  }
  const copies = languages.filter((locale) => locale !== 'en');
  const read = readOrukFeed(feed);
  if (!read.ok) return read;
  const services = existing.map((service) => structuredClone(service) as Record<string, unknown>);
  const taken = new Set(services.map((s) => String(s['id'])));
  const notes: ImportNote[] = [];
  const written: Record<string, ImportedValues> = {};
  const seen = new Set<string>();

  for (const oruk of read.services) {
    const orukId = oruk.id.toLowerCase();
    seen.add(orukId);
    const { values, unplaced } = directoryValues(oruk);
    let index = services.findIndex((s) => String(s['orukId']).toLowerCase() === orukId);
    const isNew = index === -1;
    if (isNew) {
      if (record?.services[orukId]) {
        notes.push({ path: '', code: 'removed', message: `${oruk.name} (${oruk.id}) was imported before and has been removed from the definition: not added again (remove it from the import record to add it).` });
        continue;
      }
      if (oruk.status !== 'active') {
        notes.push({ path: '', code: 'closed', message: `${oruk.name} (${oruk.id}) is ${oruk.status} in the directory: not added.` });
        continue;
      }
      index = services.push(newService(oruk, idFor(oruk.name, taken))) - 1;
    }
    const service = services[index]!;
    const at = `services[${index}]`;
    const previous = record?.services[orukId];
    const changed: string[] = [];
    for (const [path, value] of Object.entries(values)) {
      const current = get(service, path);
      if (same(current, value)) continue;
      // Ours to change: a new service, or a value that is still what the last import wrote.
      // A service the council wrote by hand (no record) is only compared, never changed:
      // an ORUK age range may describe the children a service is for, not who applies.
      const ours = isNew || (previous !== undefined && same(current, previous[path]));
      if (ours) {
        set(service, path, value);
        changed.push(path);
      } else {
        const says = value === undefined ? 'no longer gives a value' : `says ${JSON.stringify(value)}`;
        const kept = current === undefined ? 'Left empty' : "Kept the definition's value";
        notes.push({ path: `${at}.${path}`, code: 'kept-edit', message: `${kept}; the directory ${says}. Change it by hand if that applies.` });
      }
    }
    // Each other language starts as a copy of the English: keep it in step until someone translates it.
    for (const path of ['name', 'description', 'organisation.name', 'organisation.contact']) {
      const english = get(service, `${path}.en`);
      if (english === undefined) continue;
      for (const locale of copies) {
        const text = get(service, `${path}.${locale}`);
        const wasCopy = isNew || text === undefined || (previous !== undefined && same(text, previous[`${path}.en`]));
        if (!wasCopy) continue;
        if (!same(text, english)) set(service, `${path}.${locale}`, english);
        notes.push({ path: `${at}.${path}.${locale}`, code: 'copied-english', message: `Copied from the English: translate it into ${englishLanguageName(locale)}.` });
      }
    }
    // Remember what the definition now holds from the directory; for a value kept, what was
    // last written stays. A hand-written service gets no record, so it is never changed.
    if (isNew || previous) {
      written[orukId] = Object.fromEntries(Object.keys(values).map((path) => [path, same(get(service, path), values[path]) ? values[path] : previous?.[path]]));
    }
    for (const area of unplaced) {
      notes.push({ path: `${at}.eligibility.postcodePrefixes`, code: 'not-a-postcode-area', message: `The directory's service area "${area}" is not a postcode prefix: list its postcode prefixes here.` });
    }
    if (isNew) notes.push({ path: at, code: 'added', message: `Added ${oruk.name} (ORUK ${oruk.id}) as "${String(service['id'])}".` });
    else if (changed.length > 0) notes.push({ path: at, code: 'updated', message: `Updated from the directory: ${changed.join(', ')}.` });
    if (!isNew && oruk.status !== 'active') notes.push({ path: at, code: 'closed', message: `The directory says this service is ${oruk.status}.` });
    for (const [path, what] of COUNCIL_PLACES) {
      const value = get(service, path);
      if (value === undefined || (Array.isArray(value) && value.length === 0)) notes.push({ path: `${at}.${path}`, code: 'to-fill-in', message: what });
    }
  }
  services.forEach((service, i) => {
    const orukId = String(service['orukId']).toLowerCase();
    if (record?.services[orukId] && !seen.has(orukId)) {
      notes.push({ path: `services[${i}]`, code: 'not-in-feed', message: 'No longer in the directory feed: kept; remove it if the service has closed.' });
    }
  });
  return { ok: true, services, record: { version: 1, services: { ...record?.services, ...written } }, notes };
}

/** What the council must fill in for an imported service, and why. */
const COUNCIL_PLACES: readonly (readonly [string, string])[] = [
  ['purposes', 'Add its purposes, each with its lawful basis (and Art 9 condition for special category data) and the Story fields it requires.'],
  ['domains', 'Add the need domains that offer this service.'],
  ['organisation.type', 'Say what kind of organisation controls the data: public-body, nhs, charity or private.'],
  ['organisation.dpoContact', "Add how to contact the organisation's data protection officer."],
  ['retention', 'Add how long the service keeps what it receives (an ISO 8601 period and a description).'],
];

function newService(oruk: OrukService, id: string): Record<string, unknown> {
  // Key order as a council would write it; directory values are filled in by the caller.
  return { id, orukId: oruk.id.toLowerCase(), name: {}, description: {}, organisation: { name: {} }, domains: [], purposes: [] };
}
