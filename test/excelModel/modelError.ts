/**
 * Errors as Office.js raises them: an `OfficeExtension.Error` (name `RichApi.Error`) whose `code`
 * is one of `OfficeExtension.ErrorCodes` or `Excel.ErrorCodes`. The codes and their meanings are
 * from learn.microsoft.com "Error handling with the application-specific JavaScript APIs"
 * (office-js-docs-pr docs/testing/application-specific-api-error-handling.md) and the
 * `ErrorCodes` enums in @types/office-js.
 */
export const ErrorCode = {
  /** OfficeExtension.ErrorCodes.propertyNotLoaded: reading a property that was not loaded and synced. */
  propertyNotLoaded: 'PropertyNotLoaded',
  /** "The requested resource doesn't exist." (worksheets.getItem of an unknown name). */
  itemNotFound: 'ItemNotFound',
  /** "The resource being created already exists." (worksheets.add of a taken name). */
  itemAlreadyExists: 'ItemAlreadyExists',
  /** "The argument is invalid or missing or has an incorrect format." */
  invalidArgument: 'InvalidArgument',
  /** "The operation attempted is invalid on the object." */
  invalidOperation: 'InvalidOperation',
  /** "Cannot complete the operation. A table can't overlap with another table, …" */
  mergedRangeConflict: 'MergedRangeConflict',
  /** "The cell count in the range has exceeded the maximum supported number." (5,000,000 for reads). */
  rangeExceedsLimit: 'RangeExceedsLimit',
  /** "The request payload size has exceeded the limit." (5 MB, Excel on the web). */
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  /** "The response payload size has exceeded the limit." (5 MB, Excel on the web). */
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  /** OfficeExtension.ErrorCodes.connectionFailure: the round trip to Excel failed (used by the fault switches). */
  connectionFailure: 'ConnectionFailure',
  /** OfficeExtension.ErrorCodes.apiNotFound: the API's requirement set is not supported by this Excel. */
  apiNotFound: 'ApiNotFound',
  /** Excel.ErrorCodes.invalidOperationInCellEditMode: a batch run without delayForCellEdit while the user edits a cell. */
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The model's `OfficeExtension.Error`: same name, `code`, `message` and `debugInfo` shape, so a
 * host that branches on `error.code` behaves as it would against Excel.
 *
 * @example
 * throw new ExcelModelError('ItemNotFound', 'The requested resource doesn't exist.', 'WorksheetCollection.getItem');
 */
export class ExcelModelError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  /** Which queued operation of its request failed (0-based), when one did; unset when the request was refused whole. */
  operationIndex?: number;

  constructor(
    readonly code: ErrorCodeValue,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

/**
 * The error Office.js throws on the client when a property is read before `load` + `sync`; the
 * message is Office.js's own (ResourceStrings.PropertyNotLoaded in excel-win32-16.01.debug.js).
 *
 * @example
 * throw propertyNotLoaded('Range', 'values');
 */
export function propertyNotLoaded(entity: string, property: string): ExcelModelError {
  return new ExcelModelError(
    ErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

/**
 * Whether something thrown is the model's Office error (with the given code, if one is given).
 *
 * @example
 * if (isModelError(error, 'ItemNotFound')) return null;
 */
export function isModelError(error: unknown, code?: ErrorCodeValue): error is ExcelModelError {
  return error instanceof ExcelModelError && (code === undefined || error.code === code);
}

/**
 * What Office.js throws, on the client and at once, when a method needs a requirement set the
 * host does not support (`CommonUtility.throwIfApiNotSupported`, with Office.js's own message,
 * ResourceStrings.ApiNotFoundDetails in excel-win32-16.01.debug.js).
 *
 * @example
 * throw apiNotFound('Excel.createWorkbook', 'ExcelApi 1.8');
 */
export function apiNotFound(apiFullName: string, requirementSet: string): ExcelModelError {
  return new ExcelModelError(
    ErrorCode.apiNotFound,
    `The method or property ${apiFullName} is part of the ${requirementSet} requirement set, which is not available in your version of Excel.`,
    apiFullName,
  );
}
