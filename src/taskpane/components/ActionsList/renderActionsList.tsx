import { Badge, type BadgeProps, Button, Caption1, Dropdown, Label, mergeClasses, Option, SearchBox, Switch, Text, Tooltip } from '@fluentui/react-components';
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
          <div role="list" aria-label="Items" className={styles.canvas} style={{ height: state.virtualizer.getTotalSize() }}>
            {rows.map((row) => renderRow(state.filtered[row.index], row, state, styles))}
          </div>
        )}
      </div>
      {state.loadMessage && <MessageDialog itemKey={state.messageKey} load={state.loadMessage} onClose={() => state.setMessageKey(null)} />}
    </section>
  );
}

function renderRow(item: ItemView, row: VirtualItem, state: ActionsListState, styles: ActionsListStyles) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) state.onSelectItem(item.key);
  };
  const details = [
    item.key,
    item.memberId && `Member ${item.memberId}`,
    item.invoiceId && `Invoice ${item.invoiceId}`,
    // With its currency (SPEC §11); a plain number only for an item whose product has none.
    item.amount != null && (item.currency ? formatMoney(item.amount, item.currency) : formatAmount(item.amount)),
  ].filter(Boolean);
  const element = (
    <div
      key={row.key}
      role="listitem"
      tabIndex={0}
      aria-setsize={state.filtered.length}
      aria-posinset={row.index + 1}
      className={styles.row}
      style={{ transform: `translateY(${row.start}px)` }}
      onClick={() => state.onSelectItem(item.key)}
      onKeyDown={onKeyDown}
    >
      <Badge appearance="tint" color={STATUS_COLOR[item.status]}>
        {item.status}
      </Badge>
      <div className={styles.text}>
        <Text className={styles.line} weight="semibold">
          {item.name ?? '(no name)'} · {item.action}
        </Text>
        <Caption1 className={mergeClasses(styles.line, styles.secondary)}>{details.join(' · ')}</Caption1>
      </div>
      {state.loadMessage && (
        // An icon, not a word: at 350 px every pixel of the row goes to the member's name.
        <Tooltip content="Show the message" relationship="description" withArrow>
          <Button
            size="small"
            appearance="subtle"
            icon={<MailRegular />}
            className={styles.message}
            aria-label={`Message of ${item.key}`}
            onClick={(event) => {
              event.stopPropagation();
              state.setMessageKey(item.key);
            }}
            onKeyDown={(event) => event.stopPropagation()}
          />
        </Tooltip>
      )}
      {item.excludable && (
        <Switch
          label="Include"
          aria-label={`Include ${item.key}`}
          checked={item.status !== 'excluded'}
          disabled={state.disabled}
          onClick={(event) => event.stopPropagation()}
          onKeyDown={(event) => event.stopPropagation()}
          onChange={(_, data) => state.onIncludeChange(item.key, data.checked)}
        />
      )}
    </div>
  );
  if (!item.reason) return element;
  return (
    <Tooltip key={row.key} content={item.reason} relationship="description" withArrow>
      {element}
    </Tooltip>
  );
}
