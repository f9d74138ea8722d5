import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { Refusal } from '../refusal';
import { refusalForFsError } from './refusalForFsError';
import { tempFileName } from './tempFileName';
import { nodeCodecs } from './nodeCodecs';
import { PackageWorkbookHost } from './packageWorkbookHost';
import { FileSource } from './fileSource';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The Compound File Binary container of an encrypted .xlsx or a legacy .xls: refused by the package reader with its own words. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * The workbook in bytes already read from `path` (`null`: there was no file), opened part by
 * part, the sheets of SPEC §2 read now and the others when asked for (SPEC §8). Anything that is no .xlsx at all — a CSV, a text
 * file — is refused (UNREADABLE_WORKBOOK "is not an Excel workbook (.xlsx)") rather than guessed
 * at; the package reader's own refusals (CORRUPT_WORKBOOK, ENCRYPTED_WORKBOOK, NOT_XLSX,
 * TOO_LARGE, UNREADABLE_SHEET) keep their code and are prefixed with `path`, a corrupt package
 * as "is not a readable Excel workbook: …". Parsing the very bytes a command read (and
 * fingerprinted) means the workbook it changes is the one it checks before writing.
 *
 * @example
 * const host = workbookFromBytes(readWorkbookBytes('members.xlsx'), 'members.xlsx');
 */
export function workbookFromBytes(bytes: Uint8Array | null, path: string): PackageWorkbookHost {
  const host = bookHost(bytes, path);
  try {
    host.readWorkbookSync();
  } catch (e) {
    throw fileRefusal(e, path);
  }
  return host;
}

/**
 * {@link workbookFromBytes}, reading the sheets streamed (in Node, inflating on another thread
 * while reading): what the CLI opens books with — from bytes, or from the file held open
 * ({@link FileSource}: its parts are read when needed, the file is never held whole; it must
 * stay open until the book is saved).
 *
 * @example
 * const host = await openWorkbookBytes(readBookFile('members.xlsx').source, 'members.xlsx');
 */
export async function openWorkbookBytes(bytes: Uint8Array | FileSource | null, path: string): Promise<PackageWorkbookHost> {
  const host = bookHost(bytes, path);
  try {
    await host.readWorkbook();
  } catch (e) {
    throw fileRefusal(e, path);
  }
  return host;
}

/**
 * The package opened with Node's zlib and CRC-32 (the portable fflate ones are 2–3× slower on a
 * big sheet), nothing parsed yet; every refusal, now or when a sheet is read later (the sheets
 * of SPEC §2 when the workbook is read, any other when asked for), names the file.
 */
function bookHost(bytes: Uint8Array | FileSource | null, path: string): PackageWorkbookHost {
  assertWorkbookBytes(bytes, path);
  try {
    const host = PackageWorkbookHost.fromBytes(bytes, nodeCodecs());
    host.onLateRefusal = (e) => fileRefusal(e, path);
    return host;
  } catch (e) {
    throw fileRefusal(e, path);
  }
}

/** Refuses no file at all, and anything that is no .xlsx (a CSV, a text file) rather than guess at it. */
function assertWorkbookBytes(bytes: Uint8Array | FileSource | null, path: string): asserts bytes is Uint8Array | FileSource {
  if (bytes === null) throw new Refusal('UNREADABLE_WORKBOOK', `${path}: no such file`);
  const start = bytes instanceof Uint8Array ? bytes : bytes.read(0, Math.min(4, bytes.length));
  if (!startsWith(start, ZIP_MAGIC) && !startsWith(start, CFB_MAGIC)) {
    throw new Refusal('UNREADABLE_WORKBOOK', `${path} is not an Excel workbook (.xlsx)`);
  }
}

function fileRefusal(e: unknown, path: string): unknown {
  if (!(e instanceof Refusal)) return e;
  if (e.code === 'CORRUPT_WORKBOOK') return new Refusal(e.code, `${path} is not a readable Excel workbook: ${lowerFirst(e.message)}`, e.details);
  return new Refusal(e.code, `${path}: ${e.message}`, e.details);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Reads an .xlsx workbook file (a command that only reads: validate, due, export; tests).
 * A file that cannot be read or is not a workbook is refused (UNREADABLE_WORKBOOK).
 *
 * @example
 * const host = loadWorkbookFile('members.xlsx');
 */
export function loadWorkbookFile(path: string): PackageWorkbookHost {
  return workbookFromBytes(readWorkbookBytes(path), path);
}

/**
 * A file's bytes, `null` when there is none; any other read error is refused
 * (UNREADABLE_WORKBOOK, "cannot be read (EACCES)").
 */
export function readWorkbookBytes(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new Refusal('UNREADABLE_WORKBOOK', `${path}: cannot be read (${code ?? 'error'})`);
  }
}

/**
 * A workbook file opened to be read when needed ({@link FileSource}), `null` when there is none;
 * any other error is refused (UNREADABLE_WORKBOOK, "cannot be read (EACCES)"). The caller closes it.
 */
export function openWorkbookSource(path: string): FileSource | null {
  try {
    return FileSource.open(path);
  } catch (e) {
    throw new Refusal('UNREADABLE_WORKBOOK', `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Writes a file that is not a book (an exported batch) atomically: to `.<name>.<pid>.tmp` beside
 * it, flushed, then renamed over `path`, so a crash leaves the old file or the new one. A full
 * disk or a refusal by the operating system is a Refusal (NO_SPACE, NOT_PERMITTED, BUSY), and no
 * temporary file is left behind. Books go through replaceBookFile (lock, fingerprint, .bak).
 *
 * @example
 * writeFileAtomically('NIGHTLY-invoices-2026-11-21.csv', bytes);
 */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  const temp = tempFileName(path);
  try {
    const fd = openSync(temp, 'w');
    try {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // never created, or renamed already
    }
    throw refusalForFsError(e, path) ?? e;
  }
}
