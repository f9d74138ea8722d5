import { parseTextCell } from '../cells/parseTextCell';
import { requiredColumn, type SheetColumns, type SheetSpec } from './columnSpec';

/** The optional Mapping sheet: which product a renewal moves to between seasons (SPEC §3.3). */
export const mappingSheet = {
  name: 'Mapping',
  required: false,
  columns: {
    fromProduct: requiredColumn('From Product', parseTextCell),
    fromSeason: requiredColumn('From Season', parseTextCell),
    toProduct: requiredColumn('To Product', parseTextCell),
    toSeason: requiredColumn('To Season', parseTextCell),
  },
} satisfies SheetSpec<SheetColumns>;
