/**
 * The part-level model of an .xlsx package (SPEC §8 "Everything else kept"): the zip's entries
 * as stored (compressed bytes untouched, so an entry nobody changes is copied raw), the
 * workbook's sheets as its workbook part lists them, and the few facts every reader needs.
 * The reader (`openPackage`, `readSheetGrid`) builds it; the writer (`savePackage`) takes it
 * with the edits a command made and writes a new package that changes only what was edited.
 */

/** One zip entry as stored in the file: still compressed, a view into the file's bytes or a range of the file. */
export interface StoredEntry {
  kind: 'stored';
  /** The part name as in the zip, without a leading slash (`xl/worksheets/sheet1.xml`). */
  name: string;
  /** 0 stored, 8 deflated; other methods are refused when the package is opened. */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** General-purpose bit flags, DOS modification time and date, as in the local header. */
  flags: number;
  modTime: number;
  modDate: number;
  /** The compressed bytes (exactly `compressedSize` of them), or where in the file they are. */
  data: import('./byteSource').StoredData;
}

/** A part a command wrote: its uncompressed content, deflated when the package is saved. */
export interface NewEntry {
  kind: 'new';
  name: string;
  content: Uint8Array;
}

export type PackageEntry = StoredEntry | NewEntry;

/** A sheet as the workbook part lists it, in tab order. */
export interface SheetPart {
  /** The name on its tab, as written. */
  name: string;
  sheetId: number;
  /** `r:id` of the `<sheet>` element: its relationship in `xl/_rels/workbook.xml.rels`. */
  relId: string;
  /** Resolved part name of the worksheet (`xl/worksheets/sheet1.xml`); null for a chartsheet, dialog or macro sheet (not a worksheet: never read as a grid). */
  path: string | null;
  state: 'visible' | 'hidden' | 'veryHidden';
}

/** An opened package: what every later step reads from and the writer starts from. */
export interface OpenedPackage {
  /** Every entry in file order, by name. */
  entries: Map<string, PackageEntry>;
  /** The workbook part's name (`xl/workbook.xml`, or wherever the package's root relationship points). */
  workbookPath: string;
  /** Sheets in tab order. */
  sheets: SheetPart[];
  /** `<workbookPr date1904="1"/>` (SPEC §1). */
  date1904: boolean;
  /** Strict OOXML (ISO 29500 namespaces) rather than transitional. */
  strict: boolean;
  /** The shared-string table, as plain text (rich runs and phonetic runs flattened as Excel shows them). */
  sharedStrings: string[];
  /** The codecs it was opened with, used again to read its sheets and to save it; portable ones when absent. */
  codecs?: import('./packageCodecs').ResolvedCodecs;
}

/** Limits every reading step enforces while it streams (SPEC §8 "Files it did not write"). */
export interface ReadLimits {
  /** Total bytes all inflated parts may reach together: 1 GiB. */
  maxInflatedBytes: number;
  /** Excel's grid. */
  maxRows: number;
  maxColumns: number;
  /** Excel's longest cell text. */
  maxCellChars: number;
}

export const EXCEL_LIMITS: ReadLimits = {
  maxInflatedBytes: 1024 * 1024 * 1024,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  maxCellChars: 32_767,
};

/**
 * What a command did to one sheet, in the order it did it. The writer applies a package's edits
 * in order: a `replace` writes a whole new sheet (a preview, a batch) in place of any sheet of
 * that name (matched case-insensitively), keeping its tab position, else as a new last tab; `cells` writes cells into a sheet,
 * creating it (as a sheet the product made) when there is none; `delete` removes a sheet and
 * every part only it used.
 */
export type SheetEdit =
  | { kind: 'replace'; sheet: import('../../../workbook/outputGrid').SheetWrite }
  | { kind: 'cells'; writes: import('../../../workbook/edit/cellWrite').CellWrite[] }
  | { kind: 'delete'; sheetName: string };
