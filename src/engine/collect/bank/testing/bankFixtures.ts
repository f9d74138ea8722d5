/**
 * Test-only fixtures for direct-debit tests (imported from *.test.ts files): Settings with a
 * valid SEPA creditor and NACHA originator, members with valid bank details, and `planBank`,
 * which plans a collect run with a Payment File as of {@link D}.
 */
import type { Invoice, Member, Product } from '../../../model/records';
import type { PaymentFileFormat, RunDefinition } from '../../../model/run';
import { DEFAULT_SETTINGS, type Settings } from '../../../model/settings';
import { NO_PROPOSALS, createRunContext } from '../../../plan/runContext';
import { addDays } from '../../../dates/localDate';
import { d, makeInvoice, makeMember, makeProduct, makeRecords, makeRun } from '../../../testing/recordBuilders';
import { planCollections } from '../../planCollections';

export const D = d('2026-11-21');

export const BANK_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  creditorName: 'Chess Club e.V.',
  creditorIban: 'DE89370400440532013000',
  creditorBic: 'COBADEFFXXX',
  creditorId: 'DE98ZZZ09999999999',
  achImmediateDestination: '011000015',
  achDestinationName: 'FED RESERVE BANK',
  achImmediateOrigin: '1234567890',
  achOriginName: 'CHESS CLUB',
  achCompanyName: 'CHESS CLUB',
  achCompanyId: '1234567890',
  achOdfi: '01100001',
};

export const SEPA_DETAILS: Partial<Member> = { iban: 'DE89370400440532013000', mandateId: 'MD-1', mandateDate: d('2026-01-15') };
export const NACHA_DETAILS: Partial<Member> = { routingNumber: '011000015', accountNumber: '123456789' };

/** The AutoPay member `A` with the bank details of `format`. */
export function bankMember(format: PaymentFileFormat, over: Partial<Member> = {}): Member {
  return makeMember({ memberId: 'A', membershipId: 'A', autoPay: true, ...(format === 'sepa' ? SEPA_DETAILS : NACHA_DETAILS), ...over });
}

/** Invoice `INV-000001` of member `A`, due D + 20 (no advance-notice warning with the defaults). */
export function bankInvoice(over: Partial<Invoice> = {}): Invoice {
  return makeInvoice({ invoiceId: 'INV-000001', membershipId: 'A', dueDate: addDays(D, 20), ...over });
}

export function bankRun(format: PaymentFileFormat | null, over: Partial<RunDefinition> = {}): RunDefinition {
  return makeRun({ id: 'DD', actions: ['collect'], paymentFile: format, collectThrough: addDays(D, 30), ...over });
}

export interface PlanBankOptions {
  member?: Partial<Member>;
  invoice?: Partial<Invoice>;
  settings?: Partial<Settings>;
  product?: Partial<Product>;
}

/** Plans the collect run of `format` on one member and invoice. */
export function planBank(format: PaymentFileFormat, options: PlanBankOptions = {}) {
  const records = makeRecords({
    members: [bankMember(format, options.member)],
    invoices: [bankInvoice(options.invoice)],
    products: [makeProduct({ currency: format === 'sepa' ? 'EUR' : 'USD', ...options.product })],
    settings: { ...BANK_SETTINGS, ...options.settings },
  });
  return planCollections(createRunContext(records, bankRun(format), D), NO_PROPOSALS);
}

/** The one item's status and reason. */
export function outcomeOf(items: ReturnType<typeof planBank>) {
  expectOne(items);
  return { status: items[0].status, reason: items[0].reason };
}

function expectOne(items: readonly unknown[]): void {
  if (items.length !== 1) throw new Error(`expected one collect item, got ${items.length}`);
}
