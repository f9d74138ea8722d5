/** One sheet of the workbook schema (SPEC §2), as the first-run page lists it. */
export interface WorkbookSheet {
  name: string;
  /** What it holds, in a few words. */
  holds: string;
}

/**
 * The sheets a workbook must have: without one of them nothing can be planned (the workbook
 * reader refuses with MISSING_SCHEMA, naming it).
 */
export const REQUIRED_SHEETS: readonly WorkbookSheet[] = [
  { name: 'Members', holds: 'one row per membership' },
  { name: 'Products', holds: 'price and term of each product' },
  { name: 'Runs', holds: 'what each run does, and when' },
];

/** The sheets a workbook may have; Renewal Runs writes Invoices on the first post when absent. */
export const OPTIONAL_SHEETS: readonly WorkbookSheet[] = [
  { name: 'Invoices', holds: 'created on the first post' },
  { name: 'Settings', holds: 'time zone, invoice prefix…' },
  { name: 'Templates', holds: 'wording of invoices and notices' },
  { name: 'Applications', holds: 'new members to activate' },
  { name: 'Seasons', holds: 'season dates' },
  { name: 'Mapping', holds: 'renew into another product' },
  { name: 'Settlements', holds: 'bank results, for Reconcile' },
];
