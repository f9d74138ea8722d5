import { ACTIONS } from '../../engine/model/run';
import type { ValueCell } from './cellParser';
import { enumListCellParser } from './parseEnumListCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Actions' });
const actions = enumListCellParser(ACTIONS);

describe('enumListCellParser', () => {
  it.each<[string, string[] | null]>([
    ['renew', ['renew']],
    ['Notify, RENEW', ['renew', 'notify']],
    ['collect, notify, drop, renew, activate', ['activate', 'renew', 'drop', 'notify', 'collect']],
    ['renew, renew', ['renew']],
    ['renew,,notify,', ['renew', 'notify']],
    [',', null],
  ])('reads %p as %p, in evaluation order', (cell, expected) => {
    expect(actions(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<[ValueCell, string]>([
    ['renew, email', "Actions 'email' is not one of activate, renew, lapse, drop, notify, collect"],
    ['email, fax', "Actions 'email', 'fax' are not among activate, renew, lapse, drop, notify, collect"],
    [3, 'Actions 3 is not one of activate, renew, lapse, drop, notify, collect'],
  ])('refuses %p', (cell, message) => {
    expect(actions(cell, context)).toEqual({ ok: false, message });
  });
});
