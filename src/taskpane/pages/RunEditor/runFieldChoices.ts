/** One option of a dropdown: the draft's value and the words shown for it. */
export type Choice = { value: string; label: string };

export const MODES: Choice[] = [
  { value: 'rolling', label: 'rolling' },
  { value: 'fixed', label: 'fixed' },
];
export const AUTOPAY: Choice[] = [
  { value: 'all', label: 'all' },
  { value: 'only', label: 'only' },
  { value: 'exclude', label: 'exclude' },
];
export const USE_MAPPING: Choice[] = [
  { value: '', label: 'When Mapping has rows' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
export const PAYMENT_FILES: Choice[] = [
  { value: '', label: 'None' },
  { value: 'sepa', label: 'SEPA (pain.008)' },
  { value: 'nacha', label: 'NACHA' },
];
export const PRORATIONS: Choice[] = [
  { value: 'monthly', label: 'monthly' },
  { value: 'daily', label: 'daily' },
  { value: 'none', label: 'none' },
];
export const FREQUENCIES: Choice[] = [{ value: '', label: 'On demand' }, ...['daily', 'weekly', 'monthly', 'yearly'].map((f) => ({ value: f, label: f }))];
