import { inflateRawSync } from 'node:zlib';
import { isoDate } from '../../../engine/dates/isoDate';
import type { OutputCell } from '../../../workbook/outputGrid';
import { nodeCodecs } from '../nodeCodecs';
import { crc32 } from './crc32';
import { newSheetStreamed, newSheetWhole, type NewSheetTask } from './newSheetTasks';
import { PORTABLE_CODECS, resolveCodecs } from './packageCodecs';
import type { NewEntry, StoredEntry } from './packageModel';
import { minimalStylesXml, StylesEditor } from './stylesEditor';
import { bytesOf } from './byteSource';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A sheet of `count` rows: several MB of XML (many chunks), with non-ASCII text, numbers and dates. */
function task(count: number): NewSheetTask {
  const rows: OutputCell[][] = [['Key', 'Name', 'Amount', 'Due Date']];
  for (let r = 1; r <= count; r++) rows.push([`K${r}`, `Ωμέγα ☺ Zoë ${r}`, r * 1.25, { date: isoDate(`2026-12-${String((r % 28) + 1).padStart(2, '0')}`) }]);
  return {
    kind: 'newSheet',
    name: 'xl/worksheets/sheet9.xml',
    sheet: { rows, tableRows: rows.length, tableColumns: 4 },
    styles: new StylesEditor(minimalStylesXml(MAIN)),
    date1904: false,
    namespace: MAIN,
  };
}

describe('newSheetStreamed', () => {
  it('lays out in chunks, deflated as it goes, the part newSheetWhole lays out, with its CRC and size', async () => {
    const whole = (newSheetWhole(task(60_000)) as NewEntry).content;
    expect(whole.length).toBeGreaterThan(4 * (1 << 21));
    const streamed = (await newSheetStreamed(task(60_000), resolveCodecs(nodeCodecs()))) as StoredEntry;
    expect(streamed.kind).toBe('stored');
    const content = new Uint8Array(inflateRawSync(bytesOf(streamed.data)));
    expect(Buffer.from(content).equals(Buffer.from(whole))).toBe(true);
    expect(streamed.size).toBe(whole.length);
    expect(streamed.crc32).toBe(crc32(0, whole));
    expect(new TextDecoder().decode(content.subarray(content.length - 400))).toContain('Ωμέγα ☺ Zoë 60000');
  });

  it('adds the styles the sheet needs to the styles part as it lays it out', async () => {
    const t = task(10);
    await newSheetStreamed(t, resolveCodecs(nodeCodecs()));
    expect(t.styles.changed).toBe(true);
    expect(t.styles.text).toMatch(/<b\/>|<b val="1"\/>/);
  });

  it('lays out whole without a streaming deflate', async () => {
    expect((await newSheetStreamed(task(10), PORTABLE_CODECS)).kind).toBe('new');
  });
});
