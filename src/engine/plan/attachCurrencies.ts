import type { GatheredState } from '../gather/gatheredState';
import type { BaseItem } from '../model/planItem';
import type { Invoice } from '../model/records';
import { invoiceCurrency, productCurrency } from '../money/currencyOf';

/**
 * Sets each item's `currency` (SPEC §11: no total adds two currencies), in place, once the
 * actions have planned: an item on an existing invoice (a notice, a drop's cancelled invoice, a
 * collection) takes that invoice's currency; an item that bills (a renewal, a billed activation,
 * a first notice on a proposed invoice) takes its product's — the new product of a season
 * mapping. An item without an amount has none. Done here, in one place, so no action looks it up.
 *
 * @example
 * attachCurrencies(items, state);
 * items.find((i) => i.action === 'renew')?.currency // → 'EUR' (its product is priced in EUR)
 */
export function attachCurrencies(items: readonly BaseItem[], state: GatheredState): void {
  for (const item of items) {
    if (item.amount === null || item.currency !== null) continue;
    const invoice = invoiceOf(item, state);
    item.currency =
      invoice === undefined ? productCurrency(item.newProduct ?? item.product, state.productsByKey) : invoiceCurrency(invoice, state.productsByKey);
  }
}

function invoiceOf(item: BaseItem, state: GatheredState): Invoice | undefined {
  if (item.membershipId === null || (item.invoiceRow === null && item.invoiceId === null)) return undefined;
  const invoices = state.invoicesByMembership.get(item.membershipId);
  if (invoices === undefined) return undefined;
  return item.invoiceRow !== null ? invoices.find((i) => i.row === item.invoiceRow) : invoices.find((i) => i.invoiceId === item.invoiceId);
}
