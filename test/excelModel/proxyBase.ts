import type { Execution, Operation, Resolvable, Wire } from './execution';
import { ErrorCode, ExcelModelError, propertyNotLoaded } from './modelError';

/** What proxies need from their request context: a queue. */
export interface ProxyContext {
  enqueue(operation: Operation): void;
}

/** The forms `load` accepts: 'a, b', ['a', 'b'], { select: … } or { values: true, … }. */
export type LoadOption = string | string[] | { select?: string | string[] } | Record<string, boolean>;

/** A loaded property: what travels in the response, and what the proxy then holds. */
export interface Loaded {
  data: unknown;
  local?: unknown;
}

/**
 * The part every model proxy shares, after Office.js's ClientObject:
 * - creating a proxy queues an "instantiate" action (ClientObject's constructor calls
 *   ActionFactory.createInstantiateAction), so an unknown sheet name fails at the next sync
 *   even if the proxy is never used, and creating a proxy makes that sync a round trip;
 * - `isNullObject` is known after the first successful sync that instantiated it ("Office
 *   automatically loads this property when context.sync is called", Application-specific API
 *   model, *OrNullObject methods and properties);
 * - reading a property that was neither loaded+synced nor set throws PropertyNotLoaded, except
 *   on a null object, whose properties read as undefined (Utility.throwIfNotLoaded skips null
 *   objects);
 * - methods and property writes on a null object do nothing.
 */
export abstract class ModelProxy<T> implements Resolvable<T> {
  committed: { target: T | null } | undefined;
  protected readonly local = new Map<string, unknown>();
  protected abstract readonly entity: string;
  protected abstract readonly loadable: readonly string[];

  constructor(
    readonly context: ProxyContext,
    readonly path: string,
    private readonly resolver: (execution: Execution) => T | null,
    known?: { target: T },
  ) {
    if (known) this.committed = { target: known.target };
    else context.enqueue({ wire: () => ({ op: 'instantiate', path }), execute: (execution) => void execution.resolve(this) });
  }

  /** Reads one loadable property of the target at sync; may count cells. */
  protected abstract readProperty(target: T, property: string, execution: Execution): Loaded;

  resolveIn(execution: Execution): T | null {
    return this.resolver(execution);
  }

  commit(target: T | null): void {
    this.committed = { target };
  }

  get isNullObject(): boolean {
    if (!this.committed) throw propertyNotLoaded(this.entity, 'isNullObject');
    return this.committed.target === null;
  }

  /**
   * Queues a load of the named properties (all loadable ones when none are named).
   *
   * @example
   * range.load(['values', 'address']);
   */
  load(option?: LoadOption): this {
    const names = loadNames(option) ?? [...this.loadable];
    const select = this.normaliseSelect(names.map((n) => n.trim()).filter((n) => n !== ''));
    this.context.enqueue({
      wire: () => ({ op: 'load', path: this.path, select }),
      execute: (execution) => {
        const unknown = select.find((name) => !this.loadable.includes(name));
        if (unknown !== undefined) {
          throw new ExcelModelError(ErrorCode.invalidArgument, `The property '${unknown}' does not exist on ${this.entity}.`, `${this.entity}.load`);
        }
        const target = execution.resolve(this);
        if (target === null) return;
        const loaded = select.map((name) => [name, this.readProperty(target, name, execution)] as const);
        execution.respond(Object.fromEntries(loaded.map(([name, l]) => [name, l.data])), () => {
          for (const [name, l] of loaded) this.local.set(name, 'local' in l ? l.local : l.data);
        });
      },
    });
    return this;
  }

  /** Maps load paths onto loadable names; collections turn 'items/name' into 'items'. */
  protected normaliseSelect(names: string[]): string[] {
    return names;
  }

  /** A property's client-side value, as a getter returns it. */
  protected read<V>(property: string): V {
    if (this.committed?.target === null) return undefined as V;
    if (!this.local.has(property)) throw propertyNotLoaded(this.entity, property);
    return this.local.get(property) as V;
  }

  /**
   * Queues an action on the target (a property write or a method call); `args` are evaluated
   * when the request is built, and the action does nothing on a null object.
   */
  protected queue(op: string, args: () => Record<string, unknown>, apply: (target: T, wire: Wire, execution: Execution) => void): void {
    this.context.enqueue({
      wire: () => ({ op, path: this.path, ...args() }),
      execute: (execution, wire) => {
        const target = execution.resolve(this);
        if (target !== null) apply(target, wire, execution);
      },
    });
  }

  /** The resolver for a child proxy: null when this proxy is a null object. */
  protected child<C>(make: (target: T, execution: Execution) => C | null): (execution: Execution) => C | null {
    return (execution) => {
      const target = execution.resolve(this);
      return target === null ? null : make(target, execution);
    };
  }
}

/** The property names a load option asks for; undefined means all. */
function loadNames(option: LoadOption | undefined): string[] | undefined {
  if (option === undefined || typeof option === 'string') return option?.split(',');
  if (Array.isArray(option)) return option;
  if ('select' in option) {
    const select = option.select as string | string[] | undefined;
    return typeof select === 'string' ? select.split(',') : select;
  }
  return Object.keys(option).filter((key) => (option as Record<string, boolean>)[key]);
}
