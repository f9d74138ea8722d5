import { makeMapping } from '../testing/recordBuilders';
import { buildMappingIndex, mappingIndexOf, mappingKey } from './mappingIndex';

describe('mappingKey', () => {
  it('ignores letter case and surrounding spaces when names differ only in those', () => {
    expect(mappingKey(' Gold', '2025 ', 'SUMMER')).toBe(mappingKey('gold', '2025', 'summer'));
  });

  it('keeps triples apart when the parts would run together', () => {
    expect(mappingKey('a b', 'c', 'd')).not.toBe(mappingKey('a', 'b c', 'd'));
    expect(mappingKey('ab', 'c', 'd')).not.toBe(mappingKey('a', 'bc', 'd'));
  });
});

describe('buildMappingIndex', () => {
  it('groups rows by from product, from season and to season, in sheet order', () => {
    const first = makeMapping({ fromProduct: 'Junior', fromSeason: '2025', toProduct: 'Adult', toSeason: '2026' });
    const other = makeMapping({ fromProduct: 'Junior', fromSeason: '2025', toProduct: 'Junior', toSeason: '2025' });
    const second = makeMapping({ fromProduct: 'JUNIOR', fromSeason: '2025', toProduct: 'Senior', toSeason: '2026' });
    const index = buildMappingIndex([first, other, second]);
    expect(index.get(mappingKey('junior', '2025', '2026'))).toEqual([first, second]);
    expect(index.get(mappingKey('junior', '2025', '2025'))).toEqual([other]);
    expect(index.get(mappingKey('junior', '2026', '2026'))).toBeUndefined();
  });

  it('does not change the rows', () => {
    const rows = Object.freeze([makeMapping({ fromProduct: 'A', fromSeason: 'S', toProduct: 'B', toSeason: 'T' })]);
    const before = structuredClone(rows);
    buildMappingIndex(rows);
    expect(rows).toEqual(before);
  });
});

describe('mappingIndexOf', () => {
  it('builds the index once when asked twice for the same rows', () => {
    const rows = [makeMapping({ fromProduct: 'A', fromSeason: 'S', toProduct: 'B', toSeason: 'T' })];
    expect(mappingIndexOf(rows)).toBe(mappingIndexOf(rows));
  });

  it('builds a separate index when the rows are another read of the sheet', () => {
    const rows = [makeMapping({ fromProduct: 'A', fromSeason: 'S', toProduct: 'B', toSeason: 'T' })];
    const reread = [makeMapping({ fromProduct: 'A', fromSeason: 'S', toProduct: 'C', toSeason: 'T' })];
    expect(mappingIndexOf(reread).get(mappingKey('A', 'S', 'T'))).toEqual(reread);
    expect(mappingIndexOf(rows).get(mappingKey('A', 'S', 'T'))).toEqual(rows);
  });
});
