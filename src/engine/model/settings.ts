import type { GraceStatus } from './records';

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
  /** The Status a lapse writes (SPEC §11 Grace): one of `GRACE_STATUSES`, default `Grace`. */
  graceStatus: GraceStatus;
  nonMemberType: string;
  maxPaymentRetries: number;
  reconcileTimeoutDays: number;
  /** SPEC §11 "Reinstatement": a dropped member who pays the cancelled invoice in full within this many days of the Termination Date is reinstated; 0 = off. */
  reinstateWithinDays: number;
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
  /** SPEC §10, both formats: the collection date is at least this many days after D. */
  collectionLeadDays: number;
  /** SEPA creditor (SPEC §10). Text as written; checked by the payment-file setup check. */
  creditorName: string | null;
  creditorIban: string | null;
  creditorBic: string | null;
  creditorId: string | null;
  /** `CORE` or `B2B` when valid; anything else is reported by the setup check. */
  sepaScheme: string;
  preNotificationDays: number;
  /** NACHA originator (SPEC §10). Text as written; checked by the payment-file setup check. */
  achImmediateDestination: string | null;
  achDestinationName: string | null;
  achImmediateOrigin: string | null;
  achOriginName: string | null;
  achCompanyName: string | null;
  achCompanyId: string | null;
  achOdfi: string | null;
  achEntryDescription: string;
}

export const DEFAULT_SETTINGS: Settings = {
  timeZone: 'UTC',
  dateOrder: 'YMD',
  invoicePrefix: 'INV-',
  droppedStatus: 'Dropped',
  graceStatus: 'Grace',
  nonMemberType: 'Non-Member',
  maxPaymentRetries: 3,
  reconcileTimeoutDays: 5,
  reinstateWithinDays: 0,
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
  collectionLeadDays: 2,
  creditorName: null,
  creditorIban: null,
  creditorBic: null,
  creditorId: null,
  sepaScheme: 'CORE',
  preNotificationDays: 14,
  achImmediateDestination: null,
  achDestinationName: null,
  achImmediateOrigin: null,
  achOriginName: null,
  achCompanyName: null,
  achCompanyId: null,
  achOdfi: null,
  achEntryDescription: 'MEMBERSHIP',
};
