import { addDays } from '../dates/localDate';
import { gather } from '../gather/gatheredState';
import type { WorkbookRecords } from '../gather/workbookRecords';
import { d, makeApplication, makeMember, makeProduct, makeRecords, makeRun } from '../testing/recordBuilders';
import { billedActivationDates } from './billedActivationDates';

const FROM = d('2026-11-21');
const billing = makeRun({ actions: ['activate'], billActivations: true });
const datesFor = (over: Partial<WorkbookRecords>, run = billing) => {
  const state = gather(makeRecords(over));
  return billedActivationDates({ run, state, from: FROM, end: addDays(FROM, 364) });
};

describe('billedActivationDates', () => {
  it('counts an approved application on the projection’s first day when it requests no start', () => {
    expect(datesFor({ applications: [makeApplication({ requestedStart: null })] })).toEqual([FROM]);
  });

  it.each([
    ['before the first day', d('2026-11-01'), FROM],
    ['on the first day', FROM, FROM],
    ['after the first day', d('2027-01-01'), d('2027-01-01')],
  ])('counts it on its term start when the Requested Start is %s', (_label, requestedStart, expected) => {
    expect(datesFor({ applications: [makeApplication({ requestedStart })] })).toEqual([expected]);
  });

  it('counts nothing when the run does not have Bill Activations', () => {
    expect(datesFor({ applications: [makeApplication()] }, { ...billing, billActivations: false })).toEqual([]);
  });

  it('counts only the applications the run would activate when some are not approved, unknown, already active or out of scope', () => {
    const applications = [
      makeApplication({ memberId: 'N1' }),
      makeApplication({ memberId: 'N2', status: 'Pending' }),
      makeApplication({ memberId: 'N3', product: 'Nope' }),
      makeApplication({ memberId: 'N4' }),
      makeApplication({ memberId: 'N5', memberType: 'Student' }),
      makeApplication({ memberId: 'N1' }), // a second of the same product: the first one claims it
    ];
    const members = [makeMember({ memberId: 'N4', membershipId: 'N4', product: 'Annual' })];
    expect(datesFor({ applications, members, products: [makeProduct()] }, { ...billing, memberTypes: ['Regular'] })).toEqual([FROM]);
  });
});
