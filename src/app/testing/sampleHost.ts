import { isoDate } from '../../engine/dates/isoDate';
import { PackageWorkbookHost } from '../../hosts/file/packageWorkbookHost';
import type { CellWrite } from '../../workbook/edit/cellWrite';
import type { SheetWrite } from '../../workbook/outputGrid';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';

/** The sample workbook's date, and an instant on it in the sample's time zone (America/Chicago). */
export const SAMPLE_DATE = isoDate('2026-11-21');
export const NOW = new Date('2026-11-21T18:00:00Z');
/** The posting session of tests that post once (Posting By). */
export const SESSION = 'pane:test';

/** The sample organisation (small, no input errors) in an in-memory file host. */
export function sampleHost(memberships = 60): PackageWorkbookHost {
  const host = PackageWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: SAMPLE_DATE, memberships, seed: 3, withInputErrors: false })) host.replaceSheetSync(sheet);
  return host;
}

/** One call a host received, for checking the order of writes. */
export type HostCall = ['writeCells', readonly CellWrite[]] | ['replaceSheet', string] | ['deleteSheet', string];

/** The sample host, recording every write it is asked for. */
export function recordingHost(host = sampleHost()): { host: PackageWorkbookHost; calls: HostCall[] } {
  const calls: HostCall[] = [];
  const { writeCells, replaceSheet, deleteSheet } = host;
  host.writeCells = (writes: readonly CellWrite[]) => (calls.push(['writeCells', writes]), writeCells.call(host, writes));
  host.replaceSheet = (sheet: SheetWrite) => (calls.push(['replaceSheet', sheet.name]), replaceSheet.call(host, sheet));
  host.deleteSheet = (name: string) => (calls.push(['deleteSheet', name]), deleteSheet.call(host, name));
  return { host, calls };
}
