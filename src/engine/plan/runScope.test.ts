import type { AutoPayFilter } from '../model/run';
import { isInRunScope } from './runScope';

describe('isInRunScope', () => {
  it.each<[AutoPayFilter, boolean, boolean]>([
    ['all', true, true],
    ['all', false, true],
    ['only', true, true],
    ['only', false, false],
    ['exclude', true, false],
    ['exclude', false, true],
  ])('with AutoPay filter %s and a member on AutoPay = %s gives %s', (autoPay, memberAutoPay, expected) => {
    expect(isInRunScope({ memberTypes: [], autoPay }, { memberType: 'Regular', autoPay: memberAutoPay })).toBe(expected);
  });

  it.each([
    [['Student'], 'student ', true],
    [['Student', 'Senior'], 'Senior', true],
    [['Student'], 'Regular', false],
    [['Student'], null, false],
    [[], null, true],
  ])('with Member Types %j and a member of type %p gives %s', (memberTypes, memberType, expected) => {
    expect(isInRunScope({ memberTypes, autoPay: 'all' }, { memberType, autoPay: false })).toBe(expected);
  });
});
