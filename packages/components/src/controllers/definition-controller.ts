import { ConfigError, OneStoryError, type ConfigProblem, type Definition, type DefinitionCheck } from '@onestory/core';
import { checkDefinitionStructure } from '@onestory/core/definition';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { issueWarning } from '../shared/dev-warning.js';
import { laterSteps, laterStepsLoaded, loadLaterSteps } from '../intake/internal/later-steps.load.js';

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
 * or property (an object), and checks it in core's two stages: `ready` once it can be
 * planned and rendered (`checkDefinitionStructure`); the rest (translations, consent rules,
 * what the texts become in consent records: `checkDefinitionRest`, one of the later steps)
 * in a task of its own once the host has rendered, so the first page is not kept waiting,
 * and a problem there still fails the definition. In the CDN build the rest waits for the
 * later steps to arrive, and the intake runs it ({@link checkRest}) before the person can
 * leave the first page. Every failure
 * becomes a {@link ConfigError} that names the attribute and the fix.
 */
export class DefinitionController implements ReactiveController {
  #state: DefinitionState = { status: 'idle' };
  #source: DefinitionSource = undefined;
  #catalogues = '';
  // Only the latest load may settle: an earlier, slower fetch must not win.
  #generation = 0;
  /** The ready definition's second stage, still to check once the host has rendered it. */
  #rest: { readonly generation: number; readonly json: unknown; readonly definition: Definition } | undefined;
  #restScheduled = false;

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

  // After the frame that paints the first page: the person sees it without waiting for the
  // rest of the check, which Continue runs itself if it has not run by then.
  hostUpdated(): void {
    if (!this.#rest || this.#restScheduled) return;
    this.#restScheduled = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.#restScheduled = false;
        if (laterStepsLoaded()) this.checkRest();
      }),
    );
  }

  /**
   * Runs the ready definition's second stage now if it has not run yet (the later steps must
   * be here), failing the definition when it finds a problem. False only then.
   */
  checkRest(): boolean {
    const rest = this.#rest;
    this.#rest = undefined;
    if (!rest || rest.generation !== this.#generation) return true;
    const problems = laterSteps.checkDefinitionRest(rest.json, rest.definition);
    if (problems.length === 0) return true;
    this.#settle(rest.generation, { status: 'failed', error: namedForAttribute(problemsError(problems)) });
    return false;
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
      const definition = definitionOf(checkDefinitionStructure(json));
      if (generation === this.#generation) this.#rest = { generation, json, definition };
      return { status: 'ready', definition };
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
  // Checked against the whole English catalogue, which comes with the later steps (the CDN
  // build fetches them now, rather than once the first page is on screen).
  async #loadCatalogue(url: string): Promise<void> {
    const [json, later] = await Promise.all([this.#fetchJson(url, 'catalogues'), loadLaterSteps().catch(notLoaded)]);
    const check = later.loadCatalogue(json);
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

function definitionOf(check: DefinitionCheck): Definition {
  if (!check.ok) throw problemsError(check.problems);
  return check.definition;
}

// As core's loadDefinition says it.
function problemsError(problems: readonly ConfigProblem[]): ConfigError {
  return new ConfigError(`The intake definition has ${problems.length} problem(s):`, problems);
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

/** The later steps could not be loaded: a catalogue cannot be checked without them. */
function notLoaded(error: Error): never {
  const message = `part of the form could not be loaded, so the catalogue could not be checked. ${error.message}`;
  throw new ConfigError(`catalogues: ${message}`, [{ path: 'catalogues', code: 'part-not-loaded', message }]);
}
