import { addDays } from '../dates/localDate';
import { gather } from '../gather/gatheredState';
import { d, makeApplication, makeInvoice, makeMember, makeRecords, makeRun } from '../testing/recordBuilders';
import { forecastRun } from './forecastRun';

const FROM = d('2026-11-21');
const run = makeRun({ actions: ['renew', 'notify', 'drop'], leadDays: 30, noticeIntervalDays: 14, maxNotices: 3, dropAfterDays: 60 });
const weekOf = (date: string) => Math.floor((d(date) - FROM) / 7);

describe('forecastRun', () => {
  it('bills a membership the week its renewal date enters the window, notifies every interval, drops at the drop line', () => {
    // End 2027-01-30 → R 2027-01-31; billed R − 30 = 2027-01-01; notices 01-01, 01-15, 01-29; drop R + 60 = 2027-04-01
    const weeks = forecastRun(gather(makeRecords({ members: [makeMember({ endDate: d('2027-01-30') })] })), run, { from: FROM });
    expect(weeks).toHaveLength(52);
    expect(weeks[weekOf('2027-01-01')].renew).toBe(1);
    expect([weekOf('2027-01-01'), weekOf('2027-01-15'), weekOf('2027-01-29')].map((w) => weeks[w].notify)).toEqual([1, 1, 1]);
    expect(weeks[weekOf('2027-04-01')].drop).toBe(1);
    expect(weeks.reduce((s, w) => s + w.renew + w.notify + w.drop, 0)).toBe(5);
  });

  describe('with lapse (SPEC §11)', () => {
    const lapseRun = { ...run, actions: [...run.actions, 'lapse' as const] };

    it('lapses an Active membership the day after its End Date, before the drop', () => {
      // End 2027-01-30 → lapse 2027-01-31, drop 2027-04-01
      const weeks = forecastRun(gather(makeRecords({ members: [makeMember({ endDate: d('2027-01-30') })] })), lapseRun, { from: FROM });
      expect(weeks[weekOf('2027-01-31')].lapse).toBe(1);
      expect(weeks.reduce((s, w) => s + w.lapse, 0)).toBe(1);
      expect(weeks[weekOf('2027-04-01')].drop).toBe(1);
    });

    it('does not lapse a membership already in grace, but still drops it', () => {
      const weeks = forecastRun(gather(makeRecords({ members: [makeMember({ status: 'Grace', endDate: d('2026-11-20') })] })), lapseRun, { from: FROM });
      expect(weeks.reduce((s, w) => s + w.lapse, 0)).toBe(0);
      expect(weeks[weekOf('2027-01-19')].drop).toBe(1); // R 2026-11-21 + 60
    });

    it.each([
      ['the day before the projection starts', -2, -1],
      ['on its first day', -1, 0],
      ['on the last day of the first week', 5, 0],
      ['on the first day of the second week', 6, 1],
    ])('counts a lapse whose End Date + 1 falls %s (End Date at day %i) in week %i', (_label, endOffset, week) => {
      const members = [makeMember({ endDate: addDays(FROM, endOffset) })];
      const weeks = forecastRun(gather(makeRecords({ members })), { ...lapseRun, actions: ['lapse'] }, { from: FROM });
      expect(weeks.findIndex((w) => w.lapse === 1)).toBe(week);
    });

    it('counts nothing for lapse when the run lacks it, nor when the drop comes first', () => {
      const members = [makeMember({ endDate: d('2027-01-30') })];
      expect(forecastRun(gather(makeRecords({ members })), run, { from: FROM }).reduce((s, w) => s + w.lapse, 0)).toBe(0);
      const dropAtR = { ...lapseRun, dropAfterDays: 0 };
      expect(forecastRun(gather(makeRecords({ members })), dropAtR, { from: FROM }).reduce((s, w) => s + w.lapse, 0)).toBe(0);
    });
  });

  describe('with activate (SPEC §11 billed activations)', () => {
    const applications = [
      makeApplication({ memberId: 'N1', requestedStart: null }),
      makeApplication({ memberId: 'N2', requestedStart: d('2027-01-01') }),
      makeApplication({ memberId: 'N3', requestedStart: d('2028-01-01') }), // after the projection
    ];
    const activateRun = { ...run, actions: ['activate' as const, ...run.actions], billActivations: true };
    const activations = (r: typeof activateRun) => forecastRun(gather(makeRecords({ applications })), r, { from: FROM }).map((w) => w.activate);

    it('counts a billed activation in the week of its term start when the run has Bill Activations', () => {
      const weeks = activations(activateRun);
      expect(weeks[0]).toBe(1);
      expect(weeks[weekOf('2027-01-01')]).toBe(1);
      expect(weeks.reduce((s, n) => s + n, 0)).toBe(2);
    });

    it('counts no activation when the run does not have Bill Activations, nor when it does not activate', () => {
      expect(activations({ ...activateRun, billActivations: false }).every((n) => n === 0)).toBe(true);
      expect(activations({ ...activateRun, actions: run.actions }).every((n) => n === 0)).toBe(true);
    });

    it('counts activations besides the memberships’ renewals', () => {
      const records = makeRecords({ applications, members: [makeMember({ endDate: d('2027-01-30') })] });
      const weeks = forecastRun(gather(records), activateRun, { from: FROM });
      expect(weeks[weekOf('2027-01-01')]).toMatchObject({ renew: 1, activate: 1 });
    });
  });

  it.each([
    ['the day before the projection starts', -1, 0],
    ['on its first day', 0, 0],
    ['on the last day of the first week', 6, 0],
    ['on the first day of the second week', 7, 1],
  ])('puts a renewal whose window opens %s (day %i) into week %i', (_label, offset, week) => {
    const endDate = addDays(FROM, 29 + offset); // R − 30 = FROM + offset
    const weeks = forecastRun(gather(makeRecords({ members: [makeMember({ endDate })] })), { ...run, actions: ['renew'] }, { from: FROM });
    expect(weeks.findIndex((w) => w.renew === 1)).toBe(week);
  });

  it('stops notices at the drop line and at Max Notices', () => {
    const weeks = forecastRun(
      gather(makeRecords({ members: [makeMember({ endDate: d('2026-12-20') })] })),
      { ...run, maxNotices: null, dropAfterDays: 30 },
      { from: FROM },
    );
    // billed 2026-11-21 (R 12-21 − 30), notices every 14 days until the drop on 2027-01-20: 11-21, 12-05, 12-19, 01-02, 01-16
    expect(weeks.reduce((s, w) => s + w.notify, 0)).toBe(5);
  });

  it('skips members already renewed, not Active, or outside the run filters', () => {
    const records = makeRecords({
      members: [
        makeMember({ memberId: 'A', endDate: d('2027-01-30') }),
        makeMember({ memberId: 'B', endDate: d('2027-01-30'), status: 'Expired' }),
        makeMember({ memberId: 'C', endDate: d('2027-01-30'), memberType: 'Student' }),
      ],
      invoices: [makeInvoice({ membershipId: 'A', termStart: d('2027-01-31') })],
    });
    const weeks = forecastRun(gather(records), { ...run, memberTypes: ['Regular'] }, { from: FROM });
    expect(weeks.every((w) => w.renew === 0 && w.notify === 0 && w.drop === 0)).toBe(true);
  });

  it('counts nothing for actions the run does not have', () => {
    const weeks = forecastRun(gather(makeRecords({ members: [makeMember({ endDate: d('2027-01-30') })] })), { ...run, actions: ['drop'] }, { from: FROM });
    expect(weeks.reduce((s, w) => s + w.renew + w.notify, 0)).toBe(0);
    expect(weeks.reduce((s, w) => s + w.drop, 0)).toBe(1);
  });
});
