import { Caption1, Checkbox, Dropdown, Field, Input, Option, Switch } from '@fluentui/react-components';
import { ACTIONS, type Action } from '../../../engine/actions/actionRegistry';
import type { RunDraft } from '../../session/runsSession';
import type { RunEditorState } from './useRunEditor';
import type { RunEditorStyles } from './useRunEditorStyles';

type TextField = { [K in keyof RunDraft]: RunDraft[K] extends string ? K : never }[keyof RunDraft];
type Choice = { value: string; label: string };

const MODES: Choice[] = [
  { value: 'rolling', label: 'rolling' },
  { value: 'fixed', label: 'fixed' },
];
const AUTOPAY: Choice[] = [
  { value: 'all', label: 'all' },
  { value: 'only', label: 'only' },
  { value: 'exclude', label: 'exclude' },
];
const USE_MAPPING: Choice[] = [
  { value: '', label: 'When Mapping has rows' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const PAYMENT_FILES: Choice[] = [
  { value: '', label: 'None' },
  { value: 'sepa', label: 'SEPA (pain.008)' },
  { value: 'nacha', label: 'NACHA' },
];
const PRORATIONS: Choice[] = [
  { value: 'monthly', label: 'monthly' },
  { value: 'daily', label: 'daily' },
  { value: 'none', label: 'none' },
];
const FREQUENCIES: Choice[] = [{ value: '', label: 'On demand' }, ...['daily', 'weekly', 'monthly', 'yearly'].map((f) => ({ value: f, label: f }))];

/** The form's fields, in the Runs sheet's column order (SPEC §4). */
export function renderRunFields(draft: RunDraft, state: RunEditorState, styles: RunEditorStyles) {
  const text = (field: TextField, label: string, hint?: string, placeholder?: string) => (
    <Field label={label} hint={hint}>
      <Input value={draft[field]} placeholder={placeholder} onChange={(_, data) => state.setField(field, data.value as never)} />
    </Field>
  );
  const choose = (field: 'mode' | 'autoPay' | 'useMapping' | 'frequency' | 'paymentFile' | 'proration', label: string, choices: Choice[], hint?: string) => (
    <Field label={label} hint={hint}>
      <Dropdown
        value={choices.find((c) => c.value === draft[field])?.label ?? ''}
        selectedOptions={[draft[field]]}
        onOptionSelect={(_, data) => state.setField(field, (data.optionValue ?? '') as never)}
      >
        {choices.map((c) => (
          <Option key={c.value} value={c.value}>
            {c.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  const toggle = (action: Action, checked: boolean) =>
    state.setField('actions', checked ? [...draft.actions, action] : draft.actions.filter((a) => a !== action));
  const date = 'YYYY-MM-DD';
  return (
    <>
      {text('name', 'Name')}
      {text('id', 'Run ID', 'Leave blank to derive it from the name.')}
      <Caption1 className={styles.derivedId} aria-live="polite">
        {state.check ? `Saved as run ${state.check.id}` : 'Checking the Run ID…'}
      </Caption1>
      {/* A fieldset, not a Field: a Field gives its one control ID to every checkbox, leaving all but one unnamed. */}
      <fieldset className={styles.actions}>
        <legend className={styles.legend}>Actions</legend>
        {ACTIONS.map((action) => (
          <Checkbox key={action} label={action} checked={draft.actions.includes(action)} onChange={(_, data) => toggle(action, data.checked === true)} />
        ))}
      </fieldset>
      {choose('mode', 'Mode', MODES)}
      {text('leadDays', 'Lead Days')}
      {text('expiringBy', 'Expiring By', undefined, date)}
      {text('expiryWindowDays', 'Expiry Window Days')}
      {text('effectiveDate', 'Effective Date', undefined, date)}
      {text('noticeIntervalDays', 'Notice Interval Days', 'Blank: 30.')}
      {text('maxNotices', 'Max Notices')}
      {text('dropAfterDays', 'Drop After Days')}
      {text('collectThrough', 'Collect Through', undefined, date)}
      <Field label="Member Types" hint="A comma list; blank for all types.">
        <Input value={draft.memberTypes.join(',')} onChange={(_, data) => state.setField('memberTypes', data.value === '' ? [] : data.value.split(','))} />
      </Field>
      {choose('autoPay', 'AutoPay', AUTOPAY)}
      {choose('useMapping', 'Use Mapping', USE_MAPPING)}
      {choose('frequency', 'Frequency', FREQUENCIES)}
      {text('day', 'Day', 'A weekday (weekly), 1–31 (monthly, 31 = last day) or MM-DD (yearly).')}
      {text('time', 'Time', undefined, 'HH:MM')}
      {text('preProcessingLeadDays', 'Pre-Processing Lead Days')}
      {choose('paymentFile', 'Payment File', PAYMENT_FILES, 'The bank file its collections are exported as.')}
      {text('alignTo', 'Align To', "Activations' first terms end the day before this day; blank for none.", 'MM-DD')}
      {choose('proration', 'Proration', PRORATIONS, 'How a billed first term is priced: by months started, by days, or the full price.')}
      <Field hint="Posts an invoice for each activation's first term.">
        <Switch label="Bill Activations" checked={draft.billActivations} onChange={(_, data) => state.setField('billActivations', data.checked)} />
      </Field>
    </>
  );
}
