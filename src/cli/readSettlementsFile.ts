import { readFileSync } from 'node:fs';
import { loadSettlements } from '../app/loadSettlements';
import type { Settlements } from '../app/reconcile';
import { Refusal } from '../app/refusal';
import type { XlsxWorkbookHost } from '../hosts/file/xlsxWorkbookHost';

/**
 * `reconcile --settlements FILE`: the file's bytes read here, turned into settlements by
 * app/loadSettlements (an .xlsx workbook, or CSV read as text), refusals worded as the CLI
 * words them, naming the file.
 *
 * @example
 * const settlements = await readSettlementsFile('/data/settled.csv');
 */
export async function readSettlementsFile(path: string): Promise<Settlements> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Refusal('UNREADABLE_WORKBOOK', code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? 'error'})`);
  }
  try {
    // SheetJS is loaded only here, when a settlements workbook is read: every other command starts ~0.2 s sooner.
    return await loadSettlements(bytes, path, async () => loadXlsxHost());
  } catch (e) {
    throw e instanceof Refusal ? inCliWords(e, path) : e;
  }
}

/** SheetJS's host, required on first use (a dynamic `import()` would leave CommonJS for the ESM loader). */
function loadXlsxHost(): typeof XlsxWorkbookHost {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../hosts/file/xlsxWorkbookHost') as typeof import('../hosts/file/xlsxWorkbookHost')).XlsxWorkbookHost;
}

function inCliWords(refusal: Refusal, path: string): Refusal {
  const { code, details } = refusal;
  if (code === 'UNREADABLE_WORKBOOK') {
    return new Refusal(
      code,
      details.length > 0 ? `${path} is not a readable Excel workbook: ${details[0]}` : `${path} is not an Excel workbook (.xlsx)`,
      details,
    );
  }
  if (code === 'UNSUPPORTED_FILE') {
    return new Refusal(code, `${path} is neither an Excel workbook (.xlsx), a .csv file, nor a bank's camt.054/camt.053 or NACHA return file`);
  }
  if (code === 'NO_SETTLEMENTS') return new Refusal(code, `${path}: the workbook has no sheet 'Settlements'`);
  return refusal;
}
