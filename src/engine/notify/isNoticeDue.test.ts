import { addDays } from '../dates/localDate';
import { d } from '../testing/recordBuilders';
import { isNoticeDue } from './isNoticeDue';

const D = d('2026-03-10');
const INTERVAL = 30;
const options = { intervalDays: INTERVAL, maxNotices: null };

describe('isNoticeDue', () => {
  it('is due when no notice was sent yet', () => {
    expect(isNoticeDue({ noticesSent: 0, lastNoticeDate: null }, D, options)).toBe(true);
  });

  it('is due when no notice was sent yet, whatever the Last Notice Date says', () => {
    expect(isNoticeDue({ noticesSent: 0, lastNoticeDate: D }, D, options)).toBe(true);
  });

  it.each([
    ['Last Notice + interval − 1', -1, false],
    ['Last Notice + interval', 0, true],
    ['Last Notice + interval + 1', 1, true],
  ])('when D = %s → %s', (_label, offset, expected) => {
    const lastNoticeDate = addDays(D, -INTERVAL - offset);
    expect(isNoticeDue({ noticesSent: 1, lastNoticeDate }, D, options)).toBe(expected);
  });

  it('counts Notices Sent > 0 with a blank Last Notice Date as due', () => {
    expect(isNoticeDue({ noticesSent: 2, lastNoticeDate: null }, D, options)).toBe(true);
  });

  it('is not due when the last notice is dated after D', () => {
    expect(isNoticeDue({ noticesSent: 1, lastNoticeDate: addDays(D, 1) }, D, options)).toBe(false);
  });

  it('is due every run when the interval is 0 days', () => {
    expect(isNoticeDue({ noticesSent: 4, lastNoticeDate: D }, D, { intervalDays: 0, maxNotices: null })).toBe(true);
  });

  it.each([
    ['Max − 1', 2, true],
    ['Max', 3, false],
    ['Max + 1', 4, false],
  ])('when Notices Sent = %s → %s', (_label, noticesSent, expected) => {
    const history = { noticesSent, lastNoticeDate: addDays(D, -100) };
    expect(isNoticeDue(history, D, { intervalDays: INTERVAL, maxNotices: 3 })).toBe(expected);
  });

  it('sends nothing when Max Notices is 0', () => {
    expect(isNoticeDue({ noticesSent: 0, lastNoticeDate: null }, D, { intervalDays: INTERVAL, maxNotices: 0 })).toBe(false);
  });

  it('applies Max Notices to a blank Last Notice Date too', () => {
    expect(isNoticeDue({ noticesSent: 3, lastNoticeDate: null }, D, { intervalDays: INTERVAL, maxNotices: 3 })).toBe(false);
  });

  it('does not change the history', () => {
    const history = Object.freeze({ noticesSent: 1, lastNoticeDate: addDays(D, -40) });
    expect(isNoticeDue(history, D, options)).toBe(true);
    expect(history).toEqual({ noticesSent: 1, lastNoticeDate: addDays(D, -40) });
  });
});
