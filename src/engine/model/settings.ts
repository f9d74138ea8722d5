/** How ambiguous text dates like `03/04/2026` are read (SPEC §2 Settings `Date Order`). */
export type DateOrder = 'YMD' | 'DMY' | 'MDY';

/** The Settings sheet, with SPEC §2 defaults filled in. */
export interface Settings {
  timeZone: string;
  dateOrder: DateOrder;
  invoicePrefix: string;
  droppedStatus: string;
  nonMemberType: string;
  maxPaymentRetries: number;
  reconcileTimeoutDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  timeZone: 'UTC',
  dateOrder: 'YMD',
  invoicePrefix: 'INV-',
  droppedStatus: 'Dropped',
  nonMemberType: 'Non-Member',
  maxPaymentRetries: 3,
  reconcileTimeoutDays: 5,
};
