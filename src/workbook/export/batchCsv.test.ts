import type { Batches } from '../../engine/apply/batches';
import { batchTable } from '../batches/batchTable';
import { onlyBatches, sampleBatches } from '../batches/testing/sampleBatches';
import { batchCsv } from './batchCsv';

/** The CSV's lines, without the BOM and the line end after the last line. */
const lines = (csv: string): string[] => csv.slice(1).replace(/\r\n$/, '').split('\r\n');

const invoicesCsv = (batches: Batches = sampleBatches()) => batchCsv(batchTable('invoices', batches));

function withFirstInvoice(change: Partial<Batches['invoices'][number]>): Batches {
  const batches = onlyBatches('invoices');
  batches.invoices = [{ ...batches.invoices[0], ...change }];
  return batches;
}

describe('batchCsv', () => {
  it('starts with a UTF-8 byte order mark when written', () => {
    const csv = invoicesCsv();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('ends every line, the last included, with CRLF', () => {
    const csv = invoicesCsv();
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes the header, rows with ISO dates and plain amounts, and quotes commas and quotes', () => {
    expect(lines(invoicesCsv()).slice(0, 3)).toEqual([
      'Member ID,Name,Email,Invoice ID,Membership ID,Product,Bill Date,Due Date,Term Start,Term End,Amount,Currency',
      'M1,Ann Lee,ann@example.org,INV-000003,M1,Annual,2026-11-21,2026-12-11,2026-12-11,2027-12-10,120,USD',
      'M3,"Lee, ""Bo""",bo@example.org,INV-000004,M3,Student,2026-11-21,2026-12-21,2026-12-21,2027-12-20,95.5,USD',
    ]);
  });

  it('ends with the control totals aligned under the columns when the kind has amounts', () => {
    expect(lines(invoicesCsv()).at(-1)).toBe('Total,2,,,,,,,,,215.5,USD');
    expect(lines(batchCsv(batchTable('notices', sampleBatches()))).at(-1)).toBe('Total,3,,,,,,,240.1,USD');
  });

  it('ends with the row count only when the kind has no amounts (activations)', () => {
    expect(lines(batchCsv(batchTable('activations', sampleBatches())))).toEqual([
      'Member ID,Name,Email,Application ID,Membership ID,Product,Term Start,Term End',
      'M9,Gus Hill,gus@example.org,APP-7,M9,Annual,2026-11-21,2027-11-20',
      'Total,1,,,,,,',
    ]);
  });

  it('writes a blank email as an empty field', () => {
    expect(lines(batchCsv(batchTable('notices', sampleBatches())))[3]).toBe('M7,Di No-Mail,,INV-000005,M7,3,final,2026-10-01,0.1,USD');
  });

  it.each([
    ['line feed', 'Ann\nLee', '"Ann\nLee"'],
    ['CRLF', 'Ann\r\nLee', '"Ann\r\nLee"'],
    ['carriage return', 'Ann\rLee', '"Ann\rLee"'],
    ['comma', 'Lee, Ann', '"Lee, Ann"'],
    ['quote', 'Ann "A" Lee', '"Ann ""A"" Lee"'],
  ])('quotes a name holding a %s', (_what, name, field) => {
    expect(invoicesCsv(withFirstInvoice({ name }))).toContain(`\r\nM1,${field},ann@example.org,`);
  });

  describe.each([
    ['=', '=1+1', "'=1+1"],
    ['+', '+1+1', "'+1+1"],
    ['-', '-1+1', "'-1+1"],
    ['@', '@SUM(1)', "'@SUM(1)"],
    ['tab', '\t=1+1', "'\t=1+1"],
    ['carriage return', '\r=1+1', `"'\r=1+1"`],
  ])('when a text cell starts with %s', (_char, text, field) => {
    it.each(['name', 'email', 'product'] as const)('neutralises the %s', (column) => {
      const csv = invoicesCsv(withFirstInvoice({ [column]: text }));
      const expected = { name: `M1,${field},ann@example.org,`, email: `M1,Ann Lee,${field},`, product: `,M1,${field},2026-11-21` }[column];
      expect(csv).toContain(expected);
    });
  });

  it('never touches a negative amount, which is a number, not a formula', () => {
    const lastLines = lines(invoicesCsv(withFirstInvoice({ amount: -120 }))).slice(1);
    expect(lastLines[0].endsWith(',-120,USD')).toBe(true);
    expect(lastLines.at(-1)).toBe('Total,1,,,,,,,,,-120,USD');
  });
});
