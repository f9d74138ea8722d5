import { planRun } from '../../engine/plan/planRun';
import { d, makeMember, makeProduct, makeRecords, makeRun } from '../../engine/testing/recordBuilders';
import { runLogValues } from './runLogValues';

const asOf = d('2026-11-21');
const run = makeRun({ id: 'NIGHTLY', actions: ['renew', 'notify'], leadDays: 30, noticeIntervalDays: 14 });
const products = [makeProduct({ product: 'Annual', price: 120, currency: 'USD' }), makeProduct({ product: 'Annual EU', price: 90, currency: 'EUR' })];

function valuesFor(memberProducts: string[]) {
  const members = memberProducts.map((product, i) => makeMember({ memberId: `M${i}`, membershipId: `M${i}`, product, endDate: d('2026-12-01') }));
  const plan = planRun({ records: makeRecords({ products, members }), run, asOf });
  return runLogValues(plan, 'f00d', '2026-11-21T02:00:00Z', 'Posting', 'cli:test');
}

describe('runLogValues', () => {
  it('writes each amount as a number and names the currency when the post is in one currency', () => {
    const values = valuesFor(['Annual EU', 'Annual EU']);
    expect(values).toMatchObject({ 'Renew Count': 2, 'Renew Amount': 180, 'Notify Count': 2, 'Notify Amount': 180, 'Drop Amount': 0, Currency: 'EUR' });
  });

  it('writes each amount per currency, never their sum, when the post is in USD and EUR', () => {
    const values = valuesFor(['Annual', 'Annual EU', 'Annual']);
    expect(values).toMatchObject({
      'Renew Count': 3,
      'Renew Amount': '240.00 USD; 90.00 EUR',
      'Notify Amount': '240.00 USD; 90.00 EUR',
      'Drop Amount': 0,
      Currency: 'USD, EUR',
    });
  });

  it('leaves Currency blank when nothing with an amount posts', () => {
    expect(valuesFor([])).toMatchObject({ 'Renew Count': 0, 'Renew Amount': 0, Currency: null });
  });
});
