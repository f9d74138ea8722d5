import type { Action } from '../actions/actionRegistry';
import { type BaseItem, createItem, type PlanItem } from '../model/planItem';

/** Any fields of an item, for tests that need an item in a state the planners never build. */
export type LooseItemFields = Partial<BaseItem> & { key: string; action: Action; status: BaseItem['status'] };

/**
 * Test-only: an item built from any fields, unchecked against its action's item type. Tests use
 * it for the plumbing (statistics, exclusions, dependencies) where the action's own fields do
 * not matter; planners build real items with `createItem`.
 *
 * @example
 * makeItem({ key: 'renew:A', action: 'renew', status: 'ready', amount: 120 })
 */
export function makeItem(fields: LooseItemFields): PlanItem {
  return createItem<BaseItem>(fields as BaseItem) as PlanItem;
}
