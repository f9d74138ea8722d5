import { Refusal } from '../../app/refusal';
import type { ReconcileSession } from '../session/reconcileSession';
import type { RunsSession } from '../session/runsSession';
import type { StandaloneWorkbook } from './standaloneBooks';
import { trackChanges } from './trackChanges';

/** A workbook whose session methods resolve (or do what `overrides` say). */
function workbook(overrides: Partial<Record<keyof RunsSession, jest.Mock>> = {}): StandaloneWorkbook {
  const runs = {
    listRuns: jest.fn(async () => []),
    preview: jest.fn(async () => ({ runId: 'NIGHTLY' })),
    post: jest.fn(async () => ({ runId: 'NIGHTLY' })),
    saveRun: jest.fn(async () => 'NIGHTLY'),
    exportCsv: jest.fn(async () => []),
    ...overrides,
  } as unknown as RunsSession;
  const reconcile = {
    settlementSources: jest.fn(async () => []),
    previewFromSheet: jest.fn(async () => ({})),
    apply: jest.fn(async () => ({})),
  } as unknown as ReconcileSession;
  return { fileName: 'members.xlsx', runs, reconcile, toBytes: async () => new Uint8Array([80, 75]) };
}

describe('trackChanges', () => {
  it('marks the workbook changed after a post, an edited run and an applied reconcile', async () => {
    const book = trackChanges(workbook());
    await book.runs.post('NIGHTLY');
    expect(book.changes.version).toBe(1);
    await book.runs.saveRun!({} as never, 'NIGHTLY');
    await book.reconcile.apply({ kind: 'sheet', sheetName: 'Settlements' });
    expect(book.changes.version).toBe(3);
    expect(book.changes.dirty).toBe(true);
  });

  it('leaves the workbook clean after reads, previews of settlements and exports', async () => {
    const book = trackChanges(workbook());
    await book.runs.listRuns();
    await book.runs.exportCsv('NIGHTLY');
    await book.reconcile.settlementSources();
    await book.reconcile.previewFromSheet('Settlements');
    expect(book.changes.dirty).toBe(false);
  });

  it('passes results and arguments through unchanged', async () => {
    const inner = workbook();
    const book = trackChanges(inner);
    await expect(book.runs.preview('NIGHTLY', '2026-11-21')).resolves.toEqual({ runId: 'NIGHTLY' });
    expect(inner.runs.preview).toHaveBeenCalledWith('NIGHTLY', '2026-11-21');
    expect(book.fileName).toBe('members.xlsx');
    await expect(book.toBytes()).resolves.toEqual(new Uint8Array([80, 75]));
  });

  it('counts no change when a write is refused, but one when it fails part-way', async () => {
    const refused = trackChanges(workbook({ post: jest.fn(() => Promise.reject(new Refusal('POST_REFUSED', 'No preview'))) }));
    await expect(refused.runs.post('NIGHTLY')).rejects.toThrow('No preview');
    expect(refused.changes.dirty).toBe(false);
    const broken = trackChanges(workbook({ post: jest.fn(() => Promise.reject(new Error('worker stopped'))) }));
    await expect(broken.runs.post('NIGHTLY')).rejects.toThrow('worker stopped');
    expect(broken.changes.dirty).toBe(true);
  });

  it('keeps an optional method the session lacks absent', () => {
    const book = trackChanges(workbook());
    expect(book.runs.exportWorkbook).toBeUndefined();
  });
});
