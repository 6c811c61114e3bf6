import { type Art6Basis, type Art9Condition, type Definition, type FieldPath } from '@onestory/core';
import { fieldInfoOf, fieldLabelOf } from '@onestory/core/definition';
import { localize } from '@onestory/core/i18n';
import { declaredFieldPath } from '@onestory/core/story';

const ART6: Readonly<Record<Art6Basis, string>> = {
  consent: 'Consent — Art 6(1)(a)',
  contract: 'Contract — Art 6(1)(b)',
  'legal-obligation': 'Legal obligation — Art 6(1)(c)',
  'vital-interests': 'Vital interests — Art 6(1)(d)',
  'public-task': 'Public task — Art 6(1)(e)',
  'legitimate-interests': 'Legitimate interests — Art 6(1)(f)',
};

const ART9: Readonly<Record<Art9Condition['condition'], string>> = {
  a: 'explicit consent',
  b: 'employment, social security and social protection',
  c: 'vital interests',
  d: 'not-for-profit bodies',
  e: 'made public by the data subject',
  f: 'legal claims',
  g: 'substantial public interest',
  h: 'health or social care',
  i: 'public health',
  j: 'archiving, research and statistics',
};

/** The Art 9 cell: `9(2)(h) health or social care; DPA 2018 Sch 1 para 2`. */
function art9Cell(condition: Art9Condition | undefined): string {
  if (!condition) return '—';
  const paragraph = condition.schedule1Paragraph ? `; DPA 2018 Sch 1 para ${condition.schedule1Paragraph}` : '';
  return `Art 9(2)(${condition.condition}) ${ART9[condition.condition]}${paragraph}`;
}

/** A field's label for people: the catalogue's short label, marked when special category. */
function fieldCell(definition: Definition, path: FieldPath): string {
  const label = fieldLabelOf(definition, path, 'en');
  return fieldInfoOf(definition, path).special ? `${label} (special category)` : label;
}

// Markdown table cells: a pipe or a line break would end the cell early.
const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const TYPE_CELL: Readonly<Record<string, string>> = { money: 'money (whole pence)' };

/**
 * One row per declared field: what it is, whether it is special category data (and which
 * kind), and every service and purpose that receives it, on which basis.
 */
function declaredRows(definition: Definition): string[][] {
  return (definition.fields ?? []).map((field) => {
    const path = declaredFieldPath(field.id);
    const uses = definition.services.flatMap((service) =>
      service.purposes.flatMap((purpose) => {
        const how = purpose.requires.includes(path) ? 'required' : (purpose.optional ?? []).includes(path) ? 'optional' : undefined;
        if (!how) return [];
        const art9 = field.specialCategory ? `, ${art9Cell(purpose.specialCategory)}` : '';
        return [`\`${service.id}\` / \`${purpose.id}\` (${how}): ${ART6[purpose.basis]}${art9}`];
      }),
    );
    return [
      `${localize(field.label, 'en')} (\`${path}\`)`,
      TYPE_CELL[field.type] ?? field.type,
      field.category,
      field.specialCategory ? `Yes: ${field.specialCategory}` : 'No',
      uses.length > 0 ? uses.join('; ') : '—',
    ];
  });
}

/**
 * A data map of a definition, for a DPIA: one Markdown table row per service and purpose,
 * naming the controller, the lawful basis, the Art 9 condition, the Story fields (by their
 * labels) and the retention period; then, when the definition declares fields of its own,
 * one row per declared field with its type, category, special category flag and every
 * service, purpose and lawful basis that receives it.
 */
export function dataMap(definition: Definition): string {
  const header = ['Service', 'Organisation (controller)', 'Purpose', 'Core or optional', 'Art 6 basis', 'Art 9 condition', 'Data fields', 'Retention'];
  const rows = definition.services.flatMap((service) =>
    service.purposes.map((purpose) => {
      const required = purpose.requires.map((path) => fieldCell(definition, path));
      const optional = (purpose.optional ?? []).map((path) => fieldCell(definition, path));
      const fields = [
        required.length > 0 ? `Required: ${required.join('; ')}` : '',
        optional.length > 0 ? `Optional: ${optional.join('; ')}` : '',
      ].filter(Boolean).join('. ');
      return [
        `${localize(service.name, 'en')} (\`${service.id}\`)`,
        `${localize(service.organisation.name, 'en')} (${service.organisation.type})`,
        `${localize(purpose.description, 'en')} (\`${purpose.id}\`)`,
        purpose.core ? 'Core' : 'Optional',
        ART6[purpose.basis],
        art9Cell(purpose.specialCategory),
        fields || '—',
        `${localize(service.retention.description, 'en')} (${service.retention.period})`,
      ];
    }),
  );
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const table = (head: readonly string[], body: readonly string[][]) => [line(head), line(head.map(() => '---')), ...body.map(line)];
  const declared = declaredRows(definition);
  return [
    `# Data map: ${localize(definition.title, 'en')} (${definition.id} ${definition.version})`,
    '',
    ...table(header, rows),
    '',
    ...(declared.length > 0
      ? [
          '## Fields this definition declares',
          '',
          'Asked for its own services, beside the Story fields every service shares.',
          '',
          ...table(['Field', 'Type', 'Category', 'Special category', 'Received by (service / purpose: lawful basis)'], declared),
          '',
        ]
      : []),
  ].join('\n');
}
