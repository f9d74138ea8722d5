import type { WriteBlock } from '../../hosts/office/writeBlocks';
import type { HostCallPart } from './hostProtocol';

/** A HostCallPart without its call's id. */
export type BlockPiece = Omit<HostCallPart, 'hostCall'>;

/**
 * Cuts a write's sync groups into pieces of at most `cellsPerPiece` cells (whole rows; one row
 * at least), in order, each marked as continuing its block or ending its group, so the pane can
 * put every group together again exactly (see GroupAssembler).
 *
 * @example
 * blockPieces([[block]], 20_000) // → [{ piece: rows 0–1,999, continues: false, endsGroup: false }, { …, continues: true, endsGroup: true }]
 */
export function blockPieces(groups: readonly WriteBlock[][], cellsPerPiece: number): BlockPiece[] {
  const pieces: BlockPiece[] = [];
  for (const group of groups) {
    for (const block of group) {
      const width = Math.max(1, block.values[0]?.length ?? 1);
      const rows = Math.max(1, Math.floor(cellsPerPiece / width));
      for (let from = 0; from < block.values.length; from += rows) {
        const to = from + rows;
        const values = block.values.slice(from, to);
        const piece: WriteBlock = {
          ...block,
          row0: block.row0 + from,
          values,
          formats: block.formats?.slice(from, to) ?? null,
          numberCells: block.numberCells?.slice(from, to) ?? null,
          // The whole block's bytes on its first piece, so the group's add up as the worker counted them.
          bytes: from === 0 ? block.bytes : 0,
        };
        pieces.push({ piece, continues: from > 0, endsGroup: false });
      }
    }
    if (pieces.length > 0) pieces[pieces.length - 1].endsGroup = true;
  }
  return pieces;
}

/**
 * The pane's side: takes pieces as they arrive and yields each group, its blocks whole again,
 * once its last piece is in. `groups()` is what the Office host's writePlannedBlocks and
 * replaceSheetWithBlocks consume.
 *
 * @example
 * const assembler = new GroupAssembler(); for (const p of pieces) assembler.add(p);
 * for await (const group of assembler.groups()) …
 */
export class GroupAssembler {
  private readonly ready: WriteBlock[][] = [];
  private building: WriteBlock[] = [];
  private received = 0;
  private wake: (() => void) | null = null;

  /** `pieces`: how many the call promised (its `parts`). */
  constructor(private readonly pieces: number) {}

  add({ piece, continues, endsGroup }: BlockPiece): void {
    this.received++;
    const last = this.building[this.building.length - 1];
    if (continues && last) {
      for (const row of piece.values) last.values.push(row);
      if (last.formats && piece.formats) for (const row of piece.formats) last.formats.push(row);
      if (last.numberCells && piece.numberCells) for (const row of piece.numberCells) last.numberCells.push(row);
    } else {
      this.building.push(piece);
    }
    if (endsGroup) {
      this.ready.push(this.building);
      this.building = [];
    }
    this.wake?.();
    this.wake = null;
  }

  async *groups(): AsyncGenerator<WriteBlock[]> {
    for (;;) {
      while (this.ready.length === 0) {
        if (this.received >= this.pieces) return;
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
      yield this.ready.shift() as WriteBlock[];
    }
  }
}
