/**
 * The Office host through the real office.js request serialiser (officeJsRun): every batch is
 * built and serialised by @microsoft/office-js and replayed onto the model. Each operation must
 * leave the same workbook as the host driving the model directly.
 */
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import type { SheetWrite } from '../../src/workbook/outputGrid';
import type { ExcelModel } from '../excelModel/excelModel';
import { AS_OF, preparedNightlyPost, previewNightly, runOf, sampleModel } from '../office/seedModel';
import { officeJsRun } from './officeJsRun';

/** Everything a sheet holds that the host can change, for comparing two workbooks. */
function snapshot(model: ExcelModel) {
  return model.sheetNames().map((name) => ({ name, values: model.values(name), tables: model.tables(name), frozen: model.frozenRows(name) }));
}

/** The same sample workbook twice: one driven through office.js, one through the model directly. */
function twins(memberships: number) {
  const viaOfficeJs = sampleModel(memberships);
  const direct = sampleModel(memberships);
  const harness = officeJsRun(viaOfficeJs);
  return { viaOfficeJs, direct, recorder: harness.recorder, hosts: [new OfficeWorkbookHost(harness.run), new OfficeWorkbookHost(runOf(direct))] as const };
}

describe('OfficeWorkbookHost through the real office.js serialiser', () => {
  it('reads the same grids as through the model directly', async () => {
    const { hosts, recorder } = twins(200);
    const [a, b] = [await hosts[0].readWorkbook(), await hosts[1].readWorkbook()];
    expect(a).toEqual(b);
    expect(a.sheets.map((s) => s.name)).toContain('Members');
    expect(recorder.requests.length).toBeGreaterThanOrEqual(3);
  });

  it('previews and posts to the same workbook as through the model directly', async () => {
    const { hosts, viaOfficeJs, direct } = twins(200);
    for (const host of hosts) await previewNightly(host);
    expect(snapshot(viaOfficeJs)).toEqual(snapshot(direct));
    expect(viaOfficeJs.sheetNames()).toContain('Preview NIGHTLY');
    for (const host of hosts) await (await preparedNightlyPost(host))();
    expect(snapshot(viaOfficeJs)).toEqual(snapshot(direct));
    expect(viaOfficeJs.values('Run Log').map((r) => r[3])).toEqual(['Status', 'Posted']);
  });

  it('replaces a sheet in place, with its table, frozen header and text kept as text', async () => {
    const { hosts, viaOfficeJs, direct } = twins(20);
    const sheet: SheetWrite = {
      name: 'Members',
      rows: [
        ['Key', 'Name', 'When'],
        ['k1', '=cmd|calc', { date: AS_OF }],
        ['k2', '0012', null],
      ],
      tableRows: 3,
      tableColumns: 3,
      tableName: 'Replaced',
      columnWidths: [10, 20, 12],
    };
    for (const host of hosts) await host.replaceSheet(sheet);
    expect(snapshot(viaOfficeJs)).toEqual(snapshot(direct));
    expect(viaOfficeJs.sheetNames().indexOf('Members')).toBe(direct.sheetNames().indexOf('Members'));
    expect(viaOfficeJs.cell('Members', 1, 1)).toMatchObject({ value: '=cmd|calc', formula: null, numberFormat: '@' });
    expect(viaOfficeJs.cell('Members', 1, 2)).toMatchObject({ value: 46347, numberFormat: 'yyyy-mm-dd' });
    expect(viaOfficeJs.tables('Members')).toEqual([{ name: 'Replaced', address: 'A1:C3' }]);
  });

  it('deletes a sheet, and does nothing for a sheet that is not there', async () => {
    const { hosts, viaOfficeJs, direct } = twins(20);
    for (const host of hosts) {
      await host.deleteSheet('Applications');
      await host.deleteSheet('No such sheet');
    }
    expect(viaOfficeJs.sheetNames()).not.toContain('Applications');
    expect(snapshot(viaOfficeJs)).toEqual(snapshot(direct));
  });

  it('selects a row, activating its sheet', async () => {
    const { hosts, viaOfficeJs, direct } = twins(20);
    for (const host of hosts) await host.selectRow('Invoices', 4, 3);
    expect(viaOfficeJs.selection()).toEqual(direct.selection());
    expect(viaOfficeJs.selection()).toMatchObject({ sheet: 'Invoices' });
  });
});
