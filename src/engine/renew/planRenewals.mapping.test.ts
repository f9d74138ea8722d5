import type { LocalDate } from '../dates/localDate';
import type { WorkbookRecords } from '../gather/workbookRecords';
import type { MappingRow } from '../model/records';
import type { RunDefinition } from '../model/run';
import { createRunContext, RunContext } from '../plan/runContext';
import { d, makeMapping, makeMember, makeProduct, makeRecords, makeRun, makeSeason } from '../testing/recordBuilders';
import { planRenewals } from './planRenewals';

function contextFor(records: WorkbookRecords, run: RunDefinition, asOf: LocalDate): RunContext {
  return createRunContext(records, run, asOf);
}

const seasons = [
  makeSeason({ season: 'Season 2025', startDate: d('2025-01-01'), endDate: d('2025-12-31') }),
  makeSeason({ season: 'Season 2026', startDate: d('2026-01-01'), endDate: d('2026-12-31') }),
];
const products = [makeProduct({ product: 'Junior', price: 60, termMonths: 12 }), makeProduct({ product: 'Adult', price: 150, termMonths: 6 })];
const juniorToAdult = makeMapping({ fromProduct: 'Junior', fromSeason: 'Season 2025', toProduct: 'Adult', toSeason: 'Season 2026' });
// Joined 2025-01-10, paid through 2026-01-09: renews 2026-01-10, in Season 2026.
const junior = makeMember({ membershipId: 'J-1', product: 'Junior', startDate: d('2025-01-10'), endDate: d('2026-01-09') });
const lead30 = makeRun({ leadDays: 30 });
const asOf = d('2026-01-01');

function planWith(mapping: MappingRow[], run: RunDefinition = lead30, over: Partial<WorkbookRecords> = {}) {
  return planRenewals(contextFor(makeRecords({ members: [junior], products, seasons, mapping, ...over }), run, asOf));
}

describe('planRenewals (season mapping)', () => {
  it('renews into the To Product at its price and term when the mapping table has a match', () => {
    expect(planWith([juniorToAdult])).toEqual([
      expect.objectContaining({
        status: 'ready',
        product: 'Junior',
        newProduct: 'Adult',
        termStart: d('2026-01-10'),
        termEnd: d('2026-07-09'),
        amount: 150,
      }),
    ]);
  });

  it('matches product and season names case-insensitively', () => {
    const row = makeMapping({ fromProduct: 'JUNIOR', fromSeason: 'season 2025', toProduct: 'adult', toSeason: ' SEASON 2026' });
    expect(planWith([row])[0]).toMatchObject({ status: 'ready', newProduct: 'Adult', amount: 150 });
  });

  it('keeps the same product when the run says Use Mapping = No', () => {
    expect(planWith([juniorToAdult], makeRun({ leadDays: 30, useMapping: false }))[0]).toMatchObject({
      status: 'ready',
      newProduct: 'Junior',
      amount: 60,
    });
  });

  it('reports NOT_IN_MAPPING when Use Mapping is Yes and the Mapping sheet is empty', () => {
    expect(planWith([], makeRun({ leadDays: 30, useMapping: true }))[0]).toMatchObject({
      status: 'error',
      reason: { code: 'NOT_IN_MAPPING', detail: { product: 'Junior', fromSeason: 'Season 2025', toSeason: 'Season 2026' } },
      newProduct: null,
      amount: null,
    });
  });

  it('reports SEASON_NOT_FOUND when the new term start is in no season', () => {
    const late = makeMember({ membershipId: 'J-2', product: 'Junior', startDate: d('2025-01-10'), endDate: d('2026-12-31') });
    const items = planRenewals(contextFor(makeRecords({ members: [late], products, seasons, mapping: [juniorToAdult] }), lead30, d('2026-12-15')));
    expect(items[0]).toMatchObject({ status: 'error', reason: { code: 'SEASON_NOT_FOUND', detail: { date: '2027-01-01' } } });
  });

  it('reports SEASON_NOT_FOUND when the membership Start Date is in no season', () => {
    const old = makeMember({ product: 'Junior', startDate: d('2024-06-01'), endDate: d('2026-01-09') });
    expect(planWith([juniorToAdult], lead30, { members: [old] })[0]).toMatchObject({
      status: 'error',
      reason: { code: 'SEASON_NOT_FOUND', detail: { date: '2024-06-01' } },
    });
  });

  it('reports AMBIGUOUS_MAPPING when two rows match', () => {
    const toSenior = makeMapping({ fromProduct: 'Junior', fromSeason: 'Season 2025', toProduct: 'Senior', toSeason: 'Season 2026' });
    expect(planWith([juniorToAdult, toSenior])[0]).toMatchObject({
      status: 'error',
      reason: { code: 'AMBIGUOUS_MAPPING', detail: { count: 2 } },
    });
  });

  it('reports PRODUCT_NOT_FOUND with the To Product when it is not in Products', () => {
    const toGold = makeMapping({ fromProduct: 'Junior', fromSeason: 'Season 2025', toProduct: 'Gold', toSeason: 'Season 2026' });
    expect(planWith([toGold])[0]).toMatchObject({
      status: 'error',
      reason: { code: 'PRODUCT_NOT_FOUND', detail: { product: 'Gold' } },
      newProduct: 'Gold',
    });
  });

  it('maps by the season of D when the member already expired', () => {
    // Expired 2025-11-30, so the new term starts on D = 2026-01-01 (Season 2026), not on 2025-12-01.
    const lapsed = makeMember({ product: 'Junior', startDate: d('2025-01-01'), endDate: d('2025-11-30') });
    const sameSeason = makeMapping({ fromProduct: 'Junior', fromSeason: 'Season 2025', toProduct: 'Junior', toSeason: 'Season 2025' });
    expect(planWith([juniorToAdult, sameSeason], lead30, { members: [lapsed] })[0]).toMatchObject({
      termStart: asOf,
      newProduct: 'Adult',
    });
  });

  it('maps fixed-year renewals by the season of the Effective Date', () => {
    const fixed = makeRun({ mode: 'fixed', effectiveDate: d('2026-01-01') });
    const member = makeMember({ product: 'Junior', startDate: d('2025-01-01'), endDate: d('2025-12-31') });
    expect(planWith([juniorToAdult], fixed, { members: [member] })[0]).toMatchObject({
      termStart: d('2026-01-01'),
      termEnd: d('2026-06-30'),
      newProduct: 'Adult',
    });
  });
});
