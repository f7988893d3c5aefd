// A partner's id made from its name, apart from the spreadsheet import and export (partner-csv.ts)
// and the workbook's edits, so an element that adds partners brings only this.

/** Makes an id from a name: ASCII letters and digits in lowercase words joined by hyphens. */
export function idFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug === '' ? 'partner' : slug;
}

/**
 * An id for a new partner made from its name (lowercase ASCII words joined by hyphens:
 * "Clínica Niños Sanos" gives `clinica-ninos-sanos`), with `-2`, `-3`... when `taken` has it.
 */
export function partnerIdFromName(name: string, taken: { has(id: string): boolean } = new Set<string>()): string {
  const base = idFromName(name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
