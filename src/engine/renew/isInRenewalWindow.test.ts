import { addDays } from '../dates/localDate';
import { d } from '../testing/recordBuilders';
import { hasRenewalWindow, isInRenewalWindow, RenewalWindow } from './isInRenewalWindow';

const asOf = d('2026-03-01');
const none: RenewalWindow = { leadDays: null, expiringBy: null, expiryWindowDays: null };

describe('isInRenewalWindow', () => {
  // Lead Days 30: R ≤ D + 30 = 2026-03-31, i.e. End Date ≤ 2026-03-30.
  it.each([
    ['the day before', '2026-03-29', true],
    ['the day of', '2026-03-30', true],
    ['the day after', '2026-03-31', false],
  ])('with Lead Days, is open when the renewal date is %s D + L (End Date %s)', (_when, end, expected) => {
    expect(isInRenewalWindow({ ...none, leadDays: 30 }, d(end), asOf)).toBe(expected);
  });

  it.each([
    ['the day before', '2026-02-28', true],
    ['the day of', '2026-03-01', true],
    ['the day after', '2026-03-02', false],
  ])('with Lead Days 0, is open when the renewal date is %s D (R = %s)', (_when, renewal, expected) => {
    expect(isInRenewalWindow({ ...none, leadDays: 0 }, addDays(d(renewal), -1), asOf)).toBe(expected);
  });

  it.each([
    ['the day before', '2026-04-14', true],
    ['the day of', '2026-04-15', true],
    ['the day after', '2026-04-16', false],
  ])('with Expiring By, is open when End Date is %s X (%s)', (_when, end, expected) => {
    expect(isInRenewalWindow({ ...none, expiringBy: d('2026-04-15') }, d(end), asOf)).toBe(expected);
  });

  // Expiry Window Days 45: End Date ≤ D + 45 = 2026-04-15.
  it.each([
    ['the day before', '2026-04-14', true],
    ['the day of', '2026-04-15', true],
    ['the day after', '2026-04-16', false],
  ])('with Expiry Window Days, is open when End Date is %s D + W (%s)', (_when, end, expected) => {
    expect(isInRenewalWindow({ ...none, expiryWindowDays: 45 }, d(end), asOf)).toBe(expected);
  });

  it('is open for memberships that already expired when a setting is given', () => {
    expect(isInRenewalWindow({ ...none, leadDays: 30 }, d('2025-12-31'), asOf)).toBe(true);
    expect(isInRenewalWindow({ ...none, expiryWindowDays: 0 }, d('2025-12-31'), asOf)).toBe(true);
  });

  it('is closed when no window setting is set', () => {
    expect(isInRenewalWindow(none, d('2026-03-01'), asOf)).toBe(false);
    expect(isInRenewalWindow(none, d('2020-01-01'), asOf)).toBe(false);
  });

  // Lead Days 60 (End ≤ 2026-04-29) and Expiring By 2026-04-10: the tighter one decides.
  it.each([
    ['both hold', '2026-04-10', true],
    ['only Lead Days holds', '2026-04-11', false],
    ['neither holds', '2026-04-30', false],
  ])('requires every set window setting to hold when %s', (_when, end, expected) => {
    const window = { leadDays: 60, expiringBy: d('2026-04-10'), expiryWindowDays: null };
    expect(isInRenewalWindow(window, d(end), asOf)).toBe(expected);
  });

  it('requires all three when all three are set', () => {
    const window = { leadDays: 30, expiringBy: d('2026-12-31'), expiryWindowDays: 10 }; // End ≤ 03-30, ≤ 12-31, ≤ 03-11
    expect(isInRenewalWindow(window, d('2026-03-11'), asOf)).toBe(true);
    expect(isInRenewalWindow(window, d('2026-03-12'), asOf)).toBe(false);
  });
});

describe('hasRenewalWindow', () => {
  it.each([
    [none, false],
    [{ ...none, leadDays: 0 }, true],
    [{ ...none, expiringBy: d('2026-01-01') }, true],
    [{ ...none, expiryWindowDays: 0 }, true],
  ])('tells whether any window setting is set (%o → %s)', (window, expected) => {
    expect(hasRenewalWindow(window)).toBe(expected);
  });
});
