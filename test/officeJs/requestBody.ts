/**
 * The request body office.js builds for one `context.sync()` (RichApi's RequestMessageBody, as
 * `ClientRequest.buildRequestMessageBodyAndRequestFlags` makes it in excel-web-16.00.debug.js):
 * the actions in queue order, and the object paths they act on.
 */
export interface RequestBody {
  Actions: RequestAction[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** Arguments of a method, property write or method path; an argument that is an object is its path's Id. */
export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the Id of the object path it refers to, or 0 (absent when none refers to one). */
  ReferencedObjectPathIds?: number[];
}

export interface RequestAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

/** RichApi's ActionType numbers (OfficeExtension's ActionFactory). */
export const ActionType = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;

/** RichApi's ObjectPathType numbers (OfficeExtension's ObjectPathFactory). */
export const ObjectPathType = { globalObject: 1, newObject: 2, method: 3, property: 4, indexer: 5, referenceId: 6, nullObject: 7 } as const;

/** Bit of the request flags that Excel.run sets for `delayForCellEdit` (onBeforeExcelRun: `_requestFlagModifier |= 64`). */
export const DELAY_FOR_CELL_EDIT_FLAG = 64;

/**
 * The bytes office.js sends for a request: the UTF-8 of its JSON (the web host posts
 * `JSON.stringify(body)`).
 *
 * @example
 * requestBytes({ Actions: [], ObjectPaths: {} }) // 28
 */
export function requestBytes(body: unknown): number {
  return Buffer.byteLength(JSON.stringify(body), 'utf8');
}

/**
 * Office.js's PascalCase wire name as the model's camelCase member name ('GetRangeByIndexes' →
 * 'getRangeByIndexes', 'Values' → 'values').
 *
 * @example
 * camelCase('SuspendApiCalculationUntilNextSync') // 'suspendApiCalculationUntilNextSync'
 */
export function camelCase(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * A model member name as office.js reads it in a query result ('rowIndex' → 'RowIndex').
 *
 * @example
 * pascalCase('values') // 'Values'
 */
export function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
