import { nameKey } from '../gather/nameKey';
import type { Invoice, Product } from '../model/records';

/**
 * The currency of a product (SPEC §2 Products: `USD` when its cell is blank); `null` when the
 * product is not on the Products sheet.
 *
 * @example
 * productCurrency('Annual EU', productsByKey) // → 'EUR'
 */
export function productCurrency(product: string | null, productsByKey: ReadonlyMap<string, Product>): string | null {
  if (product === null) return null;
  return productsByKey.get(nameKey(product))?.currency ?? null;
}

/**
 * The currency of an invoice (SPEC §11): its `Currency` cell, written at post; "a blank Currency
 * on an older invoice means its product's currency".
 *
 * @example
 * invoiceCurrency({ currency: null, product: 'Annual EU', … }, productsByKey) // → 'EUR'
 * invoiceCurrency({ currency: 'USD', product: 'Annual EU', … }, productsByKey) // → 'USD'
 */
export function invoiceCurrency(invoice: Pick<Invoice, 'currency' | 'product'>, productsByKey: ReadonlyMap<string, Product>): string | null {
  return invoice.currency ?? productCurrency(invoice.product, productsByKey);
}
