import { DEFAULT_SETTINGS } from '../../engine/model/settings';
import type { Cell } from '../sheetGrid';
import { readSettings } from './readSettings';
import { sheet } from './testing/sheetGrids';

const read = (rows: Cell[][]) => readSettings(sheet('Settings', [['Setting', 'Value'], ...rows]), false);

describe('readSettings', () => {
  it('gives the defaults when there is no Settings sheet', () => {
    expect(readSettings(null, false)).toEqual({ settings: DEFAULT_SETTINGS, inputErrors: [], missing: [] });
  });

  it('reads every setting, names matched like headers', () => {
    const result = read([
      ['time_zone', 'europe/london'],
      ['DATE ORDER', 'dmy'],
      ['Invoice-Prefix', ' R- '],
      ['Dropped Status', 'expired'],
      ['Non-Member Type', 'Friend'],
      ['Max Payment Retries', 5],
      ['ReconcileTimeoutDays', 0],
    ]);
    expect(result.inputErrors).toEqual([]);
    expect(result.settings).toEqual({
      ...DEFAULT_SETTINGS,
      timeZone: 'Europe/London',
      dateOrder: 'DMY',
      invoicePrefix: 'R-',
      droppedStatus: 'Expired',
      nonMemberType: 'Friend',
      maxPaymentRetries: 5,
      reconcileTimeoutDays: 0,
    });
  });

  it.each([
    ['overdue', 'Overdue', 0],
    ['Grace', 'Grace', 0],
    ['Dormant', 'Grace', 1], // not one of Grace, Lapsed, Overdue: an input error, the default kept
    ['Active', 'Grace', 1],
  ])('reads Grace Status %s → %s with %i errors (SPEC §11)', (cell, expected, errors) => {
    const result = read([['Grace Status', cell]]);
    expect(result.settings.graceStatus).toBe(expected);
    expect(result.inputErrors).toHaveLength(errors);
  });

  it('refuses a grace status as the Dropped Status', () => {
    const result = read([['Dropped Status', 'Grace']]);
    expect(result.inputErrors).toHaveLength(1);
    expect(result.settings.droppedStatus).toBe('Dropped');
  });

  it('reads the message and delivery settings when they are set (SPEC §9)', () => {
    const result = read([
      ['Locale', 'en-gb'],
      ['Paper Size', 'letter'],
      ['Organisation Name', 'Riverside Swim Club'],
      ['Organisation Address', '1 River Lane\nSpringfield'],
      ['Payment Instructions', 'Pay {{Invoice ID}} by transfer'],
      ['SMTP Host', 'smtp.example.org'],
      ['SMTP Port', 465],
      ['SMTP Security', 'TLS'],
      ['SMTP User', 'club'],
      ['From Address', 'club@example.org'],
      ['From Name', 'Riverside'],
      ['Reply To', 'office@example.org'],
    ]);
    expect(result.inputErrors).toEqual([]);
    expect(result.settings).toEqual({
      ...DEFAULT_SETTINGS,
      locale: 'en-GB',
      paperSize: 'Letter',
      organisationName: 'Riverside Swim Club',
      organisationAddress: '1 River Lane\nSpringfield',
      paymentInstructions: 'Pay {{Invoice ID}} by transfer',
      smtpHost: 'smtp.example.org',
      smtpPort: 465,
      smtpSecurity: 'tls',
      smtpUser: 'club',
      fromAddress: 'club@example.org',
      fromName: 'Riverside',
      replyTo: 'office@example.org',
    });
  });

  it('ignores unknown settings and keeps the default for a blank value', () => {
    const result = read([
      ['Colour', 'Blue'],
      ['Time Zone', null],
      ['Note: set these', null],
    ]);
    expect(result).toEqual({ settings: DEFAULT_SETTINGS, inputErrors: [], missing: [] });
  });

  it.each<[string, Cell, string]>([
    ['Time Zone', 'Mars/Base', "Time Zone 'Mars/Base' is not an IANA time zone such as Europe/London; the default 'UTC' is used instead"],
    ['Date Order', 'DDMMYY', "Date Order 'DDMMYY' is not one of YMD, DMY, MDY; the default 'YMD' is used instead"],
    ['Dropped Status', 'Active', "Dropped Status 'Active' is not one of Expired, Dropped, Cancelled, Pending; the default 'Dropped' is used instead"],
    ['Max Payment Retries', -1, 'Max Payment Retries -1 is negative; the default 3 is used instead'],
    ['Reconcile Timeout Days', '5', "Reconcile Timeout Days '5' is text, not a number; the default 5 is used instead"],
    ['Max Payment Retries', 2.5, 'Max Payment Retries 2.5 is not a whole number; the default 3 is used instead'],
    ['Locale', 'xx-YY', "Locale 'xx-YY' is not a language tag such as en-US; the default 'en-US' is used instead"],
    ['Paper Size', 'A5', "Paper Size 'A5' is not one of A4, Letter; the default 'A4' is used instead"],
    ['SMTP Security', 'ssl', "SMTP Security 'ssl' is not one of starttls, tls, none; the default 'starttls' is used instead"],
    ['Organisation Name', true, 'Organisation Name TRUE is not text; no value is used instead'],
  ])('reports an invalid %s %p in the Value column and uses the default', (name, value, message) => {
    const result = read([[name, value]]);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.inputErrors).toEqual([{ sheet: 'Settings', row: 2, column: 'Value', message }]);
  });

  it('ignores an error value of an unknown setting', () => {
    expect(read([['Colour', { error: '#N/A' }]]).inputErrors).toEqual([]);
  });

  it('reports a setting repeated on a later row and keeps the first', () => {
    const result = read([
      ['Date Order', 'DMY'],
      ['date order', 'MDY'],
    ]);
    expect(result.settings.dateOrder).toBe('DMY');
    expect(result.inputErrors).toEqual([{ sheet: 'Settings', row: 3, column: 'Setting', message: 'date order is already set on row 2; that row is used' }]);
  });

  it('reports an error value in the Value column and uses the default', () => {
    const result = read([['Time Zone', { error: '#N/A' }]]);
    expect(result.settings.timeZone).toBe('UTC');
    expect(result.inputErrors).toEqual([{ sheet: 'Settings', row: 2, column: 'Value', message: 'Value holds the error value #N/A' }]);
  });

  it('reports a Settings sheet without a Value column', () => {
    const result = readSettings(sheet('Settings', [['Setting'], ['Date Order']]), false);
    expect(result.missing).toEqual([{ sheet: 'Settings', column: 'Value', message: "Sheet Settings has no column 'Value'" }]);
  });

  it('reads a Settings sheet whose header is not on row 1', () => {
    const result = readSettings(sheet('settings', [[], ['SETTING', 'VALUE'], ['Date Order', 'MDY']]), false);
    expect(result.settings.dateOrder).toBe('MDY');
  });
});
