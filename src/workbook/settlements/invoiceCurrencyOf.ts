import { nameKey } from '../../engine/gather/nameKey';
import { invoiceCurrency } from '../../engine/money/currencyOf';
import type { Invoice, Product } from '../../engine/model/records';

/**
 * The `currencyOf` both reconciles take (SPEC §11): an invoice's Currency cell, else its
 * product's currency, `null` when the product is not on the Products sheet. The products are
 * indexed once, not searched per row.
 *
 * @example
 * invoiceCurrencyOf(products)({ currency: null, product: 'Annual EU', … }) // → 'EUR'
 * invoiceCurrencyOf(products)({ currency: 'USD', product: 'Annual EU', … }) // → 'USD'
 */
export function invoiceCurrencyOf(products: readonly Product[]): (invoice: Invoice) => string | null {
  const productsByKey = new Map(products.map((p) => [nameKey(p.product), p]));
  return (invoice) => invoiceCurrency(invoice, productsByKey);
}
