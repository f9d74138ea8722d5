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
 * One card per settlement, stacked for a narrow pane: the reference and invoice; the outcome's
 * badge (settlementOutcome: a recorded failure is "Failed", never green) with the amount and
 * its currency at the line's end; the reason in full, wrapping; the payment batch.
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
      <Text id={id} weight="semibold" block className={styles.ids}>
        {ids(item).map((part, i) => (
          <Fragment key={i}>
            {i > 0 && ' · '}
            <span className={styles.id}>{part}</span>
          </Fragment>
        ))}
      </Text>
      <div className={styles.outcome}>
        <Badge appearance="tint" color={outcome.color}>
          {outcome.label}
        </Badge>
        <Text weight="semibold" className={styles.amount}>
          {item.currency === null ? formatAmount(item.amount) : formatMoney(item.amount, item.currency)}
        </Text>
      </div>
      <Text block className={styles.reason}>
        {item.reason ?? '—'}
      </Text>
      {item.batch && <Caption1 className={styles.batch}>Batch {item.batch}</Caption1>}
    </Card>
  );
}
