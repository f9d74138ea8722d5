import * as XLSX from 'xlsx';
import { BATCH_KINDS, type BatchKind } from '../../engine/apply/batches';
import { isoDate } from '../../engine/dates/isoDate';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { createWorkbookExporter } from '../../hosts/office/createWorkbookExporter';
import { OfficeWorkbookHost } from '../../hosts/office/officeWorkbookHost';
import { BATCH_KIND_LABELS } from '../../workbook/batches/batchSheetName';
import { dateToSerial } from '../../workbook/cells/excelSerial';
import { isDateCell, type SheetWrite } from '../../workbook/outputGrid';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { createExcelModel, type ExcelModel, type SeedValue } from '../../../test/excelModel/excelModel';
import { runOf } from '../../../test/office/seedModel';
import { HostRunsSession } from './hostRunsSession';
import { Refusal } from '../../app/refusal';

const AS_OF = isoDate('2026-11-21');
const NOW = () => new Date('2026-11-21T12:00:00Z');
/** Member names as an attacker would type them: each would run as a formula if it became one. */
const INJECTIONS = ['=HYPERLINK("http://evil.example","x")', '+SUM(1,1)', '@SUM(1)', '-2+3'];

/** The sample organisation in the model, every member's Name starting like a formula. */
function injectedModel(excelApi?: string): ExcelModel {
  const model = createExcelModel({ excelApi });
  for (const sheet of sampleWorkbook({ asOf: AS_OF, memberships: 80, seed: 11, withInputErrors: false })) {
    const rows = sheet.name === 'Members' ? injectNames(sheet) : sheet.rows;
    const values: SeedValue[][] = rows.map((row) => row.map((c) => (isDateCell(c) ? dateToSerial(c.date, false) : c)));
    model.addSheet(sheet.name, values, { numberFormats: rows.map((row) => row.map((c) => (isDateCell(c) ? 'yyyy-mm-dd' : null))) });
  }
  return model;
}

function injectNames(sheet: SheetWrite): SheetWrite['rows'] {
  const name = sheet.rows[0].indexOf('Name');
  return sheet.rows.map((row, r) => (r === 0 ? row : row.map((cell, c) => (c === name ? `${INJECTIONS[r % INJECTIONS.length]} ${String(cell)}` : cell))));
}

async function postedSession(model: ExcelModel, excel: Pick<typeof Excel, 'createWorkbook'> = model) {
  const exporter = createWorkbookExporter({ excel, requirements: model.requirements });
  const session = new HostRunsSession(new OfficeWorkbookHost(runOf(model)), NOW, { workbookExporter: exporter });
  await session.preview('NIGHTLY', '2026-11-21');
  await session.post('NIGHTLY');
  return session;
}

/** The kinds of NIGHTLY's batch sheets in the model, in BATCH_KINDS order. */
function postedKinds(model: ExcelModel): BatchKind[] {
  const names = new Set(model.sheetNames());
  return BATCH_KINDS.filter((kind) => names.has(`NIGHTLY ${BATCH_KIND_LABELS[kind]}`));
}

/** A workbook the model opened, read back with SheetJS. */
function readCreated(model: ExcelModel, index: number): XLSX.WorkBook {
  return XLSX.read(model.createdWorkbooks[index].base64 as string, { type: 'base64', dense: true });
}

/** A sheet's cells as values, blanks as ''. */
function exportedValues(sheet: XLSX.WorkSheet): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '', blankrows: true });
}

describe('HostRunsSession.exportWorkbook', () => {
  it('is absent when the session is given no exporter', () => {
    const host = XlsxWorkbookHost.empty();
    expect(new HostRunsSession(host, NOW).exportWorkbook).toBeUndefined();
    expect(new HostRunsSession(host, NOW, { workbookExporter: null })).not.toHaveProperty('exportWorkbook');
  });

  it('is absent when Excel has no ExcelApi 1.8', () => {
    const model = createExcelModel({ excelApi: '1.7' });
    const exporter = createWorkbookExporter({ excel: model, requirements: model.requirements });
    expect(new HostRunsSession(new OfficeWorkbookHost(runOf(model)), NOW, { workbookExporter: exporter }).exportWorkbook).toBeUndefined();
  });

  it('opens each batch sheet of the latest post as a new workbook of its own, in BATCH_KINDS order, when the layout is eachBatch', async () => {
    const model = injectedModel();
    const session = await postedSession(model);
    const kinds = postedKinds(model);
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(await session.exportWorkbook?.('nightly', 'eachBatch')).toEqual({
      workbooks: kinds.map((kind) => ({ fileName: `NIGHTLY-${kind}-2026-11-21.xlsx`, sheets: 1 })),
      opensIn: 'window',
    });
    expect(model.createdWorkbooks).toHaveLength(kinds.length);
    kinds.forEach((kind, i) => {
      const opened = readCreated(model, i);
      const label = BATCH_KIND_LABELS[kind];
      expect(opened.SheetNames).toEqual([label]);
      expect(exportedValues(opened.Sheets[label])).toEqual(model.values(`NIGHTLY ${label}`));
    });
  });

  it('opens the batch sheets of the latest post as one new workbook when the layout is oneWorkbook', async () => {
    const model = injectedModel();
    const session = await postedSession(model);
    const batchSheets = model.sheetNames().filter((n) => n.startsWith('NIGHTLY '));
    expect(await session.exportWorkbook?.('nightly', 'oneWorkbook')).toEqual({
      workbooks: [{ fileName: 'NIGHTLY-batches-2026-11-21.xlsx', sheets: batchSheets.length }],
      opensIn: 'window',
    });
    expect(model.createdWorkbooks).toHaveLength(1);
    const opened = readCreated(model, 0);
    expect(opened.SheetNames).toEqual(batchSheets.map((n) => n.slice('NIGHTLY '.length)));
    expect(opened.SheetNames).toContain('Invoices');
    for (const name of opened.SheetNames) {
      const rows = exportedValues(opened.Sheets[name]);
      expect(rows).toEqual(model.values(`NIGHTLY ${name}`));
      const amount = rows[0].indexOf('Amount');
      const data = rows.slice(1, -1);
      expect(rows.at(-1)?.slice(0, 2)).toEqual(['Total', data.length]);
      if (amount >= 0)
        expect(rows.at(-1)?.[amount]).toBeCloseTo(
          data.reduce((sum: number, row) => sum + Number(row[amount] || 0), 0),
          2,
        );
    }
  });

  it.each(['eachBatch', 'oneWorkbook'] as const)('keeps names that start like a formula as text, never a formula, when exported (%s)', async (layout) => {
    const model = injectedModel();
    await (await postedSession(model)).exportWorkbook?.('NIGHTLY', layout);
    const names = model.createdWorkbooks.flatMap(({ bytes }) => {
      const opened = XLSX.read(bytes, { type: 'array', dense: true });
      return opened.SheetNames.flatMap((sheet) => {
        const data = (opened.Sheets[sheet]['!data'] ?? []) as XLSX.CellObject[][];
        const column = data[0].findIndex((c) => c?.v === 'Name');
        return data.slice(1, -1).map((row) => row[column]);
      });
    });
    expect(names.length).toBeGreaterThan(0);
    for (const cell of names) {
      expect({ t: cell.t, f: cell.f }).toEqual({ t: 's', f: undefined });
      expect(INJECTIONS.some((start) => String(cell.v).startsWith(start))).toBe(true);
    }
  });

  it('stops and refuses, naming what opened and what did not, when Excel fails the second workbook', async () => {
    const model = injectedModel();
    let calls = 0;
    const excel = {
      createWorkbook: (base64?: string) => {
        calls += 1;
        if (calls === 2) model.failAtSync(1);
        return model.createWorkbook(base64);
      },
    };
    const session = await postedSession(model, excel);
    const [first, second, ...rest] = postedKinds(model).map((kind) => `NIGHTLY-${kind}-2026-11-21.xlsx`);
    const refusal = await session.exportWorkbook?.('NIGHTLY', 'eachBatch').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Refusal);
    const notTried = rest.length === 0 ? '' : ` ${rest.join(', ')} ${rest.length === 1 ? 'was' : 'were'} not opened.`;
    expect((refusal as Refusal).message.replace(/round trip \d+/, 'round trip N')).toBe(
      `Opened ${first}; Excel did not open ${second}: Connection to Excel failed at round trip N: the request was dropped; nothing was applied (model fault).` +
        `${notTried} Download them as CSV instead.`,
    );
    expect(calls).toBe(2);
    expect(model.createdWorkbooks).toHaveLength(1);
    expect(readCreated(model, 0).SheetNames).toEqual([BATCH_KIND_LABELS[postedKinds(model)[0]]]);
  });

  it.each(['eachBatch', 'oneWorkbook'] as const)('refuses in words, opening nothing, when the run was never posted (%s)', async (layout) => {
    const model = injectedModel();
    const session = await postedSession(model);
    await expect(session.exportWorkbook?.('ACTIVATE', layout)).rejects.toThrow(new Refusal('NOT_POSTED', 'ACTIVATE has no posted batches to export.'));
    expect(model.createdWorkbooks).toEqual([]);
  });
});
