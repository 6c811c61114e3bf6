import { ConfigError, OneStoryError, loadDefinition, type Definition } from '@onestory/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
 * or property (an object), and checks it with core's `loadDefinition`. Every failure
 * becomes a {@link ConfigError} that names the attribute and the fix.
 */
export class DefinitionController implements ReactiveController {
  #state: DefinitionState = { status: 'idle' };
  #source: DefinitionSource = undefined;
  // Only the latest load may settle: an earlier, slower fetch must not win.
  #generation = 0;

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

  /** Starts loading `source` unless it is what was loaded last. */
  load(source: DefinitionSource): void {
    if (source === this.#source && this.#state.status !== 'idle') return;
    this.#source = source;
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
    void this.#resolve(source).then((state) => this.#settle(generation, state));
  }

  async #resolve(source: string | object): Promise<DefinitionState> {
    try {
      const json = typeof source === 'string' ? await this.#fetchJson(source) : source;
      return { status: 'ready', definition: loadDefinition(json) };
    } catch (error) {
      if (error instanceof ConfigError) return { status: 'failed', error: namedForAttribute(error) };
      const reason = error instanceof OneStoryError ? error.message : 'it could not be read';
      return {
        status: 'failed',
        error: new ConfigError(`definition: ${reason}`, [{ path: 'definition', code: 'unreadable-definition', message: reason }]),
      };
    }
  }

  async #fetchJson(url: string): Promise<unknown> {
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

function definitionError(code: string, message: string): ConfigError {
  return new ConfigError(`definition: ${message}`, [{ path: 'definition', code, message }]);
}

// loadDefinition's problems point into the document: say which attribute it came from.
function namedForAttribute(error: ConfigError): ConfigError {
  if (error.message.startsWith('definition:')) return error;
  return new ConfigError(
    `definition: the intake definition has ${error.problems.length} problem(s). Fix them in the definition file (paths are inside the file):`,
    error.problems,
  );
}
