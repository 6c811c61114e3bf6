// Loads LHC-Forms (the NLM's FHIR form renderer, npm `lforms`) into the test page from its
// prebuilt web component, installed in test/lhc-forms (scripts/test.mjs runs `npm ci`
// there when it is missing).

const ROOT = '/test/lhc-forms/node_modules';

/** The part of LHC-Forms' global API the tests use. */
export interface LForms {
  readonly Util: {
    addFormToPage(form: unknown, element: HTMLElement): Promise<void>;
    getFormFHIRData(type: 'QuestionnaireResponse', version: 'R4', element: HTMLElement): unknown;
  };
  readonly FHIR?: unknown;
}

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    // Its FHIRPath grammar is serialised in non-ASCII characters: decode it as UTF-8 whatever the page says.
    script.charset = 'utf-8';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load: run \`npm ci\` in test/lhc-forms`));
    document.head.append(script);
  });
}

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`LHC-Forms: ${what} never appeared`);
}

let loading: Promise<LForms> | undefined;

/** LHC-Forms with its FHIR support, loaded once per page. */
export function loadLForms(): Promise<LForms> {
  const global = window as unknown as { LForms?: LForms };
  loading ??= (async () => {
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = `${ROOT}/lforms/dist/lforms/webcomponent/styles.css`;
    document.head.append(styles);
    // Angular needs Zone.js before the web component starts.
    await addScript(`${ROOT}/zone.js/bundles/zone.umd.min.js`);
    await addScript(`${ROOT}/lforms/dist/lforms/webcomponent/lhc-forms.js`);
    await until(() => global.LForms?.Util, 'LForms.Util');
    // The FHIR converters register themselves on the LForms global, so they come after it.
    await addScript(`${ROOT}/lforms/dist/lforms/fhir/lformsFHIRAll.min.js`);
    return until(() => (global.LForms?.FHIR ? global.LForms : undefined), 'LForms.FHIR');
  })();
  return loading;
}
