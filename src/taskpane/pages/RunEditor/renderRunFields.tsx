import { Caption1, Checkbox, Dropdown, Field, Input, Option, Switch } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ACTIONS, type Action } from '../../../engine/actions/actionRegistry';
import type { RunDraft } from '../../session/runsSession';
import { fieldValidation } from './fieldValidation';
import { renderPlacedMessages } from './renderPlacedMessages';
import { AUTOPAY, type Choice, FREQUENCIES, MODES, PAYMENT_FILES, PRORATIONS, USE_MAPPING } from './runFieldChoices';
import { type DraftField, FIELD_LABELS } from './runEditorSections';
import type { RunEditorState } from './useRunEditor';
import type { RunEditorStyles } from './useRunEditorStyles';

type TextField = { [K in DraftField]: RunDraft[K] extends string ? K : never }[DraftField];
type ChoiceField = 'mode' | 'autoPay' | 'useMapping' | 'frequency' | 'paymentFile' | 'proration';

const DATE = 'YYYY-MM-DD';

/**
 * Every field of the form, by its draft property, each with its label (FIELD_LABELS), hint and
 * the problems and warnings the draft check placed on it as its validation message.
 */
export function renderRunFields(draft: RunDraft, state: RunEditorState, styles: RunEditorStyles): Record<DraftField, () => ReactNode> {
  const checks = (field: DraftField) => fieldValidation(state.placed.fields[field], styles.messageLine);
  const text = (field: TextField, hint?: string, placeholder?: string) => () => (
    <Field key={field} label={FIELD_LABELS[field]} hint={hint} {...checks(field)}>
      <Input value={draft[field]} placeholder={placeholder} onChange={(_, data) => state.setField(field, data.value as never)} />
    </Field>
  );
  const choose = (field: ChoiceField, choices: Choice[], hint?: string) => () => (
    <Field key={field} label={FIELD_LABELS[field]} hint={hint} {...checks(field)}>
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
  return {
    name: text('name'),
    id: () => (
      <div key="id" className={styles.stack}>
        {text('id', 'Leave blank to derive it from the name.')()}
        <Caption1 className={styles.derivedId} aria-live="polite">
          {state.check ? `Saved as run ${state.check.id}` : 'Checking the Run ID…'}
        </Caption1>
      </div>
    ),
    // A fieldset, not a Field: a Field gives its one control ID to every checkbox, leaving all but one unnamed.
    actions: () => (
      <fieldset key="actions" className={styles.actions} aria-describedby={state.placed.fields.actions ? 'run-editor-actions-checks' : undefined}>
        <legend className={styles.legend}>{FIELD_LABELS.actions}</legend>
        {ACTIONS.map((action) => (
          <Checkbox key={action} label={action} checked={draft.actions.includes(action)} onChange={(_, data) => toggle(action, data.checked === true)} />
        ))}
        {renderPlacedMessages(state.placed.fields.actions, styles, 'run-editor-actions-checks')}
      </fieldset>
    ),
    mode: choose('mode', MODES),
    leadDays: text('leadDays'),
    expiringBy: text('expiringBy', undefined, DATE),
    expiryWindowDays: text('expiryWindowDays'),
    effectiveDate: text('effectiveDate', undefined, DATE),
    noticeIntervalDays: text('noticeIntervalDays', 'Blank: 30.'),
    maxNotices: text('maxNotices'),
    dropAfterDays: text('dropAfterDays'),
    collectThrough: text('collectThrough', undefined, DATE),
    memberTypes: () => (
      <Field key="memberTypes" label={FIELD_LABELS.memberTypes} hint="A comma list; blank for all types." {...checks('memberTypes')}>
        <Input value={draft.memberTypes.join(',')} onChange={(_, data) => state.setField('memberTypes', data.value === '' ? [] : data.value.split(','))} />
      </Field>
    ),
    autoPay: choose('autoPay', AUTOPAY),
    useMapping: choose('useMapping', USE_MAPPING),
    frequency: choose('frequency', FREQUENCIES),
    day: text('day', 'A weekday (weekly), 1–31 (monthly, 31 = last day) or MM-DD (yearly).'),
    time: text('time', undefined, 'HH:MM'),
    preProcessingLeadDays: text('preProcessingLeadDays'),
    paymentFile: choose('paymentFile', PAYMENT_FILES, 'The bank file its collections are exported as.'),
    alignTo: text('alignTo', "Activations' first terms end the day before this day; blank for none.", 'MM-DD'),
    proration: choose('proration', PRORATIONS, 'How a billed first term is priced: by months started, by days, or the full price.'),
    billActivations: () => (
      <Field key="billActivations" hint="Posts an invoice for each activation's first term." {...checks('billActivations')}>
        <Switch label={FIELD_LABELS.billActivations} checked={draft.billActivations} onChange={(_, data) => state.setField('billActivations', data.checked)} />
      </Field>
    ),
  };
}
