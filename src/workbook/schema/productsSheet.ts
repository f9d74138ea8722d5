import { integerCellParser } from '../cells/parseIntegerCell';
import { parseNonNegativeNumberCell } from '../cells/parseNumberCell';
import { parseTextCell } from '../cells/parseTextCell';
import { parseCurrencyCell } from '../cells/parseCurrencyCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from './columnSpec';

/** The Products sheet: the price list (SPEC §2). */
export const productsSheet = {
  name: 'Products',
  required: true,
  columns: {
    product: requiredColumn('Product', parseTextCell),
    price: requiredColumn('Price', parseNonNegativeNumberCell),
    termMonths: optionalColumn('Term Months', integerCellParser({ min: 1, max: 120 }), { whenBlank: 12 }),
    currency: optionalColumn('Currency', parseCurrencyCell, { whenBlank: 'USD' }),
  },
} satisfies SheetSpec<SheetColumns>;
