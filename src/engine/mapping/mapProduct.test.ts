import { gather } from '../gather/gatheredState';
import type { MappingRow } from '../model/records';
import { d, makeMapping, makeRecords, makeSeason } from '../testing/recordBuilders';
import { mapProduct } from './mapProduct';

const seasons = [
  makeSeason({ season: 'S2025', startDate: d('2025-01-01'), endDate: d('2025-12-31') }),
  makeSeason({ season: 'S2026', startDate: d('2026-01-01'), endDate: d('2026-12-31') }),
];

function stateWith(mapping: MappingRow[]) {
  return gather(makeRecords({ seasons, mapping }));
}

const juniorToAdult = makeMapping({ fromProduct: 'Junior', fromSeason: 'S2025', toProduct: 'Adult', toSeason: 'S2026' });
const request = { product: 'Junior', startDate: d('2025-03-01'), newTermStart: d('2026-03-01') };

describe('mapProduct', () => {
  it('returns the To Product when exactly one row matches', () => {
    expect(mapProduct(stateWith([juniorToAdult]), request)).toEqual({
      ok: true,
      toProduct: 'Adult',
      fromSeason: 'S2025',
      toSeason: 'S2026',
    });
  });

  it('matches names case-insensitively when the sheets spell them differently', () => {
    const row = makeMapping({ fromProduct: ' JUNIOR ', fromSeason: 's2025', toProduct: 'Adult', toSeason: 'S2026 ' });
    expect(mapProduct(stateWith([row]), { ...request, product: 'junior' })).toMatchObject({ ok: true, toProduct: 'Adult' });
  });

  it('uses the season of the Start Date and of the new term start when they differ', () => {
    const sameSeason = makeMapping({ fromProduct: 'Junior', fromSeason: 'S2026', toProduct: 'Youth', toSeason: 'S2026' });
    const state = stateWith([juniorToAdult, sameSeason]);
    expect(mapProduct(state, { ...request, startDate: d('2026-01-01'), newTermStart: d('2026-12-31') })).toMatchObject({
      ok: true,
      toProduct: 'Youth',
    });
  });

  it('reports SEASON_NOT_FOUND with the Start Date when it is in no season', () => {
    const result = mapProduct(stateWith([juniorToAdult]), { ...request, startDate: d('2024-12-31') });
    expect(result).toEqual({ ok: false, reason: { code: 'SEASON_NOT_FOUND', detail: { date: '2024-12-31' } } });
  });

  it('reports SEASON_NOT_FOUND with the new term start when it is in no season', () => {
    const result = mapProduct(stateWith([juniorToAdult]), { ...request, newTermStart: d('2027-01-01') });
    expect(result).toEqual({ ok: false, reason: { code: 'SEASON_NOT_FOUND', detail: { date: '2027-01-01' } } });
  });

  it('reports NOT_IN_MAPPING when no row matches', () => {
    const result = mapProduct(stateWith([juniorToAdult]), { ...request, product: 'Senior' });
    expect(result).toEqual({
      ok: false,
      reason: { code: 'NOT_IN_MAPPING', detail: { product: 'Senior', fromSeason: 'S2025', toSeason: 'S2026' } },
    });
  });

  it('reports NOT_IN_MAPPING when the Mapping sheet is empty', () => {
    expect(mapProduct(stateWith([]), request)).toMatchObject({ ok: false, reason: { code: 'NOT_IN_MAPPING' } });
  });

  it('reports AMBIGUOUS_MAPPING with the count when several rows match', () => {
    const toSenior = makeMapping({ fromProduct: 'junior', fromSeason: 'S2025', toProduct: 'Senior', toSeason: 'S2026' });
    const result = mapProduct(stateWith([juniorToAdult, toSenior]), request);
    expect(result).toEqual({
      ok: false,
      reason: { code: 'AMBIGUOUS_MAPPING', detail: { product: 'Junior', fromSeason: 'S2025', toSeason: 'S2026', count: 2 } },
    });
  });

  it('reports AMBIGUOUS_MAPPING when a row is duplicated', () => {
    const duplicate = { ...juniorToAdult, row: juniorToAdult.row + 100 };
    expect(mapProduct(stateWith([juniorToAdult, duplicate]), request)).toMatchObject({
      ok: false,
      reason: { code: 'AMBIGUOUS_MAPPING', detail: { count: 2 } },
    });
  });

  it('does not change the state', () => {
    const state = stateWith([juniorToAdult]);
    const before = structuredClone(state);
    mapProduct(state, request);
    expect(state).toEqual(before);
  });
});
