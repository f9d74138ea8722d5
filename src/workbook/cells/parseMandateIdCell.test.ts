import type { ValueCell } from './cellParser';
import { parseMandateIdCell } from './parseMandateIdCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Mandate ID' });

describe('parseMandateIdCell', () => {
  it.each<[ValueCell, string]>([
    ['MNDT-2026/17', 'MNDT-2026/17'],
    ['  mandate 17 ', 'mandate 17'],
    ["M'1 (A) B:C?D.E,F+G", "M'1 (A) B:C?D.E,F+G"],
    ['A'.repeat(35), 'A'.repeat(35)],
    [1001, '1001'],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseMandateIdCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<[ValueCell, string]>([
    ['MNDT_17', "Mandate ID 'MNDT_17' holds '_': use only letters A-Z, digits, spaces and / - ? : ( ) . , ' +"],
    ['Müller-1', "Mandate ID 'Müller-1' holds 'ü': use only letters A-Z, digits, spaces and / - ? : ( ) . , ' +"],
    ['A|B', "Mandate ID 'A|B' holds '|': use only letters A-Z, digits, spaces and / - ? : ( ) . , ' +"],
    ['A'.repeat(36), `Mandate ID '${'A'.repeat(36)}' has 36 characters: SEPA allows at most 35`],
    ['/MNDT-17', "Mandate ID '/MNDT-17' may not start or end with / nor hold //"],
    ['MNDT-17/', "Mandate ID 'MNDT-17/' may not start or end with / nor hold //"],
    ['MNDT//17', "Mandate ID 'MNDT//17' may not start or end with / nor hold //"],
    [12.5, 'Mandate ID 12.5 is not a mandate reference'],
    [true, 'Mandate ID TRUE is not a mandate reference'],
    [new Date(Date.UTC(2026, 0, 1)), 'Mandate ID 2026-01-01 is not a mandate reference'],
  ])('refuses %p saying what is wrong', (cell, message) => {
    expect(parseMandateIdCell(cell, context)).toEqual({ ok: false, message });
  });
});
