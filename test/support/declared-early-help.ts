// The early-help example with declared fields of every type, asked and listed by its
// services: the FHIR tests (Node and browser) run over this as well as the plain example.
// The example declares its services' real questions itself (tenure, rent arrears,
// substances…); this adds the types it does not use (whole number, yes-no-not-known, text,
// long text…) and any of these it lacks. No Node imports: browser tests import it too.

const text = (en: string, cy: string) => ({ en, cy });
const options = (...values: [string, string, string][]) => values.map(([value, en, cy]) => ({ value, label: text(en, cy) }));

/** One declared field of each type, with the service that lists it and the question asking it. */
const DECLARED = [
  { service: 'housing-support', field: { id: 'rentArrears', type: 'money', label: text('Rent arrears', 'Ôl-ddyledion rhent'), category: 'needs', min: 0, max: 10_000_000 }, label: text('How much rent do you owe?', 'Faint o rent sydd arnoch?') },
  { service: 'housing-support', field: { id: 'noticeEnds', type: 'date', label: text('Notice to leave ends', 'Hysbysiad i adael yn dod i ben'), category: 'needs' }, label: text('When does your notice to leave end?', 'Pryd mae eich hysbysiad i adael yn dod i ben?') },
  {
    service: 'drug-alcohol',
    field: { id: 'substances', type: 'multi-choice', label: text('Substances used', 'Sylweddau a ddefnyddir'), category: 'health', specialCategory: 'health', options: options(['alcohol', 'Alcohol', 'Alcohol'], ['cannabis', 'Cannabis', 'Canabis'], ['opioids', 'Heroin or other opioids', 'Heroin neu opioidau eraill']) },
    label: text('Which substances do you use?', 'Pa sylweddau ydych chi’n eu defnyddio?'),
  },
  {
    service: 'drug-alcohol',
    field: { id: 'treatedBefore', type: 'yes-no', label: text('In treatment before', 'Mewn triniaeth o’r blaen'), category: 'health', specialCategory: 'health' },
    label: text('Have you had treatment for alcohol before?', 'Ydych chi wedi cael triniaeth ar gyfer alcohol o’r blaen?'),
    when: { includes: { field: 'declared.substances', value: 'alcohol' } },
  },
  { service: 'drug-alcohol', field: { id: 'daysUsing', type: 'whole-number', label: text('Days a week', 'Dyddiau’r wythnos'), category: 'health', specialCategory: 'health', min: 0, max: 7 }, label: text('On how many days a week?', 'Ar sawl diwrnod yr wythnos?') },
  { service: 'domestic-abuse', field: { id: 'childrenAtHome', type: 'yes-no-not-known', label: text('Children at home', 'Plant gartref'), category: 'household' }, label: text('Are there children at home?', 'Oes plant gartref?') },
  {
    service: 'domestic-abuse',
    field: { id: 'bestTime', type: 'choice', label: text('Best time to call', 'Yr amser gorau i ffonio'), category: 'safety-preferences', options: options(['morning', 'Morning', 'Bore'], ['afternoon', 'Afternoon', 'Prynhawn']) },
    label: text('When is the best time to call?', 'Pryd yw’r amser gorau i ffonio?'),
  },
  { service: 'money-advice', field: { id: 'creditor', type: 'text', label: text('Main creditor', 'Prif gredydwr'), category: 'needs', maxLength: 60 }, label: text('Who do you owe the most to?', 'I bwy mae arnoch chi fwyaf?') },
  { service: 'money-advice', field: { id: 'debtStory', type: 'long-text', label: text('How the debt came about', 'Sut y daeth y ddyled'), category: 'needs' }, label: text('How did the debt come about?', 'Sut y daeth y ddyled?') },
] as const;

/** The declared fields the variant has (from the example or added), of every type. */
export const DECLARED_FIELDS = DECLARED.map((d) => d.field);

/** A copy of the early-help definition JSON with the declared fields it lacks added. */
export function withDeclaredFields(earlyHelp: unknown): Record<string, any> {
  const json = structuredClone(earlyHelp) as Record<string, any>;
  const declared = new Set<string>((json['fields'] ?? []).map((f: { id: string }) => f.id));
  const added = DECLARED.filter((d) => !declared.has(d.field.id));
  json['fields'] = [...(json['fields'] ?? []), ...added.map((d) => d.field)];
  const ids: string[] = [];
  for (const d of added) {
    const id = `declared-${d.field.id.toLowerCase()}`;
    ids.push(id);
    json['questions'].push({ id, field: `declared.${d.field.id}`, label: d.label, ...('when' in d && { when: d.when }) });
    const service = json['services'].find((s: { id: string }) => s.id === d.service);
    (service.purposes[0].optional ??= []).push(`declared.${d.field.id}`);
  }
  json['pages'].push({ id: 'your-situation', title: text('Your situation', 'Eich sefyllfa'), questions: ids });
  return json;
}
