import { isoDate } from '../../engine/dates/isoDate';
import { EXCEL_WEB_LIMITS } from '../../hosts/office/excelRun';
import { groupBlocks, type WriteBlock, writeBlocks } from '../../hosts/office/writeBlocks';
import type { CellWrite } from '../../workbook/edit/cellWrite';
import { blockPieces, GroupAssembler } from './blockPieces';

/** 700 rows × 3 columns of text, numbers and dates, in two sheets. */
function writes(): CellWrite[] {
  const out: CellWrite[] = [];
  for (const sheet of ['A', 'B'])
    for (let row = 1; row <= 700; row++) {
      out.push({ sheet, row, column: 1, value: `key ${row}` });
      out.push({ sheet, row, column: 2, value: row * 1.5 });
      out.push({ sheet, row, column: 3, value: { date: isoDate(`2026-11-${String((row % 28) + 1).padStart(2, '0')}`) } });
    }
  return out;
}

async function assembled(pieces: ReturnType<typeof blockPieces>) {
  const assembler = new GroupAssembler(pieces.length);
  const groups: WriteBlock[][] = [];
  const taking = (async () => {
    for await (const group of assembler.groups()) groups.push(group);
  })();
  for (const piece of pieces) {
    await Promise.resolve();
    assembler.add(structuredClone(piece));
  }
  await taking;
  return groups;
}

describe('blockPieces and GroupAssembler', () => {
  it('cut groups into pieces of at most the cells asked for, and put the same groups together again', async () => {
    const limits = { ...EXCEL_WEB_LIMITS, payloadBytes: 16 * 1024 };
    const groups = groupBlocks(writeBlocks(writes(), false, limits), limits);
    expect(groups.length).toBeGreaterThan(2);
    const pieces = blockPieces(groups, 90);
    expect(pieces.length).toBeGreaterThan(groups.length * 2);
    for (const { piece } of pieces) expect(piece.values.length * 3).toBeLessThanOrEqual(90);
    expect(pieces.filter((p) => p.endsGroup)).toHaveLength(groups.length);
    expect(await assembled(pieces)).toEqual(groups);
  });

  it('sends a row wider than the piece size as a piece of its own', async () => {
    const groups = groupBlocks(writeBlocks(writes().slice(0, 30), false, EXCEL_WEB_LIMITS), EXCEL_WEB_LIMITS);
    const pieces = blockPieces(groups, 2);
    expect(pieces).toHaveLength(10);
    expect(await assembled(pieces)).toEqual(groups);
  });

  it('ends at once when there is nothing to write', async () => {
    expect(await assembled([])).toEqual([]);
  });
});
