import { isModelError, ModelRequestContext } from '../excelModel/excelModel';
import { WorksheetCollectionProxy } from '../excelModel/workbookProxy';
import type { RequestExecutorResponse } from './loadOfficeJs';
import { call, ModelObject, PathResolver } from './pathResolver';
import { ActionType, camelCase, pascalCase, RequestAction, RequestBody } from './requestBody';

/** Methods office.js adds for its own bookkeeping, which change nothing in the workbook. */
const BOOKKEEPING = new Set(['_KeepReference', '_ValidateArraySize', '_RemoveReference']);

/** An action whose result office.js waits for: an object's instantiation or a load. */
interface Answer {
  action: RequestAction;
  target: ModelObject;
}

/**
 * Replays one recorded office.js request onto the model: every action in order onto the proxies
 * its object paths resolve to (Instantiate → the proxy is made, SetProperty → a property write,
 * Method → a call, Query → `load`), then one `sync` of the model judged on `sentBytes`, the real
 * request's size. Answers in the shape office.js reads (ClientRequestContext.
 * processRequestExecutorResponseMessage): `Body.Results` of `{ ActionId, Value }` — an
 * instantiation's value null for a null object; a load's value the loaded properties in
 * PascalCase, a collection's as `_Items` — or, when the model refuses the request, `Body.Error`
 * `{ Code, Message, Location }`, from which office.js throws its OfficeExtension.Error.
 *
 * @example
 * const response = await replayRequest(resolver, context, body, requestBytes(body));
 */
export async function replayRequest(
  resolver: PathResolver,
  context: ModelRequestContext,
  body: RequestBody,
  sentBytes: number,
): Promise<RequestExecutorResponse> {
  const answers: Answer[] = [];
  /** For each model operation queued, the index of the action that queued it. */
  const owners: number[] = [];
  try {
    for (const [index, action] of body.Actions.entries()) {
      const queuedBefore = context.queued;
      replayAction(resolver, body, action, answers);
      for (let i = queuedBefore; i < context.queued; i++) owners.push(index);
    }
    await context.sync(sentBytes);
  } catch (error) {
    context.discard();
    return errorResponse(error, owners);
  }
  return response({ Results: answers.map(({ action, target }) => ({ ActionId: action.Id, Value: valueOf(action, target) })) });
}

function replayAction(resolver: PathResolver, body: RequestBody, action: RequestAction, answers: Answer[]): void {
  const target = resolver.resolve(body, action.ObjectPathId);
  const args = () => resolver.argumentsOf(body, action.ArgumentInfo);
  switch (action.ActionType) {
    case ActionType.instantiate:
      answers.push({ action, target });
      break;
    case ActionType.query:
      call(target, 'load', [selectOf(action)], { Id: action.Id, Name: 'load' });
      answers.push({ action, target });
      break;
    case ActionType.method:
      if (!BOOKKEEPING.has(action.Name)) call(target, camelCase(action.Name), args(), { Id: action.Id, Name: action.Name });
      break;
    case ActionType.setProperty:
      target[camelCase(action.Name)] = args()[0];
      break;
    default:
      throw new Error(`officeJs harness: action type ${action.ActionType} ('${action.Name}') is not replayed onto the model`);
  }
}

/**
 * A model error as office.js receives it. `owners` maps the model's operations to the request's
 * actions: when the error names the operation that failed, `ActionIndex` names its action, and
 * office.js puts that statement in the error's `debugInfo.statement`. Anything but a model error
 * (a gap in the harness) is thrown, so the test fails loudly.
 *
 * @example
 * return errorResponse(cellEditError); // refused before any action ran
 */
export function errorResponse(error: unknown, owners: readonly number[] = []): RequestExecutorResponse {
  if (!isModelError(error)) throw error;
  const actionIndex = error.operationIndex === undefined ? undefined : owners[error.operationIndex];
  const located = actionIndex === undefined ? {} : { ActionIndex: actionIndex };
  return response({ Error: { Code: error.code, Message: error.message, Location: error.debugInfo.errorLocation, HttpStatusCode: 400, ...located } });
}

function response(body: unknown): RequestExecutorResponse {
  return { HttpStatusCode: 200, ErrorCode: '', ErrorMessage: '', Headers: {}, Body: body };
}

function selectOf(action: RequestAction): string[] {
  const select = action.QueryInfo?.Select;
  if (!select || select.length === 0) throw new Error('officeJs harness: a load must name its properties (load() of everything is not replayed)');
  return select;
}

function isNull(target: ModelObject): boolean {
  try {
    return target.isNullObject === true;
  } catch {
    return false; // not resolved by any successful sync yet (a proxy first made in a failed request)
  }
}

/** An instantiation's result, or a load's properties in PascalCase (a worksheet's Id is its name in the model). */
function valueOf(action: RequestAction, target: ModelObject): unknown {
  if (isNull(target)) return null;
  if (action.ActionType === ActionType.instantiate) return {};
  const select = selectOf(action);
  const pick = (object: ModelObject, names: string[]) => Object.fromEntries(names.map((name) => [pascalCase(name), object[name]]));
  if (target instanceof WorksheetCollectionProxy) {
    const names = select.map((s) => s.replace(/^items\//, '')).filter((s) => s !== 'items');
    return { _Items: target.items.map((sheet) => ({ ...pick(sheet as unknown as ModelObject, names), Id: sheet.name })) };
  }
  return pick(target, select);
}
