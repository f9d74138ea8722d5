import { Badge, type BadgeProps, Button, Caption1, Dropdown, Label, Option, SearchBox, Switch, Text, Tooltip } from '@fluentui/react-components';
import { MailRegular } from '@fluentui/react-icons';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { KeyboardEvent } from 'react';
import { ITEM_STATUSES, type ItemStatus } from '../../../engine/model/planItem';
import type { Action } from '../../../engine/model/run';
import type { ItemView } from '../../session/runsSession';
import { MessageDialog } from '../MessageDialog/MessageDialog';
import { formatMoney } from '../feedback/formatMoney';
import { formatAmount, formatCount } from '../feedback/formatNumbers';
import type { ActionsListState } from './useActionsList';
import type { ActionsListStyles } from './useActionsListStyles';

const ALL = 'all';
const STATUS_COLOR: Record<ItemStatus, BadgeProps['color']> = {
  ready: 'success',
  warning: 'warning',
  error: 'danger',
  skipped: 'subtle',
  excluded: 'informative',
};

/** Filters, the filtered count, and the rows in view (absolutely placed on a full-height canvas). */
export function renderActionsList(state: ActionsListState, styles: ActionsListStyles) {
  const rows = state.virtualizer.getVirtualItems();
  return (
    <section className={styles.root} aria-label="Actions">
      <div className={styles.filters}>
        <div className={styles.filter}>
          <Label id="actions-filter-action">Action</Label>
          <Dropdown
            aria-labelledby="actions-filter-action"
            value={state.action ?? 'All actions'}
            selectedOptions={[state.action ?? ALL]}
            onOptionSelect={(_, data) => state.setAction(data.optionValue === ALL ? null : (data.optionValue as Action))}
          >
            <Option value={ALL}>All actions</Option>
            {state.actions.map((action) => (
              <Option key={action} value={action}>
                {action}
              </Option>
            ))}
          </Dropdown>
        </div>
        <div className={styles.filter}>
          <Label id="actions-filter-status">Status</Label>
          <Dropdown
            aria-labelledby="actions-filter-status"
            value={state.status ?? 'All statuses'}
            selectedOptions={[state.status ?? ALL]}
            onOptionSelect={(_, data) => state.setStatus(data.optionValue === ALL ? null : (data.optionValue as ItemStatus))}
          >
            <Option value={ALL}>All statuses</Option>
            {ITEM_STATUSES.map((status) => (
              <Option key={status} value={status}>
                {status}
              </Option>
            ))}
          </Dropdown>
        </div>
        <div className={styles.filter}>
          <Label id="actions-filter-text">Search</Label>
          <SearchBox
            aria-labelledby="actions-filter-text"
            placeholder="Key, name, member or invoice ID"
            value={state.text}
            onChange={(_, data) => state.setText(data.value)}
          />
        </div>
      </div>
      <Caption1 className={styles.count} role="status" aria-live="polite">
        {formatCount(state.filtered.length)} of {formatCount(state.total)} items
      </Caption1>
      <div ref={state.scrollRef} className={styles.scroller}>
        {state.filtered.length === 0 ? (
          <Text className={styles.empty}>No items match these filters.</Text>
        ) : (
          <div
            role="grid"
            aria-label="Items"
            aria-rowcount={state.filtered.length}
            aria-colcount={1}
            className={styles.canvas}
            style={{ height: state.virtualizer.getTotalSize() }}
          >
            {rows.map((row) => renderRow(state.filtered[row.index], row, state, styles))}
          </div>
        )}
      </div>
      {state.loadMessage && <MessageDialog itemKey={state.messageKey} load={state.loadMessage} onClose={() => state.setMessageKey(null)} />}
    </section>
  );
}

/** Keys that leave a control inside a row for the row itself. */
const BACK_TO_ROW = new Set(['ArrowLeft', 'Escape']);

function renderRow(item: ItemView, row: VirtualItem, state: ActionsListState, styles: ActionsListStyles) {
  const { roving } = state;
  const canToggle = item.excludable && !state.disabled;
  const toggle = (rowElement: HTMLElement | null) => {
    if (!canToggle) return;
    // Focus stays on the row while the switch is disabled during the call (never on <body>).
    rowElement?.focus();
    state.onIncludeChange(item.key, item.status === 'excluded');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) {
      if (BACK_TO_ROW.has(event.key)) {
        event.preventDefault();
        event.currentTarget.focus();
      }
      return;
    }
    if (roving.onRowKeyDown(event, row.index)) return;
    if (event.key === 'Enter') state.onSelectItem(item.key);
    else if (event.key === ' ') {
      event.preventDefault();
      toggle(event.currentTarget);
    } else if (event.key === 'ArrowRight') {
      // Into the row's controls (message, Include), as a grid's cell content.
      const control = event.currentTarget.querySelector<HTMLElement>('button, [role="switch"]');
      if (control) {
        event.preventDefault();
        control.focus();
      }
    }
  };
  const details = [item.key, item.memberId && `Member ${item.memberId}`, item.invoiceId && `Invoice ${item.invoiceId}`].filter(Boolean);
  // With its currency (SPEC §11); a plain number only for an item whose product has none.
  const amount = item.amount == null ? null : item.currency ? formatMoney(item.amount, item.currency) : formatAmount(item.amount);
  const reasonId = `reason-${row.index}`;
  return (
    <div
      key={row.key}
      ref={state.virtualizer.measureElement}
      data-index={row.index}
      role="row"
      tabIndex={row.index === roving.activeIndex ? 0 : -1}
      aria-rowindex={row.index + 1}
      aria-describedby={item.reason ? reasonId : undefined}
      className={styles.row}
      style={{ transform: `translateY(${row.start}px)` }}
      onClick={() => {
        roving.setActiveIndex(row.index);
        state.onSelectItem(item.key);
      }}
      onFocus={(event) => event.target === event.currentTarget && roving.setActiveIndex(row.index)}
      onKeyDown={onKeyDown}
    >
      <div role="gridcell" className={styles.cell}>
        <div className={styles.text}>
          <div className={styles.top}>
            <Badge appearance="tint" color={STATUS_COLOR[item.status]} className={styles.badge}>
              {item.status}
            </Badge>
            <Text className={styles.name} weight="semibold">
              {item.name ?? '(no name)'} · {item.action}
            </Text>
            {amount && <Text className={styles.amount}>{amount}</Text>}
          </div>
          <Caption1 className={styles.secondary}>{details.join(' · ')}</Caption1>
          {item.reason && (
            <Caption1 id={reasonId} className={item.status === 'error' ? styles.error : styles.secondary}>
              {item.reason}
            </Caption1>
          )}
        </div>
        <div className={styles.controls}>
          {state.loadMessage && (
            // An icon, not a word: at 350 px every pixel of the row goes to the member's name.
            <Tooltip content="Show the message" relationship="description" withArrow>
              <Button
                size="small"
                appearance="subtle"
                icon={<MailRegular />}
                tabIndex={-1}
                className={styles.message}
                aria-label={`Message of ${item.key}`}
                onClick={(event) => {
                  event.stopPropagation();
                  state.setMessageKey(item.key);
                }}
              />
            </Tooltip>
          )}
          {item.excludable && (
            <Switch
              label="Include"
              aria-label={`Include ${item.key}`}
              checked={item.status !== 'excluded'}
              disabled={state.disabled}
              tabIndex={-1}
              className={styles.include}
              onClick={(event) => event.stopPropagation()}
              onChange={(event) => toggle(event.currentTarget.closest<HTMLElement>('[role="row"]'))}
            />
          )}
        </div>
      </div>
    </div>
  );
}
