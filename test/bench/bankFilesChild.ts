/**
 * One workload of the bank files benchmark (SPEC §10, issue 14), in a process of its own so peak
 * memory belongs to it: `node bankFilesChild.js WORKLOAD N`. The inputs are built first (not
 * timed), then only the call under test is timed. Workloads:
 * - `sepa`: `pain008Xml` of N debits; `sepa-floor`: the same elements written by a throwaway
 *   template-literal writer (grouping and amounts in cents, escaping, no transliteration);
 * - `nacha`: `nachaFileText` of N debits; `nacha-floor`: the same records by padEnd/padStart;
 * - `camt`: `readBankFile` of a camt.054.001.02 notification of N credits (one entry each, written
 *   here with string templates, the shape `camt054Xml` of test/fixtures writes);
 *   `camt-floor`: decoding the same bytes and a bare saxes parse that only counts elements;
 * - `reconcile`: `planBankReconcile` of N booked credits against N open invoices and memberships.
 * Prints one `BENCH {…}` line: ms, output size, peak RSS, and the peak before the timed call.
 */
import { SaxesParser } from 'saxes';
import { formatIsoDate, isoDate } from '../../src/engine/dates/isoDate';
import type { LocalDate } from '../../src/engine/dates/localDate';
import type { Invoice, Member } from '../../src/engine/model/records';
import type { BankSettlement, PostedCollection } from '../../src/engine/reconcile/bank/bankSettlement';
import { planBankReconcile } from '../../src/engine/reconcile/bank/planBankReconcile';
import { makeInvoice, makeMember } from '../../src/engine/testing/recordBuilders';
import { nachaFileText, type NachaDebit, type NachaFile } from '../../src/workbook/bankfiles/nacha/nachaFile';
import { readBankFile } from '../../src/workbook/bankfiles/returns/readBankFile';
import { pain008Xml, type SepaDebit, type SepaMessage } from '../../src/workbook/bankfiles/sepa/sepaDirectDebit';
import { peakRssMb, report, timed } from './measure';

const [workload, sizeArg] = process.argv.slice(2);
const n = Number(sizeArg);

const FIRST = ['Zoë', 'Jürgen', 'Ann', 'Łukasz', 'Ærø', 'François', 'José', 'Søren', 'Ines', 'Björn', 'Chloé', 'Mary'];
const LAST = ['Ñúñez', 'Groß', 'Lee', 'Wałęsa', 'Skøbing', 'Dupré', 'García', 'Kierkegaard', 'Müller', 'O’Brien & Sons', 'Éluard', 'Smith'];
const name = (i: number): string => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
/** Amounts with cents, 5.00 to 504.99. */
const amount = (i: number): number => (500 + ((i * 7919) % 50_000)) / 100;
const invoiceId = (i: number): string => `INV-${String(i + 1).padStart(7, '0')}`;
const DATES = [isoDate('2026-12-02'), isoDate('2026-12-09')];
const IBANS = ['NL91ABNA0417164300', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'AT611904300234573201', 'BE68539007547034'];
const BICS = ['ABNANL2A', 'COBADEFFXXX', null, 'BKAUATWW', 'GEBABEBB'];

function sepaMessage(): SepaMessage {
  const debits = Array.from({ length: n }, (_, i): SepaDebit => ({
    endToEndId: `${invoiceId(i)}-1`,
    amount: amount(i),
    mandateId: `MANDATE-${i + 1}`,
    mandateDate: isoDate('2024-03-15'),
    sequenceType: i % 7 === 0 ? 'FRST' : 'RCUR',
    collectionDate: DATES[i % 2],
    debtorName: name(i),
    iban: IBANS[i % IBANS.length],
    bic: BICS[(i * 3) % BICS.length],
    remittance: `${invoiceId(i)} Annual 2026-12-11 to 2027-12-10`,
  }));
  return {
    msgId: 'NIGHTLY 2026-11-30 1',
    createdAt: '2026-11-30T17:05:00',
    initiatingParty: 'Golfclub Grün-Weiß e.V.',
    creditor: { name: 'Golfclub Grün-Weiß e.V.', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX', creditorId: 'DE98ZZZ09999999999', scheme: 'CORE' },
    batchKey: 'NIGHTLY 2026-11-30',
    debits,
  };
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cents = (value: number): string => {
  const c = Math.round(value * 100);
  return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
};

/** The floor of pain008Xml: the same elements, indented the same way, by template literals. */
function sepaFloor(message: SepaMessage): string {
  const groups = new Map<string, SepaDebit[]>();
  for (const debit of message.debits) {
    const key = `${debit.collectionDate} ${debit.sequenceType}`;
    const group = groups.get(key);
    if (group) group.push(debit);
    else groups.set(key, [debit]);
  }
  const sum = (debits: SepaDebit[]): string => cents(debits.reduce((total, debit) => total + Math.round(debit.amount * 100), 0) / 100);
  const c = message.creditor;
  let xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02">\n  <CstmrDrctDbtInitn>\n    <GrpHdr>\n      <MsgId>${message.msgId}</MsgId>\n      <CreDtTm>${message.createdAt}</CreDtTm>\n      <NbOfTxs>${message.debits.length}</NbOfTxs>\n      <CtrlSum>${sum(message.debits)}</CtrlSum>\n      <InitgPty>\n        <Nm>${escapeXml(message.initiatingParty)}</Nm>\n      </InitgPty>\n    </GrpHdr>\n`;
  for (const [key, debits] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const [date, sequence] = key.split(' ');
    const collectionDate = formatIsoDate(Number(date) as LocalDate);
    xml += `    <PmtInf>\n      <PmtInfId>${message.batchKey} ${collectionDate} ${sequence}</PmtInfId>\n      <PmtMtd>DD</PmtMtd>\n      <BtchBookg>true</BtchBookg>\n      <NbOfTxs>${debits.length}</NbOfTxs>\n      <CtrlSum>${sum(debits)}</CtrlSum>\n      <PmtTpInf>\n        <SvcLvl>\n          <Cd>SEPA</Cd>\n        </SvcLvl>\n        <LclInstrm>\n          <Cd>${c.scheme}</Cd>\n        </LclInstrm>\n        <SeqTp>${sequence}</SeqTp>\n      </PmtTpInf>\n      <ReqdColltnDt>${collectionDate}</ReqdColltnDt>\n      <Cdtr>\n        <Nm>${escapeXml(c.name)}</Nm>\n      </Cdtr>\n      <CdtrAcct>\n        <Id>\n          <IBAN>${c.iban.replace(/\s/g, '')}</IBAN>\n        </Id>\n      </CdtrAcct>\n      <CdtrAgt>\n        <FinInstnId>\n          <BIC>${c.bic ?? ''}</BIC>\n        </FinInstnId>\n      </CdtrAgt>\n      <ChrgBr>SLEV</ChrgBr>\n      <CdtrSchmeId>\n        <Id>\n          <PrvtId>\n            <Othr>\n              <Id>${c.creditorId}</Id>\n              <SchmeNm>\n                <Prtry>SEPA</Prtry>\n              </SchmeNm>\n            </Othr>\n          </PrvtId>\n        </Id>\n      </CdtrSchmeId>\n`;
    for (const d of debits) {
      const agent = d.bic === null ? `<Othr>\n              <Id>NOTPROVIDED</Id>\n            </Othr>` : `<BIC>${d.bic}</BIC>`;
      xml += `      <DrctDbtTxInf>\n        <PmtId>\n          <EndToEndId>${d.endToEndId}</EndToEndId>\n        </PmtId>\n        <InstdAmt Ccy="EUR">${cents(d.amount)}</InstdAmt>\n        <DrctDbtTx>\n          <MndtRltdInf>\n            <MndtId>${d.mandateId}</MndtId>\n            <DtOfSgntr>${formatIsoDate(d.mandateDate)}</DtOfSgntr>\n          </MndtRltdInf>\n        </DrctDbtTx>\n        <DbtrAgt>\n          <FinInstnId>\n            ${agent}\n          </FinInstnId>\n        </DbtrAgt>\n        <Dbtr>\n          <Nm>${escapeXml(d.debtorName)}</Nm>\n        </Dbtr>\n        <DbtrAcct>\n          <Id>\n            <IBAN>${d.iban}</IBAN>\n          </Id>\n        </DbtrAcct>\n        <RmtInf>\n          <Ustrd>${escapeXml(d.remittance)}</Ustrd>\n        </RmtInf>\n      </DrctDbtTxInf>\n`;
    }
    xml += `    </PmtInf>\n`;
  }
  return `${xml}  </CstmrDrctDbtInitn>\n</Document>`;
}

const ODFI = '12104288';

function nachaFile(): NachaFile {
  const debits = Array.from({ length: n }, (_, i): NachaDebit => ({
    routingNumber: ['231380104', '021000021', '011000015'][i % 3],
    accountNumber: String(100_000_000 + i * 13),
    accountType: i % 5 === 0 ? 'Savings' : 'Checking',
    amount: amount(i),
    individualId: invoiceId(i),
    name: name(i),
    traceNumber: `${ODFI}${String(i + 1).padStart(7, '0')}`,
    effectiveDate: DATES[i % 2],
  }));
  const originator = {
    immediateDestination: '031300012',
    destinationName: 'Federal Reserve Bank',
    immediateOrigin: '123456789',
    originName: 'Acme Club',
    companyName: 'Acme Club',
    companyId: '1123456789',
    odfi: ODFI,
    entryDescription: 'MEMBERSHIP',
  };
  return { createdOn: isoDate('2026-11-30'), createdAt: '0915', fileIdModifier: 'A', originator, debits };
}

const yymmdd = (date: LocalDate): string => formatIsoDate(date).slice(2).replace(/-/g, '');

/** The floor of nachaFileText: the same records, field by field with padEnd/padStart, one batch per date. */
function nachaFloor(file: NachaFile): string {
  const o = file.originator;
  const lines = [
    `101 ${o.immediateDestination}${o.immediateOrigin.padStart(10)}${yymmdd(file.createdOn)}${file.createdAt}${file.fileIdModifier}094101${o.destinationName.toUpperCase().padEnd(23)}${o.originName.toUpperCase().padEnd(23)}${''.padEnd(8)}`,
  ];
  const batches = new Map<LocalDate, NachaDebit[]>();
  for (const debit of file.debits) {
    const batch = batches.get(debit.effectiveDate);
    if (batch) batch.push(debit);
    else batches.set(debit.effectiveDate, [debit]);
  }
  let batchNumber = 0;
  let fileHash = 0;
  let fileCents = 0;
  for (const [date, debits] of [...batches].sort(([a], [b]) => a - b)) {
    batchNumber++;
    const number = String(batchNumber).padStart(7, '0');
    lines.push(
      `5225${o.companyName.toUpperCase().padEnd(16)}${''.padEnd(20)}${o.companyId}PPD${o.entryDescription.padEnd(10)}${''.padEnd(6)}${yymmdd(date)}${''.padEnd(3)}1${o.odfi}${number}`,
    );
    let hash = 0;
    let total = 0;
    for (const d of debits) {
      const c = Math.round(d.amount * 100);
      hash += Number(d.routingNumber.slice(0, 8));
      total += c;
      lines.push(
        `6${d.accountType === 'Checking' ? '27' : '37'}${d.routingNumber}${d.accountNumber.padEnd(17)}${String(c).padStart(10, '0')}${d.individualId.padEnd(15)}${d.name.toUpperCase().slice(0, 22).padEnd(22)}  0${d.traceNumber}`,
      );
    }
    const hashText = String(hash).slice(-10).padStart(10, '0');
    lines.push(
      `8225${String(debits.length).padStart(6, '0')}${hashText}${String(total).padStart(12, '0')}${''.padStart(12, '0')}${o.companyId}${''.padEnd(25)}${o.odfi}${number}`,
    );
    fileHash += hash;
    fileCents += total;
  }
  const blocks = Math.ceil((lines.length + 1) / 10);
  lines.push(
    `9${String(batchNumber).padStart(6, '0')}${String(blocks).padStart(6, '0')}${String(file.debits.length).padStart(8, '0')}${String(fileHash).slice(-10).padStart(10, '0')}${String(fileCents).padStart(12, '0')}${''.padStart(12, '0')}${''.padEnd(39)}`,
  );
  while (lines.length < blocks * 10) lines.push('9'.repeat(94));
  return lines.map((line) => `${line}\r\n`).join('');
}

/** A camt.054.001.02 notification of N booked SEPA collection credits, one Ntry with one TxDtls each, as camt054Xml writes them. */
function camtBytes(): Uint8Array {
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">\n  <BkToCstmrDbtCdtNtfctn>\n    <GrpHdr>\n      <MsgId>NTFCTN-1</MsgId>\n      <CreDtTm>2026-12-03T08:00:00</CreDtTm>\n    </GrpHdr>\n    <Ntfctn>\n      <Id>NTFCTN-1-1</Id>\n      <CreDtTm>2026-12-03T08:00:00</CreDtTm>\n      <Acct>\n        <Id>\n          <IBAN>DE89370400440532013000</IBAN>\n        </Id>\n      </Acct>\n`,
  ];
  for (let i = 0; i < n; i++) {
    const money = amount(i).toFixed(2);
    const booked = formatIsoDate(DATES[i % 2]);
    parts.push(
      `      <Ntry>\n        <NtryRef>NTRY-${i + 1}</NtryRef>\n        <Amt Ccy="EUR">${money}</Amt>\n        <CdtDbtInd>CRDT</CdtDbtInd>\n        <Sts>BOOK</Sts>\n        <BookgDt>\n          <Dt>${booked}</Dt>\n        </BookgDt>\n        <AcctSvcrRef>BK-${i + 1}</AcctSvcrRef>\n        <BkTxCd>\n          <Domn>\n            <Cd>PMNT</Cd>\n            <Fmly>\n              <Cd>IDDT</Cd>\n              <SubFmlyCd>ESDD</SubFmlyCd>\n            </Fmly>\n          </Domn>\n        </BkTxCd>\n        <NtryDtls>\n          <TxDtls>\n            <Refs>\n              <AcctSvcrRef>TX-${i + 1}</AcctSvcrRef>\n              <EndToEndId>${invoiceId(i)}-1</EndToEndId>\n              <MndtId>MANDATE-${i + 1}</MndtId>\n            </Refs>\n            <AmtDtls>\n              <TxAmt>\n                <Amt Ccy="EUR">${money}</Amt>\n              </TxAmt>\n            </AmtDtls>\n          </TxDtls>\n        </NtryDtls>\n      </Ntry>\n`,
    );
  }
  parts.push(`    </Ntfctn>\n  </BkToCstmrDbtCdtNtfctn>\n</Document>`);
  return new TextEncoder().encode(parts.join(''));
}

/** The floor of readBankFile: decode the bytes and let saxes (the parser the reader uses) count the elements. */
function camtFloor(bytes: Uint8Array): number {
  const parser = new SaxesParser();
  let elements = 0;
  parser.on('opentag', () => elements++);
  parser.write(new TextDecoder().decode(bytes)).close();
  return elements;
}

/** N open invoices in flight (first attempt submitted), their memberships and the N credits that pay them. */
function reconcileInputs() {
  const invoices: Invoice[] = [];
  const members: Member[] = [];
  const entries: BankSettlement[] = [];
  const collections: PostedCollection[] = [];
  for (let i = 0; i < n; i++) {
    const id = invoiceId(i);
    const membershipId = `M${i + 1}`;
    const value = amount(i);
    const date = DATES[i % 2];
    members.push(makeMember({ row: i + 2, memberId: membershipId, membershipId, name: name(i), status: 'Expired', endDate: isoDate('2026-11-30') }));
    invoices.push(
      makeInvoice({
        row: i + 2,
        invoiceId: id,
        membershipId,
        memberId: membershipId,
        termStart: isoDate('2026-12-01'),
        termEnd: isoDate('2027-11-30'),
        amount: value,
        balance: value,
        attempts: 1,
        lastAttemptDate: isoDate('2026-11-30'),
        lastAttemptStatus: 'Submitted',
        lastAttemptReference: `${id}-1`,
        collectionDate: date,
      }),
    );
    const pmtInfId = `NIGHTLY 2026-11-30 ${formatIsoDate(date)} ${i % 7 === 0 ? 'FRST' : 'RCUR'}`;
    collections.push({
      invoiceId: id,
      reference: `${id}-1`,
      amount: value,
      pmtInfId,
      sequenceType: i % 7 === 0 ? 'FRST' : 'RCUR',
      mandateId: `MANDATE-${i + 1}`,
    });
    entries.push({
      position: i + 1,
      booked: true,
      reference: `TX-${i + 1}`,
      processedAt: formatIsoDate(date),
      processedDate: date,
      amount: value,
      currency: 'EUR',
      kind: 'credit',
      reversal: false,
      attemptReference: `${id}-1`,
      invoiceId: id,
      pmtInfId: null,
      batchCount: null,
      returnCode: null,
      returnText: null,
    });
  }
  const collectionsByReference = new Map(collections.map((c) => [c.reference, c]));
  const collectionsByPmtInfId = new Map<string, PostedCollection[]>();
  for (const c of collections) collectionsByPmtInfId.set(c.pmtInfId!, [...(collectionsByPmtInfId.get(c.pmtInfId!) ?? []), c]);
  return { invoices, members, entries, collectionsByReference, collectionsByPmtInfId };
}

const mb = (chars: number): number => Math.round(chars / 1e5) / 10;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function main(): void {
  if (workload === 'sepa' || workload === 'sepa-floor') {
    const message = sepaMessage();
    gc();
    const inputPeakMb = peakRssMb();
    const run = timed(() => (workload === 'sepa' ? pain008Xml(message) : sepaFloor(message)));
    report({ workload, n, ms: run.ms, outMb: mb(Buffer.byteLength(run.value)), peakRssMb: peakRssMb(), inputPeakMb });
  } else if (workload === 'nacha' || workload === 'nacha-floor') {
    const file = nachaFile();
    gc();
    const inputPeakMb = peakRssMb();
    const run = timed(() => (workload === 'nacha' ? nachaFileText(file) : nachaFloor(file)));
    report({ workload, n, ms: run.ms, outMb: mb(run.value.length), lines: run.value.split('\r\n').length - 1, peakRssMb: peakRssMb(), inputPeakMb });
  } else if (workload === 'camt' || workload === 'camt-floor') {
    const bytes = camtBytes();
    gc();
    const inputPeakMb = peakRssMb();
    if (workload === 'camt') {
      const run = timed(() => readBankFile(bytes));
      const read = run.value;
      if (read.kind !== 'bank' || read.transactions.length !== n || read.transactions.some((t) => t.kind !== 'credit' || t.endToEndId === null)) {
        throw new Error(`camt: expected ${n} credits, read ${read.kind === 'bank' ? read.transactions.length : read.kind}`);
      }
      report({ workload, n, ms: run.ms, inMb: mb(bytes.length), transactions: read.transactions.length, peakRssMb: peakRssMb(), inputPeakMb });
    } else {
      const run = timed(() => camtFloor(bytes));
      report({ workload, n, ms: run.ms, inMb: mb(bytes.length), elements: run.value, peakRssMb: peakRssMb(), inputPeakMb });
    }
  } else if (workload === 'reconcile') {
    const inputs = reconcileInputs();
    gc();
    const inputPeakMb = peakRssMb();
    const run = timed(() =>
      planBankReconcile({
        entries: inputs.entries,
        records: { invoices: inputs.invoices, members: inputs.members },
        payments: [],
        collectionsByReference: inputs.collectionsByReference,
        collectionsByPmtInfId: inputs.collectionsByPmtInfId,
        currencyOf: () => 'EUR',
        settings: { reconcileTimeoutDays: 10 },
        asOf: isoDate('2026-12-10'),
      }),
    );
    const paid = run.value.items.filter((item) => item.status === 'ready' && item.reason?.code === 'PAID_IN_FULL').length;
    if (paid !== n) throw new Error(`reconcile: expected ${n} invoices paid in full, got ${paid}`);
    report({ workload, n, ms: run.ms, items: run.value.items.length, paid, peakRssMb: peakRssMb(), inputPeakMb });
  } else throw new Error(`bankFilesChild: unknown workload '${workload}'`);
}

main();
