/**
 * Builders for engine tests: a record with sensible defaults, overridden field by field.
 * Test-only (imported from *.test.ts files), so examples stay short and every test states
 * just the fields it is about.
 */
import { isoDate } from '../dates/isoDate';
import type { LocalDate } from '../dates/localDate';
import type { WorkbookRecords } from '../gather/workbookRecords';
import type { Application, Invoice, MappingRow, Member, Product, Season } from '../model/records';
import type { RunDefinition } from '../model/run';
import { DEFAULT_SETTINGS } from '../model/settings';

let nextRow = 2;
const row = () => nextRow++;

/** A date from ISO text, or `null`, for terse overrides. */
export const d = (iso: string): LocalDate => isoDate(iso);

export function makeMember(over: Partial<Member> = {}): Member {
  const memberId = over.memberId ?? `M${row()}`;
  return {
    row: row(),
    memberId,
    membershipId: over.membershipId ?? memberId,
    name: 'Ada Lovelace',
    email: 'ada@example.org',
    memberType: 'Regular',
    status: 'Active',
    product: 'Annual',
    startDate: d('2025-01-01'),
    endDate: d('2025-12-31'),
    autoPay: false,
    cardExpiry: null,
    renewedThrough: null,
    terminationDate: null,
    iban: null,
    bic: null,
    mandateId: null,
    mandateDate: null,
    lastMandateCollected: null,
    routingNumber: null,
    accountNumber: null,
    accountType: 'Checking',
    ...over,
  };
}

export function makeProduct(over: Partial<Product> = {}): Product {
  return { row: row(), product: 'Annual', price: 120, termMonths: 12, currency: 'USD', ...over };
}

export function makeSeason(over: Partial<Season> & Pick<Season, 'season' | 'startDate' | 'endDate'>): Season {
  return { row: row(), ...over };
}

export function makeMapping(over: Partial<MappingRow> & Pick<MappingRow, 'fromProduct' | 'fromSeason' | 'toProduct' | 'toSeason'>): MappingRow {
  return { row: row(), ...over };
}

export function makeInvoice(over: Partial<Invoice> = {}): Invoice {
  return {
    row: row(),
    invoiceId: over.invoiceId ?? `INV-${String(row()).padStart(6, '0')}`,
    membershipId: 'M1',
    memberId: null,
    runId: null,
    billDate: null,
    dueDate: d('2026-01-01'),
    termStart: d('2026-01-01'),
    termEnd: d('2026-12-31'),
    product: 'Annual',
    amount: 120,
    balance: 120,
    status: 'Open',
    noticesSent: 0,
    lastNoticeDate: null,
    attempts: 0,
    lastAttemptDate: null,
    lastAttemptStatus: null,
    lastAttemptReason: null,
    lastAttemptReference: null,
    lastAttemptAccount: null,
    collectionDate: null,
    currency: null,
    ...over,
  };
}

export function makeApplication(over: Partial<Application> = {}): Application {
  return {
    row: row(),
    applicationId: over.applicationId ?? `APP-${row()}`,
    memberId: 'N1',
    name: 'Grace Hopper',
    email: 'grace@example.org',
    memberType: 'Regular',
    product: 'Annual',
    status: 'Approved',
    requestedStart: null,
    ...over,
  };
}

export function makeRun(over: Partial<RunDefinition> = {}): RunDefinition {
  return {
    row: row(),
    id: 'NIGHTLY',
    idDerived: false,
    name: 'Nightly',
    actions: ['renew', 'notify', 'drop'],
    mode: 'rolling',
    leadDays: null,
    expiringBy: null,
    expiryWindowDays: null,
    effectiveDate: null,
    noticeIntervalDays: null,
    maxNotices: null,
    dropAfterDays: null,
    collectThrough: null,
    memberTypes: [],
    autoPay: 'all',
    useMapping: null,
    schedule: null,
    time: null,
    preProcessingLeadDays: 0,
    templateSet: 'Default',
    approval: 'required',
    paymentFile: null,
    alignTo: null,
    proration: 'monthly',
    billActivations: false,
    status: 'Draft',
    lastAsOf: null,
    lastExecutedAt: null,
    ...over,
  };
}

export function makeRecords(over: Partial<WorkbookRecords> = {}): WorkbookRecords {
  return {
    members: [],
    products: [makeProduct()],
    seasons: [],
    mapping: [],
    invoices: [],
    applications: [],
    settings: { ...DEFAULT_SETTINGS },
    ...over,
  };
}
