import type { LocalDate } from '../../engine/dates/localDate';
import type { OutputCell, SheetWrite } from '../outputGrid';
import { mappingRows, productRows, seasonRows, settingsRows } from './sampleCatalog';
import { invoiceRows } from './sampleInvoices';
import { memberRows, sampleMemberships } from './sampleMembers';
import { applicationRows, runRows } from './sampleRuns';
import { templateRows } from './sampleTemplates';
import { seededRandom } from './seededRandom';

export interface SampleWorkbookOptions {
  /** The day the sample is built around (its dates are relative to it). */
  asOf: LocalDate;
  /** Number of memberships (default 2,000). */
  memberships?: number;
  seed?: number;
  /** Put two bad rows in Members, to show how input errors are reported (default true). */
  withInputErrors?: boolean;
}

/**
 * A realistic sample workbook as sheets to write: Members, Products, Seasons, Mapping,
 * Invoices (at every notice stage), Applications, Runs, Settings and Templates. Deterministic for a
 * given seed and as-of date; scales to a million memberships for the benchmarks.
 *
 * @example
 * for (const sheet of sampleWorkbook({ asOf })) host.replaceSheet(sheet);
 */
export function sampleWorkbook(options: SampleWorkbookOptions): SheetWrite[] {
  const { asOf, memberships: count = 2000, seed = 2026, withInputErrors = true } = options;
  const rnd = seededRandom(seed);
  const memberships = sampleMemberships(count, asOf, rnd);
  const members = memberRows(memberships, rnd);
  if (withInputErrors && members.length > 12) {
    members[7][7] = '2026-02-30'; // Start Date: an impossible date, never rolled over
    members[11][6] = null; // Product: a blank required cell
  }
  const active = memberships.find((m) => m.status === 'Active' && m.product.product === 'Individual Annual' && m.membershipId === m.memberId);
  return [
    sheet('Members', members),
    sheet('Products', productRows()),
    sheet('Seasons', seasonRows(asOf)),
    sheet('Mapping', mappingRows(asOf)),
    sheet('Invoices', invoiceRows(memberships, asOf, rnd)),
    sheet('Applications', applicationRows(asOf, active ? { memberId: active.memberId, product: active.product.product } : null)),
    sheet('Runs', runRows(asOf)),
    sheet('Settings', settingsRows()),
    sheet('Templates', templateRows()),
  ];
}

function sheet(name: string, rows: OutputCell[][]): SheetWrite {
  return { name, rows, tableRows: rows.length, tableColumns: rows[0].length, tableName: name };
}
