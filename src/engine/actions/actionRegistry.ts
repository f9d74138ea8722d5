import { activateAction } from '../activate/activateAction';
import type { BatchPerson } from '../apply/batchPerson';
import { collectAction } from '../collect/collectAction';
import { dropAction } from '../drop/dropAction';
import { lapseAction } from '../lapse/lapseAction';
import type { PostingOf } from '../model/planItem';
import { notifyAction } from '../notify/notifyAction';
import { renewAction } from '../renew/renewAction';
import type { ActionDefinition } from './actionDefinition';

/** Checks at compile time that every entry is filed under its own action name. */
function defineRegistry<R extends { readonly [K in keyof R]: { readonly action: K } }>(registry: R): R {
  return registry;
}

/**
 * Every run action, one line each: its folder's definition (plan, apply, batch, forecast,
 * reason words, labels). Adding an action is a folder and a line here; the compiler then names
 * every table keyed by {@link Action} that lacks it.
 */
export const ACTION_REGISTRY = defineRegistry({
  activate: activateAction,
  renew: renewAction,
  lapse: lapseAction,
  drop: dropAction,
  notify: notifyAction,
  collect: collectAction,
});

type Registry = typeof ACTION_REGISTRY;

/** A run action: a key of the registry. */
export type Action = keyof Registry;
/** The item type an action plans (`RenewItem` for `renew`, …). */
export type ItemOf<A extends Action> = ReturnType<Registry[A]['plan']>[number];
/** The batch row an action's posting item adds (`InvoiceBatchRow` for `renew`, …). */
export type BatchRowOf<A extends Action> = ReturnType<Registry[A]['apply']>['batchRow'];
/** The batch kind of an action (`invoices` for `renew`, …). */
export type BatchKindOf<A extends Action> = Registry[A]['batch']['kind'];
/** The actions that add to the forecast (`renew`, `notify`, `drop`). */
export type ForecastAction = { [A in Action]: Registry[A]['forecast'] extends null ? never : A }[Action];

/** Any item of a run, discriminated by `action`. */
export type PlanItem = ItemOf<Action>;
/** An item that posts (`ready`/`warning`), with the fields its action posts non-null. */
export type PostingItem = PostingOf<PlanItem>;

/**
 * An action's definition with its types widened to any action, for code that loops over the
 * registry. A loop cannot tell the compiler that `item.action` and the definition it picks
 * agree; the registry's keys guarantee it.
 */
export type AnyActionDefinition = ActionDefinition<Action, PlanItem, BatchPerson, BatchKindOf<Action>>;

/**
 * The definition of one action, widened for loops.
 *
 * @example
 * actionDefinition('renew').label // → 'Renew'
 */
export function actionDefinition(action: Action): AnyActionDefinition {
  return ACTION_REGISTRY[action] as unknown as AnyActionDefinition;
}

/** Every action in the evaluation order of SPEC §3: `activate → renew → lapse → drop → notify → collect`. */
export const ACTIONS: readonly Action[] = (Object.keys(ACTION_REGISTRY) as Action[]).sort((a, b) => ACTION_REGISTRY[a].position - ACTION_REGISTRY[b].position);

/** The actions of a run whose Actions cell is blank (SPEC §4: `renew, notify, drop`), in evaluation order. */
export const DEFAULT_ACTIONS: readonly Action[] = ACTIONS.filter((a) => ACTION_REGISTRY[a].inDefaultRun);

/**
 * The action definitions in evaluation order, widened for loops.
 *
 * @example
 * actionsInOrder().map((d) => d.action) // → ['activate', 'renew', 'lapse', 'drop', 'notify', 'collect']
 */
export function actionsInOrder(): AnyActionDefinition[] {
  return ACTIONS.map(actionDefinition);
}
