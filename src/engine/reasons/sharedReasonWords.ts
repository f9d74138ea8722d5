import type { ReasonWords } from '../model/reason';
import { detailText, inParens, withValue } from './reasonWordParts';

/**
 * Words of the reason codes that belong to no one action: a product missing from Products
 * (renew and activate), a payment in flight (drop and collect), a staff exclusion (any).
 *
 * @example
 * SHARED_REASON_WORDS.PAYMENT_IN_PROGRESS({ invoiceId: 'INV-000012' }) // → 'payment in progress (invoice INV-000012)'
 */
export const SHARED_REASON_WORDS = {
  PRODUCT_NOT_FOUND: (d) => withValue('product not in the Products sheet', detailText(d.product), ': '),
  PAYMENT_IN_PROGRESS: (d) => withValue('payment in progress', inParens('invoice', detailText(d.invoiceId)), ' '),
  EXCLUDED_BY_STAFF: () => 'excluded by staff',
} satisfies ReasonWords<'PRODUCT_NOT_FOUND' | 'PAYMENT_IN_PROGRESS' | 'EXCLUDED_BY_STAFF'>;
