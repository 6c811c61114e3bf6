import { checkEndpointUrl, describeLanguage, languagesOf, type ConfigProblem, type Definition, type Locale } from '@onestory/core';
import { englishLanguageName, isLocale } from '@onestory/core/i18n';

/** The attributes of `<onestory-intake>`, as the host set them (raw stage). */
export interface IntakeAttributes {
  readonly endpoint: string | undefined;
  readonly services: string | undefined;
  readonly locale: string | undefined;
  readonly exitUrl: string | undefined;
  readonly practitioner: boolean;
}

/** The attributes once checked against each other and the definition. */
export interface IntakeConfig {
  /** Absolute URL submissions are posted to. */
  readonly endpoint: string;
  /** Services chosen by the host before the person starts (known ids, no duplicates). */
  readonly preselected: readonly string[];
  readonly locale: Locale;
  /** Where quick exit goes, if the host set one. */
  readonly exitUrl: string | undefined;
  /** True only when asked for and the definition allows practitioner mode. */
  readonly practitioner: boolean;
}

/** Outcome of {@link checkIntakeConfig}: a config, or every problem (each naming its attribute). */
export type IntakeConfigCheck =
  | { readonly ok: true; readonly config: IntakeConfig; readonly warnings: readonly ConfigProblem[] }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[]; readonly warnings: readonly ConfigProblem[] };

/** `value` resolved against `base` when it is an http(s) address. */
function webUrl(value: string, base: string): URL | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks the attributes of an intake against its definition. Pure: `baseUrl` is the
 * document's base URL, used to resolve relative URLs. Messages name the attribute and
 * the fix, and never quote anything the person typed.
 */
export function checkIntakeConfig(attributes: IntakeAttributes, definition: Definition, baseUrl: string): IntakeConfigCheck {
  const problems: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];

  const languages = languagesOf(definition);
  const locale = attributes.locale ?? languages[0]!;
  if (!languages.includes(locale)) {
    const choices = languages.map((tag) => `locale="${tag}" (${englishLanguageName(tag)})`);
    problems.push({
      path: 'locale',
      code: 'unknown-locale',
      message: `"${locale}" is not a supported language. Use ${choices.join(' or ')}.`,
    });
  } else if (!isLocale(locale)) {
    problems.push({
      path: 'locale',
      code: 'missing-catalogue',
      message: `No catalogue is loaded for ${describeLanguage(locale)}. Add its catalogue file: catalogues="/onestory/${locale}.json".`,
    });
  }

  let endpoint: string | undefined;
  if (!attributes.endpoint?.trim()) {
    problems.push({
      path: 'endpoint',
      code: 'missing-endpoint',
      message:
        'No endpoint is set, so answers could not be sent. Add endpoint="https://…" naming the URL that receives submissions.',
    });
  } else {
    // Core's check, the one the submission client makes: https (http only to localhost), no credentials.
    const checked = checkEndpointUrl(attributes.endpoint.trim(), 'endpoint', baseUrl);
    if ('problem' in checked) problems.push(checked.problem);
    else endpoint = checked.url;
  }

  const known = new Set(definition.services.map((service) => service.id));
  const preselected = [...new Set((attributes.services ?? '').split(/\s+/).filter(Boolean))];
  for (const id of preselected) {
    if (!known.has(id)) {
      problems.push({
        path: 'services',
        code: 'unknown-service',
        message: `"${id}" is not a service in the definition. Use space-separated ids from: ${[...known].join(', ')}.`,
      });
    }
  }

  let exitUrl: string | undefined;
  if (attributes.exitUrl !== undefined) {
    exitUrl = webUrl(attributes.exitUrl, baseUrl)?.href;
    if (exitUrl === undefined) {
      problems.push({
        path: 'exit-url',
        code: 'invalid-exit-url',
        message: `"${attributes.exitUrl}" is not a web address. Set exit-url to a neutral https page, such as a weather or news site.`,
      });
    }
  }

  const practitionerAllowed = definition.settings?.practitionerMode === true;
  if (attributes.practitioner && !practitionerAllowed) {
    warnings.push({
      path: 'practitioner',
      code: 'practitioner-mode-off',
      message:
        'Ignored: the definition does not allow practitioner mode. Set settings.practitionerMode to true in the definition to allow it.',
    });
  }

  if (problems.length > 0) return { ok: false, problems, warnings };
  return {
    ok: true,
    warnings,
    config: {
      endpoint: endpoint!,
      preselected,
      locale: locale as Locale,
      exitUrl,
      practitioner: attributes.practitioner && practitionerAllowed,
    },
  };
}
