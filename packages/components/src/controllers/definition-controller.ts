import { ConfigError, OneStoryError, loadCatalogue, loadDefinitionInStages, type ConfigProblem, type Definition, type StagedDefinition } from '@onestory/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { issueWarning } from '../shared/dev-warning.js';

/** Where loading the definition has got to. */
export type DefinitionState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly definition: Definition }
  | { readonly status: 'failed'; readonly error: ConfigError };

/** What the `definition` attribute or property may hold: a URL, or the parsed JSON. */
export type DefinitionSource = string | object | undefined | null;

/**
 * Loads the intake definition named by the host's `definition` attribute (a URL, fetched)
 * or property (an object), and checks it with core's `loadDefinitionInStages`: `ready` once
 * it can be planned and rendered; its texts (translations, what they become in consent
 * records) are checked in a task of their own once the host has rendered, so the first
 * page is not kept waiting, and a problem there still fails the definition. Every failure
 * becomes a {@link ConfigError} that names the attribute and the fix.
 */
export class DefinitionController implements ReactiveController {
  #state: DefinitionState = { status: 'idle' };
  #source: DefinitionSource = undefined;
  #catalogues = '';
  // Only the latest load may settle: an earlier, slower fetch must not win.
  #generation = 0;
  /** The texts of the ready definition, still to check once the host has rendered it. */
  #textsToCheck: { readonly generation: number; readonly staged: StagedDefinition } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetcher: (url: string, init: RequestInit) => Promise<Response> = (url, init) => fetch(url, init),
  ) {
    host.addController(this);
  }

  get state(): DefinitionState {
    return this.#state;
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const pending = this.#textsToCheck;
    if (!pending) return;
    this.#textsToCheck = undefined;
    setTimeout(() => {
      if (pending.generation !== this.#generation) return;
      try {
        pending.staged.checkTexts();
      } catch (error) {
        this.#settle(pending.generation, { status: 'failed', error: namedForAttribute(error as ConfigError) });
      }
    });
  }

  /**
   * Starts loading `source` unless it is what was loaded last, after the catalogue files
   * named in `catalogues` (space-separated URLs), so every language is ready before the
   * definition's first step renders.
   */
  load(source: DefinitionSource, catalogues = ''): void {
    if (source === this.#source && catalogues === this.#catalogues && this.#state.status !== 'idle') return;
    this.#source = source;
    this.#catalogues = catalogues;
    const generation = ++this.#generation;
    if (source === undefined || source === null || source === '') {
      this.#settle(generation, {
        status: 'failed',
        error: new ConfigError('definition: no intake definition was given.', [
          {
            path: 'definition',
            code: 'missing-definition',
            message: 'Set definition="/path/to/intake.definition.json", or the definition property to the parsed JSON.',
          },
        ]),
      });
      return;
    }
    this.#set({ status: 'loading' });
    void this.#resolve(source, catalogues.split(/\s+/).filter(Boolean), generation).then((state) => this.#settle(generation, state));
  }

  async #resolve(source: string | object, catalogueUrls: readonly string[], generation: number): Promise<DefinitionState> {
    try {
      const [json] = await Promise.all([
        typeof source === 'string' ? this.#fetchJson(source) : source,
        ...catalogueUrls.map((url) => this.#loadCatalogue(url)),
      ]);
      const staged = loadDefinitionInStages(json);
      if (generation === this.#generation) this.#textsToCheck = { generation, staged };
      return { status: 'ready', definition: staged.definition };
    } catch (error) {
      if (error instanceof ConfigError) return { status: 'failed', error: namedForAttribute(error) };
      const reason = error instanceof OneStoryError ? error.message : 'it could not be read';
      return {
        status: 'failed',
        error: new ConfigError(`definition: ${reason}`, [{ path: 'definition', code: 'unreadable-definition', message: reason }]),
      };
    }
  }

  // A catalogue that names no language, or has no messages, cannot serve anyone: that fails
  // the intake, naming the file. Gaps (missing keys, mismatched placeholders) read in
  // English and are only warned about, so a catalogue a release has outgrown keeps working.
  async #loadCatalogue(url: string): Promise<void> {
    const json = await this.#fetchJson(url, 'catalogues');
    const check = loadCatalogue(json);
    const where = (p: ConfigProblem): ConfigProblem => ({ ...p, path: `catalogues ${url}${p.path ? ` ${p.path}` : ''}` });
    if (check.language === undefined || check.coverage === undefined) {
      const problems = check.problems.filter((p) => p.severity === 'error').map(where);
      throw new ConfigError(`catalogues: "${url}" is not a usable catalogue file:`, problems);
    }
    if (check.problems.length > 0) {
      issueWarning(
        'catalogue-incomplete',
        `<onestory-intake catalogues>: ${url} (${check.language}) has ${check.problems.length} problem(s); untranslated messages read in English. Run \`npx onestory check\` on the file:\n${check.problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}`,
      );
    }
  }

  async #fetchJson(url: string, attribute: 'definition' | 'catalogues' = 'definition'): Promise<unknown> {
    const definitionError = (code: string, message: string) => attributeError(attribute, code, message);
    let response: Response;
    try {
      response = await this.fetcher(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch {
      throw definitionError(
        'unreachable-definition',
        `"${url}" could not be fetched. Check the definition URL and that the server allows this page to fetch it (CORS).`,
      );
    }
    if (!response.ok) {
      throw definitionError('definition-not-found', `"${url}" answered HTTP ${response.status}. Check the definition URL.`);
    }
    try {
      return await response.json();
    } catch {
      throw definitionError(
        'definition-not-json',
        `"${url}" is not JSON. Point definition at the intake definition's .json file.`,
      );
    }
  }

  #settle(generation: number, state: DefinitionState): void {
    if (generation === this.#generation) this.#set(state);
  }

  #set(state: DefinitionState): void {
    this.#state = state;
    this.host.requestUpdate();
  }
}

function attributeError(attribute: string, code: string, message: string): ConfigError {
  return new ConfigError(`${attribute}: ${message}`, [{ path: attribute, code, message }]);
}

// loadDefinition's problems point into the document: say which attribute it came from.
function namedForAttribute(error: ConfigError): ConfigError {
  if (error.message.startsWith('definition:') || error.message.startsWith('catalogues:')) return error;
  return new ConfigError(
    `definition: the intake definition has ${error.problems.length} problem(s). Fix them in the definition file (paths are inside the file):`,
    error.problems,
  );
}
