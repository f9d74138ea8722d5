import { create } from 'xmlbuilder2';
import { isoDate } from '../../../engine/dates/isoDate';
import { requireShared, SCHEMAS } from '../../../../test/shared/sharedMaterial';
import { validateAgainst } from '../../../../test/shared/validateXml';
import { paymentInformationId } from './paymentInformationId';
import { PAIN_008_NAMESPACE, pain008Xml, SepaMessage } from './sepaDirectDebit';
import { isSepaIdentifier } from '../../../engine/bank/sepaText';
import { CREDITOR, mixedMessage, sepaDebit, sepaMessage } from './testing/sepaSamples';

/** The document element of `xml`, parsed back. */
function parse(xml: string): Element {
  return create(xml).root().node as unknown as Element;
}

/** Every element named `name` below `element`, in document order. */
function all(element: Element, name: string): Element[] {
  return Array.from(element.getElementsByTagName(name));
}

/** The text of the direct child `name` of `element` (a path like `PmtTpInf/SeqTp` goes down). */
function text(element: Element, path: string): string | null {
  let at: Element | undefined = element;
  for (const name of path.split('/')) at = at && Array.from(at.childNodes).find((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
  return at ? at.textContent : null;
}

/** Both schemas: the ISO one and the German banks' SEPA subset. */
const SCHEMA_FILES = ['pain.008.001.02.xsd', 'dk/pain.008.001.02.xsd'];

const DOCUMENTS: [string, SepaMessage][] = [
  ['the batch mixes dates and sequence types', mixedMessage()],
  ['there is one debit and no BIC anywhere', sepaMessage([sepaDebit({ bic: null })], { creditor: { ...CREDITOR, bic: null } })],
  ['the scheme is B2B', sepaMessage([sepaDebit(), sepaDebit({ endToEndId: 'INV-000004-2' })], { creditor: { ...CREDITOR, scheme: 'B2B' } })],
  ['the remittance is empty and the batch key long', sepaMessage([sepaDebit({ remittance: '' })], { batchKey: 'MEMBERSHIP_RENEWALS 2026-11-30' })],
];

describe('pain008Xml', () => {
  it.each(DOCUMENTS)('is valid against the ISO schema and the German subset when %s', async (_, message) => {
    if (!requireShared(SCHEMAS)) return;
    const xml = pain008Xml(message);
    for (const schema of SCHEMA_FILES) expect({ schema, ...(await validateAgainst(schema, xml)) }).toEqual({ schema, valid: true, errors: [] });
  });

  it.each([
    ['a required element is missing', (xml: string) => xml.replace(/<MsgId>.*<\/MsgId>/, '')],
    ['CtrlSum is not a number', (xml: string) => xml.replace('<CtrlSum>60.70</CtrlSum>', '<CtrlSum>sixty</CtrlSum>')],
  ])('is reported invalid by both schemas when %s', async (_, mutate) => {
    if (!requireShared(SCHEMAS)) return;
    const xml = pain008Xml(mixedMessage());
    const mutated = mutate(xml);
    expect(mutated).not.toBe(xml);
    for (const schema of SCHEMA_FILES) expect((await validateAgainst(schema, mutated)).valid).toBe(false);
  });

  it('is reported invalid by the German subset only when an EndToEndId leaves the SEPA set', async () => {
    if (!requireShared(SCHEMAS)) return;
    const mutated = pain008Xml(mixedMessage()).replace('<EndToEndId>A-1</EndToEndId>', '<EndToEndId>A_1</EndToEndId>');
    expect((await validateAgainst('pain.008.001.02.xsd', mutated)).valid).toBe(true);
    expect((await validateAgainst('dk/pain.008.001.02.xsd', mutated)).valid).toBe(false);
  });

  it('writes the UTF-8 declaration and the pain.008.001.02 namespace', () => {
    const xml = pain008Xml(mixedMessage());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(parse(xml).namespaceURI).toBe(PAIN_008_NAMESPACE);
    expect(parse(xml).localName).toBe('Document');
  });

  it('writes one PmtInf per collection date and sequence type, by date then FRST before RCUR, when the batch is mixed', () => {
    const pmtInfs = all(parse(pain008Xml(mixedMessage())), 'PmtInf');
    expect(pmtInfs.map((p) => `${text(p, 'ReqdColltnDt')} ${text(p, 'PmtTpInf/SeqTp')}`)).toEqual(['2026-12-02 FRST', '2026-12-02 RCUR', '2026-12-09 RCUR']);
    expect(pmtInfs.map((p) => all(p, 'EndToEndId').map((e) => e.textContent))).toEqual([['B-1', 'D-1'], ['C-1', 'E-1'], ['A-1']]);
  });

  it('counts and sums in cents at the group header and at each PmtInf when the amounts have no exact float', () => {
    const document = parse(pain008Xml(mixedMessage()));
    const header = all(document, 'GrpHdr')[0];
    expect([text(header, 'NbOfTxs'), text(header, 'CtrlSum')]).toEqual(['5', '60.70']);
    const pmtInfs = all(document, 'PmtInf');
    expect(pmtInfs.map((p) => [text(p, 'NbOfTxs'), text(p, 'CtrlSum')])).toEqual([
      ['2', '20.30'],
      ['2', '30.30'],
      ['1', '10.10'],
    ]);
    for (const p of pmtInfs) {
      const cents = all(p, 'InstdAmt').reduce((sum, a) => sum + Math.round(Number(a.textContent) * 100), 0);
      expect(Number(text(p, 'CtrlSum')) * 100).toBeCloseTo(cents, 6);
      expect(Number(text(p, 'NbOfTxs'))).toBe(all(p, 'DrctDbtTxInf').length);
    }
    expect(all(document, 'InstdAmt').map((a) => [a.getAttribute('Ccy'), a.textContent])).toEqual([
      ['EUR', '20.20'],
      ['EUR', '0.10'],
      ['EUR', '10.10'],
      ['EUR', '20.20'],
      ['EUR', '10.10'],
    ]);
  });

  it('names each PmtInf by paymentInformationId of the batch key, its date and its sequence type', () => {
    const pmtInfs = all(parse(pain008Xml(mixedMessage())), 'PmtInf');
    expect(pmtInfs.map((p) => text(p, 'PmtInfId'))).toEqual([
      paymentInformationId('NIGHTLY 2026-11-30', isoDate('2026-12-02'), 'FRST'),
      paymentInformationId('NIGHTLY 2026-11-30', isoDate('2026-12-02'), 'RCUR'),
      paymentInformationId('NIGHTLY 2026-11-30', isoDate('2026-12-09'), 'RCUR'),
    ]);
  });

  it('writes only SEPA identifiers of at most 35 characters', () => {
    const document = parse(pain008Xml(sepaMessage([sepaDebit()], { batchKey: 'A run key far longer than thirty-five characters, with ümlauts' })));
    const ids = ['MsgId', 'PmtInfId', 'EndToEndId', 'MndtId'].flatMap((name) => all(document, name).map((e) => e.textContent ?? ''));
    expect(ids).toHaveLength(4);
    for (const id of ids) expect(isSepaIdentifier(id)).toBe(true);
  });

  it('writes NOTPROVIDED for an agent when there is no BIC, and the BIC when there is one', () => {
    const document = parse(pain008Xml(mixedMessage()));
    const debtorAgents = all(document, 'DbtrAgt').map((a) => text(a, 'FinInstnId/BIC') ?? `Othr ${text(a, 'FinInstnId/Othr/Id')}`);
    expect(debtorAgents).toEqual(['COBADEFFXXX', 'GEBABEBB', 'BKAUATWW', 'Othr NOTPROVIDED', 'Othr NOTPROVIDED']);
    expect(all(document, 'CdtrAgt').map((a) => text(a, 'FinInstnId/BIC'))).toEqual(['COBADEFFXXX', 'COBADEFFXXX', 'COBADEFFXXX']);
    const noBic = parse(pain008Xml(sepaMessage([sepaDebit()], { creditor: { ...CREDITOR, bic: null } })));
    expect(text(all(noBic, 'CdtrAgt')[0], 'FinInstnId/Othr/Id')).toBe('NOTPROVIDED');
  });

  it('writes names in the SEPA character set and at most 70 characters when they are not', () => {
    const document = parse(pain008Xml(mixedMessage()));
    const names = all(document, 'Dbtr').map((d) => text(d, 'Nm') ?? '');
    expect(names.slice(0, 3)).toEqual(['Juergen Gross', `Aeroskobing ${'AE'.repeat(29)}`, "O'Brien + Sons Ltd"]);
    expect(names.slice(3)).toEqual(['Lukasz Walesa', 'Zoe Nunez']);
    expect(text(all(document, 'Cdtr')[0], 'Nm')).toBe('Golfclub Gruen-Weiss e.V.');
    expect(text(all(document, 'InitgPty')[0], 'Nm')).toBe('Golfclub Gruen-Weiss e.V.');
    for (const nm of all(document, 'Nm')) expect(nm.textContent).toMatch(/^[A-Za-z0-9/\-?:().,'+ ]{1,70}$/);
  });

  it('writes the remittance as SEPA text of at most 140 characters when it is longer', () => {
    const ustrd = all(parse(pain008Xml(mixedMessage())), 'Ustrd').map((u) => u.textContent ?? '');
    expect(ustrd[1]).toBe(`INV-000009 Gold ${'ue'.repeat(62)}`);
    expect(ustrd[1]).toHaveLength(140);
    expect(ustrd[0]).toBe('INV-000003 Annual 2026-12-11 to 2027-12-10');
  });

  it('writes the creditor, its identifier, the mandate and the accounts of each debit', () => {
    const document = parse(pain008Xml(sepaMessage([sepaDebit()])));
    const pmtInf = all(document, 'PmtInf')[0];
    expect(text(pmtInf, 'PmtMtd')).toBe('DD');
    expect(text(pmtInf, 'PmtTpInf/SvcLvl/Cd')).toBe('SEPA');
    expect(text(pmtInf, 'PmtTpInf/LclInstrm/Cd')).toBe('CORE');
    expect(text(pmtInf, 'CdtrAcct/Id/IBAN')).toBe('DE89370400440532013000');
    expect(text(pmtInf, 'ChrgBr')).toBe('SLEV');
    expect(text(pmtInf, 'CdtrSchmeId/Id/PrvtId/Othr/Id')).toBe('DE98ZZZ09999999999');
    expect(text(pmtInf, 'CdtrSchmeId/Id/PrvtId/Othr/SchmeNm/Prtry')).toBe('SEPA');
    const tx = all(pmtInf, 'DrctDbtTxInf')[0];
    expect(text(tx, 'DrctDbtTx/MndtRltdInf/MndtId')).toBe('MANDATE-0001');
    expect(text(tx, 'DrctDbtTx/MndtRltdInf/DtOfSgntr')).toBe('2024-03-15');
    expect(text(tx, 'DbtrAcct/Id/IBAN')).toBe('NL91ABNA0417164300');
    expect(text(all(document, 'GrpHdr')[0], 'CreDtTm')).toBe('2026-11-30T17:05:00');
  });

  it('escapes & < > in text it does not make SEPA text when a creditor identifier holds them', () => {
    const xml = pain008Xml(sepaMessage([sepaDebit()], { creditor: { ...CREDITOR, creditorId: 'de98<zzz>&0999' } }));
    expect(xml).toContain('<Id>DE98&lt;ZZZ&gt;&amp;0999</Id>');
    expect(text(all(parse(xml), 'CdtrSchmeId')[0], 'Id/PrvtId/Othr/Id')).toBe('DE98<ZZZ>&0999');
  });

  it('writes & and < in names and remittance as SEPA text, never as markup', () => {
    const xml = pain008Xml(
      sepaMessage([sepaDebit({ debtorName: 'A & B <C>', remittance: 'INV-1 <b>&amp;</b>' })], { creditor: { ...CREDITOR, name: 'Club <&> e.V.' } }),
    );
    const document = parse(xml);
    expect(text(all(document, 'Dbtr')[0], 'Nm')).toBe('A + B C');
    expect(text(all(document, 'Cdtr')[0], 'Nm')).toBe('Club + e.V.');
    expect(all(document, 'Ustrd')[0].textContent).toBe('INV-1 b +amp /b');
  });

  it('leaves the message it is given unchanged', () => {
    const message = mixedMessage();
    const before = structuredClone(message);
    pain008Xml(message);
    expect(message).toEqual(before);
  });

  it.each([
    ['there are no debits', sepaMessage([]), /no debits/],
    ['an EndToEndId leaves the SEPA set', sepaMessage([sepaDebit({ endToEndId: 'INV_3-1' })]), /EndToEndId is not a SEPA identifier/],
    ['a Mandate ID is longer than 35', sepaMessage([sepaDebit({ mandateId: 'M'.repeat(36) })]), /MndtId is not a SEPA identifier/],
    ['the MsgId is empty', sepaMessage([sepaDebit()], { msgId: '' }), /MsgId is not a SEPA identifier/],
    ['an amount is zero', sepaMessage([sepaDebit({ amount: 0 })]), /Not a SEPA amount/],
    ['an amount has a third decimal', sepaMessage([sepaDebit({ amount: 10.005 })]), /Not a SEPA amount/],
    ['the creation time is not an ISO date-time', sepaMessage([sepaDebit()], { createdAt: '30/11/2026 17:05' }), /CreDtTm/],
    ['nothing of a name is in the SEPA set', sepaMessage([sepaDebit({ debtorName: 'Петров' })]), /Dbtr\/Nm/],
  ])('throws when %s', (_, message, error) => {
    expect(() => pain008Xml(message)).toThrow(error);
  });
});
