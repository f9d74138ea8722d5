/**
 * The sheets of SPEC §2 that every command reads into records. A file host may read these
 * first (and stream them); any other sheet is read only when something asks for its cells.
 */
export const SCHEMA_SHEETS: readonly string[] = ['Settings', 'Members', 'Products', 'Seasons', 'Mapping', 'Invoices', 'Applications', 'Runs', 'Templates'];
