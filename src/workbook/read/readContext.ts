import type { DateOrder } from '../../engine/model/settings';

/** What every sheet's cells are read with: the workbook's date system and the Date Order setting. */
export interface ReadContext {
  date1904: boolean;
  dateOrder: DateOrder;
}
