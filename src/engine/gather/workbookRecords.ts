import type { Application, Invoice, MappingRow, Member, Product, Season } from '../model/records';
import type { Settings } from '../model/settings';

/** Every typed record a run can read, after input errors were taken out (SPEC §2). */
export interface WorkbookRecords {
  members: Member[];
  products: Product[];
  seasons: Season[];
  mapping: MappingRow[];
  invoices: Invoice[];
  applications: Application[];
  settings: Settings;
}
