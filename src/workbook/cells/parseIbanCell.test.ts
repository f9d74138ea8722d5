import type { ValueCell } from './cellParser';
import { parseIbanCell } from './parseIbanCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'IBAN' });

describe('parseIbanCell', () => {
  it.each([
    ['DE89370400440532013000', 'DE89370400440532013000'],
    ['de89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['  GB82 WEST 1234 5698 7654 32 ', 'GB82WEST12345698765432'],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseIbanCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<[ValueCell, string]>([
    ['DE89370400440532013001', "IBAN 'DE89370400440532013001' fails its check digits (mod 97): a character is mistyped"],
    ['NL00ABNA0417164300', "IBAN 'NL00ABNA0417164300' fails its check digits (mod 97): a character is mistyped"],
    ['DE89 3704 0044 0532 0130 0', "IBAN 'DE89 3704 0044 0532 0130 0' has 21 characters: IBANs from DE have 22"],
    ['NL91ABNA04171643001', "IBAN 'NL91ABNA04171643001' has 19 characters: IBANs from NL have 18"],
    ['DE8937040044053201300A', "IBAN 'DE8937040044053201300A' is not in the account format of a DE IBAN"],
    ['XX89370400440532013000', "IBAN 'XX89370400440532013000' is not an IBAN: it must start with a country code such as DE"],
    ['370400440532013000', "IBAN '370400440532013000' is not an IBAN: it must start with a country code such as DE"],
    [370400440532013000, 'IBAN 370400440532013000 is not an IBAN'],
    [true, 'IBAN TRUE is not an IBAN'],
  ])('refuses %p saying which check failed', (cell, message) => {
    expect(parseIbanCell(cell, context)).toEqual({ ok: false, message });
  });
});
