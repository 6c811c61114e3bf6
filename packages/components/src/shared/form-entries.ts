/** A value a field can contribute to a form: a scalar, a list, or a nested record of them. */
export type FormEntryValue =
  | string
  | number
  | boolean
  | undefined
  | readonly FormEntryValue[]
  | { readonly [key: string]: FormEntryValue };

/**
 * The entries a field adds to its form's `FormData` (what `ElementInternals.setFormValue`
 * takes). A scalar is one entry under `name`, as a native input gives; a list is one entry
 * per item under `name`, as native checkboxes give (a list of records numbers them,
 * `name.0.part`); a record is one entry per leaf, named
 * by its dotted path under `name` (`address.postcode`), so a plain urlencoded form needs no
 * JSON parsing. Booleans become `true`/`false`; `undefined` parts are left out.
 */
export function formEntriesOf(name: string, value: FormEntryValue): FormData {
  const data = new FormData();
  appendEntries(data, name, value);
  return data;
}

function appendEntries(data: FormData, name: string, value: FormEntryValue): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    // Scalars repeat the name, as native checkboxes do; a record gets its place in the list
    // (`household.0.name`), or two people's parts could not be told apart.
    (value as readonly FormEntryValue[]).forEach((item, index) =>
      appendEntries(data, item !== null && typeof item === 'object' && !Array.isArray(item) ? `${name}.${index}` : name, item),
    );
  } else if (typeof value === 'object') {
    for (const [key, part] of Object.entries(value)) appendEntries(data, `${name}.${key}`, part);
  } else {
    data.append(name, String(value));
  }
}
