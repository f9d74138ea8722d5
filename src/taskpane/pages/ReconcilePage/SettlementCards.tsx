import { Badge, Caption1, Card, Text } from '@fluentui/react-components';
import { Fragment, useId } from 'react';
import { formatMoney } from '../../components/feedback/formatMoney';
import { formatAmount } from '../../components/feedback/formatNumbers';
import type { ReconcileItemView } from '../../session/reconcileSession';
import { settlementOutcome } from './settlementOutcome';
import { useSettlementCardsStyles, type SettlementCardsStyles } from './useSettlementCardsStyles';

export interface SettlementCardsProps {
  items: readonly ReconcileItemView[];
}

/**
 * One card per settlement, stacked for a narrow pane: the reference and invoice with the
 * outcome's badge (SettlementOutcome: a recorded failure is "Failed", never green), the reason
 * in full on its own lines, then the amount with its currency and the payment batch.
 */
export function SettlementCards({ items }: SettlementCardsProps) {
  const styles = useSettlementCardsStyles();
  const idPrefix = useId();
  return (
    <ul className={styles.list} aria-label="Settlement rows">
      {items.map((item, i) => (
        <li key={`${i}:${item.reference ?? item.invoiceId}`}>{renderCard(item, `${idPrefix}-${i}`, styles)}</li>
      ))}
    </ul>
  );
}

/** The reference and invoice, or whichever one the row has (a timed-out attempt has no reference; a batch-booked credit names no invoice). */
function ids(item: ReconcileItemView): string[] {
  if (item.reference === null) return [item.invoiceId];
  return item.invoiceId === '' ? [item.reference] : [item.reference, item.invoiceId];
}

function renderCard(item: ReconcileItemView, id: string, styles: SettlementCardsStyles) {
  const outcome = settlementOutcome(item);
  return (
    <Card size="small" className={styles.card} aria-labelledby={id}>
      <div className={styles.head}>
        <Text id={id} weight="semibold" className={styles.ids}>
          {ids(item).map((part, i) => (
            <Fragment key={i}>
              {i > 0 && ' · '}
              <span className={styles.id}>{part}</span>
            </Fragment>
          ))}
        </Text>
        <Badge appearance="tint" color={outcome.color} className={styles.badge}>
          {outcome.label}
        </Badge>
      </div>
      <Text block className={styles.reason}>
        {item.reason ?? '—'}
      </Text>
      <div className={styles.foot}>
        <Text weight="semibold" className={styles.amount}>
          {item.currency === null ? formatAmount(item.amount) : formatMoney(item.amount, item.currency)}
        </Text>
        {item.batch && <Caption1 className={styles.batch}>Batch {item.batch}</Caption1>}
      </div>
    </Card>
  );
}
