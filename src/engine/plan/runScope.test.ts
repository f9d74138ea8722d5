import type { AutoPayFilter } from '../model/run';
import { isInRunScope, RunScope } from './runScope';

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

describe('RunScope', () => {
  it('answers like isInRunScope for member after member, each spelling decided the same every time', () => {
    const run = { memberTypes: ['Student', ' senior'], autoPay: 'only' as const };
    const scope = new RunScope(run);
    const members = [
      { memberType: 'Student', autoPay: true },
      { memberType: 'Student', autoPay: false },
      { memberType: 'SENIOR ', autoPay: true },
      { memberType: 'Regular', autoPay: true },
      { memberType: null, autoPay: true },
      { memberType: 'Student', autoPay: true },
      { memberType: 'Regular', autoPay: true },
    ];
    expect(members.map((m) => scope.includes(m))).toEqual([true, false, true, false, false, true, false]);
    expect(members.map((m) => scope.includes(m))).toEqual(members.map((m) => isInRunScope(run, m)));
  });

  it('lets a blank Member Type through only when the run does not filter by type', () => {
    expect(new RunScope({ memberTypes: [], autoPay: 'all' }).includes({ memberType: null, autoPay: false })).toBe(true);
    expect(new RunScope({ memberTypes: ['Student'], autoPay: 'all' }).includes({ memberType: null, autoPay: false })).toBe(false);
  });
});
