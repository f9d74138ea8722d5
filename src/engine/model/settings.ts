/** How ambiguous text dates like `03/04/2026` are read (SPEC §2 Settings `Date Order`). */
export type DateOrder = 'YMD' | 'DMY' | 'MDY';

/** The paper a document is laid out on (the `Paper Size` setting). */
export type PaperSize = 'A4' | 'Letter';

/** How the SMTP connection is secured (SPEC §9 `SMTP Security`). */
export type SmtpSecurity = 'starttls' | 'tls' | 'none';

/** The Settings sheet, with SPEC §2 and §9 defaults filled in; a text setting left blank is `null`. */
export interface Settings {
  timeZone: string;
  dateOrder: DateOrder;
  invoicePrefix: string;
  droppedStatus: string;
  nonMemberType: string;
  maxPaymentRetries: number;
  reconcileTimeoutDays: number;
  /** BCP 47 tag, canonical spelling (`en-GB`): how messages write dates and amounts (SPEC §9). */
  locale: string;
  paperSize: PaperSize;
  organisationName: string | null;
  /** Multi-line: one printed line per line of the cell. */
  organisationAddress: string | null;
  /** Printed on the invoice; may hold `{{Field}}` merge fields. */
  paymentInstructions: string | null;
  smtpHost: string | null;
  smtpPort: number;
  smtpSecurity: SmtpSecurity;
  smtpUser: string | null;
  fromAddress: string | null;
  fromName: string | null;
  replyTo: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  timeZone: 'UTC',
  dateOrder: 'YMD',
  invoicePrefix: 'INV-',
  droppedStatus: 'Dropped',
  nonMemberType: 'Non-Member',
  maxPaymentRetries: 3,
  reconcileTimeoutDays: 5,
  locale: 'en-US',
  paperSize: 'A4',
  organisationName: null,
  organisationAddress: null,
  paymentInstructions: null,
  smtpHost: null,
  smtpPort: 587,
  smtpSecurity: 'starttls',
  smtpUser: null,
  fromAddress: null,
  fromName: null,
  replyTo: null,
};
