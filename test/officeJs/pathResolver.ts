import type { ModelRequestContext } from '../excelModel/excelModel';
import { ArgumentInfo, camelCase, ObjectPathInfo, ObjectPathType, RequestBody } from './requestBody';

/** A model proxy (or the plain `format` object a Range gives) reached through an object path. */
export type ModelObject = Record<string, unknown>;

/**
 * Turns office.js object paths into the in-repo model's proxies, for one office.js request
 * context (one Excel.run). A path is made into a proxy the first time an action reaches it,
 * and the proxy is kept by path Id for the context's later requests, so an object that an
 * earlier sync resolved stays resolved, as Excel.run keeps objects across syncs.
 *
 * - GlobalObject → the workbook;
 * - Property 'Application' → context.application; any other Property → `parent[camelCase]`;
 * - Method → `parent[camelCase](...arguments)`, arguments that refer to an object path replaced
 *   by that path's proxy (GetRangeByIndexes, GetItemOrNullObject, Add, GetRow, GetBoundingRect…);
 * - Indexer → `parent.getItem(key)` (worksheets by the Id the harness answered, the sheet name).
 * Any other path type, or a member the model lacks, throws: the harness says what it cannot
 * replay instead of guessing.
 */
export class PathResolver {
  private readonly objects = new Map<number, ModelObject>();

  constructor(private readonly context: ModelRequestContext) {}

  /**
   * The model object of a path of this request (made now if no earlier action reached it).
   *
   * @example
   * const range = resolver.resolve(body, action.ObjectPathId);
   */
  resolve(body: RequestBody, id: number): ModelObject {
    const known = this.objects.get(id);
    if (known) return known;
    const path = body.ObjectPaths[String(id)];
    if (!path) throw new Error(`officeJs harness: the request has no object path ${id}`);
    const made = this.make(body, path);
    this.objects.set(id, made);
    return made;
  }

  /**
   * The arguments of an action or path, an argument that refers to an object path given as its proxy.
   *
   * @example
   * resolver.argumentsOf(body, path.ArgumentInfo) // [rangeProxy, true] for tables.add(range, true)
   */
  argumentsOf(body: RequestBody, info: ArgumentInfo | undefined): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => (refs[i] ? this.resolve(body, refs[i]) : arg));
  }

  private make(body: RequestBody, path: ObjectPathInfo): ModelObject {
    if (path.ObjectPathType === ObjectPathType.globalObject) return this.context.workbook as unknown as ModelObject;
    if (path.ParentObjectPathId === undefined) throw new Error(`officeJs harness: object path ${path.Id} (type ${path.ObjectPathType}) has no parent`);
    const parent = this.resolve(body, path.ParentObjectPathId);
    switch (path.ObjectPathType) {
      case ObjectPathType.property:
        if (path.Name === 'Application') return this.context.application as unknown as ModelObject;
        return member(parent, camelCase(path.Name), path) as ModelObject;
      case ObjectPathType.method:
        return call(parent, camelCase(path.Name), this.argumentsOf(body, path.ArgumentInfo), path);
      case ObjectPathType.indexer:
        return call(parent, 'getItem', this.argumentsOf(body, path.ArgumentInfo), path);
      default:
        throw new Error(`officeJs harness: object path type ${path.ObjectPathType} ('${path.Name}') is not replayed onto the model`);
    }
  }
}

function member(parent: ModelObject, name: string, path: ObjectPathInfo): unknown {
  const value = parent[name];
  if (value === undefined) throw new Error(`officeJs harness: the model has no '${name}' for object path ${path.Id} ('${path.Name}')`);
  return value;
}

/**
 * Calls a method of a model object by name.
 *
 * @example
 * call(sheetProxy, 'getRangeByIndexes', [0, 0, 2, 3], path)
 */
export function call(target: ModelObject, name: string, args: unknown[], path: { Id: number; Name: string }): ModelObject {
  const method = target[name];
  if (typeof method !== 'function') throw new Error(`officeJs harness: the model has no method '${name}' (from '${path.Name}', id ${path.Id})`);
  return (method as (...a: unknown[]) => ModelObject).apply(target, args);
}
