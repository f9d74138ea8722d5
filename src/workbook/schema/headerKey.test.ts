import { headerKey } from './headerKey';

describe('headerKey', () => {
  it.each(['Member ID', 'member_id', 'MEMBERID', ' MEMBER ID ', 'Member-Id', 'member\u00a0id', 'Member - ID'])('turns %p into memberid', (header) => {
    expect(headerKey(header)).toBe('memberid');
  });

  it('keeps other punctuation, so distinct headers stay distinct', () => {
    expect(headerKey('Price (USD)')).toBe('price(usd)');
  });
});
