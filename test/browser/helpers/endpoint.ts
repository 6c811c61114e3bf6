/**
 * The real HTTP endpoint on 127.0.0.1 that web-test-runner.config.mjs starts for the
 * whole browser run (see scripts/lib/wtr-endpoint.mjs).
 */
export interface TestEndpoint {
  /** Base URL, e.g. `http://127.0.0.1:40123` (a different origin from the test page). */
  readonly url: string;
  /** Every file the endpoint has written so far: path relative to its data dir → text. */
  stored(): Promise<Record<string, string>>;
}

export async function testEndpoint(): Promise<TestEndpoint> {
  const { endpointUrl } = await getJson<{ endpointUrl: string }>('/__env.json');
  return { url: endpointUrl, stored: () => getJson('/__endpoint/stored') };
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}
