import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { Refusal } from '../../app/refusal';
import { sepaBook } from '../../../test/fixtures/sepaBook';
import { xlsxBytes } from '../../../test/fixtures/xlsxFixture';
import { HostRunsSession } from './hostRunsSession';

const NOW = () => new Date('2026-11-21T12:00:00Z');

/** The SEPA-ready book on the file host, with `runId` previewed and posted. */
async function posted(runId: string) {
  const host = XlsxWorkbookHost.fromBytes(new Uint8Array(xlsxBytes(sepaBook())));
  const session = new HostRunsSession(host, NOW);
  const preview = await session.preview(runId, '2026-11-21');
  expect(preview.items.map((i) => [i.key, i.status])).toEqual([
    ['collect:INV-000001', 'ready'],
    ['collect:INV-000002', 'ready'],
  ]);
  await session.post(runId);
  return { host, session };
}

describe('HostRunsSession.exportBankFile', () => {
  it('tells the pages which runs have a Payment File', async () => {
    const session = new HostRunsSession(XlsxWorkbookHost.fromBytes(new Uint8Array(xlsxBytes(sepaBook()))), NOW);
    expect((await session.listRuns()).map((r) => [r.id, r.paymentFile])).toEqual([
      ['DD', 'sepa'],
      ['CARDS', null],
    ]);
  });

  it("writes the latest post's collections as a pain.008 file, with the count and total", async () => {
    const { session } = await posted('DD');
    const file = await session.exportBankFile('dd');
    expect(file).toMatchObject({ format: 'sepa', fileName: 'DD-payments-2026-11-21.xml', type: 'application/xml', count: 2, total: 200 });
    expect(file.contents.startsWith('<?xml')).toBe(true);
    expect(file.contents).toContain('pain.008.001.02');
    expect(file.contents).toContain('<EndToEndId>INV-000001-1</EndToEndId>');
    expect(file.contents).toContain('<EndToEndId>INV-000002-1</EndToEndId>');
    expect(file.contents).toContain('Zoe Nunez');
  });

  it('refuses in words for a run without a Payment File', async () => {
    const { session } = await posted('CARDS');
    const refusal = await session.exportBankFile('CARDS').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toMatchObject({ code: 'NOT_PAYMENT_FILE', message: expect.stringContaining('CARDS has no Payment File') });
  });

  it('refuses before the run is posted', async () => {
    const session = new HostRunsSession(XlsxWorkbookHost.fromBytes(new Uint8Array(xlsxBytes(sepaBook()))), NOW);
    await expect(session.exportBankFile('DD')).rejects.toMatchObject({ code: 'NOT_POSTED' });
  });
});
