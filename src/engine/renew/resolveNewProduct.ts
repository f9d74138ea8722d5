import type { LocalDate } from '../dates/localDate';
import { nameKey } from '../gather/nameKey';
import { mapProduct } from '../mapping/mapProduct';
import type { Reason } from '../model/reason';
import type { Member, Product } from '../model/records';
import type { RunContext } from '../plan/runContext';

/**
 * The product a renewal is billed for, or why it cannot be billed. `productName` is the name
 * that was looked up and not found (the To Product when mapped); `null` when mapping failed.
 */
export type NewProductResolution = { ok: true; product: Product } | { ok: false; reason: Reason; productName: string | null };

/**
 * The new product of a renewal (SPEC §3.1): the same Product, or, when the run uses the mapping
 * table, the To Product of §3.3 for the new term start. It must be a row of Products (matched
 * trimmed and case-insensitive), else `PRODUCT_NOT_FOUND` `{product}`. When mapping, only the
 * To Product has to exist: the current product may have been retired from the price list.
 *
 * @example
 * resolveNewProduct(ctx, member, isoDate('2026-01-01'))
 * // → { ok: true, product: { product: 'Annual', price: 120, termMonths: 12, … } }
 */
export function resolveNewProduct(ctx: RunContext, member: Member, termStart: LocalDate): NewProductResolution {
  let name = member.product;
  if (ctx.usesMapping) {
    const mapped = mapProduct(ctx.state, { product: member.product, startDate: member.startDate, newTermStart: termStart });
    if (!mapped.ok) return { ok: false, reason: mapped.reason, productName: null };
    name = mapped.toProduct;
  }
  const product = ctx.state.productsByKey.get(nameKey(name));
  if (!product) return { ok: false, reason: { code: 'PRODUCT_NOT_FOUND', detail: { product: name } }, productName: name };
  return { ok: true, product };
}
