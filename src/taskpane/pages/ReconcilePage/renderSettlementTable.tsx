import { Badge, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { formatMoney } from '../../components/feedback/formatMoney';
import { formatAmount } from '../../components/feedback/formatNumbers';
import type { ReconcileItemView } from '../../session/reconcileSession';
import type { ReconcilePageStyles } from './useReconcilePageStyles';

const BADGE = { ready: 'success', warning: 'warning', skipped: 'informative', error: 'danger' } as const;

/**
 * One row per settlement, laid out for a 350 px pane: the status badge, reference and invoice (the
 * invoice alone for a timed-out attempt, which has no reference; the reference alone for a
 * batch-booked credit, which names no invoice) on the first line of the Settlement cell, the outcome's words on their own line below (wrapping
 * across the cell's whole width, however long a bank's return reason is), then the payment
 * batch; the amount in a narrow column of its own.
 */
export function renderSettlementTable(items: readonly ReconcileItemView[], styles: ReconcilePageStyles) {
  return (
    <Table size="small" aria-label="Settlement rows">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Settlement</TableHeaderCell>
          <TableHeaderCell className={styles.amountColumn}>Amount</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>{items.map((item, i) => renderSettlement(item, i, styles))}</TableBody>
    </Table>
  );
}

function renderSettlement(item: ReconcileItemView, index: number, styles: ReconcilePageStyles) {
  return (
    <TableRow key={`${index}:${item.reference ?? item.invoiceId}`}>
      <TableCell className={styles.settlement}>
        <div className={styles.settlementHead}>
          <Badge appearance="tint" color={BADGE[item.status]} className={styles.badge}>
            {item.status}
          </Badge>
          <Text weight="semibold" className={styles.id}>
            {item.reference ?? item.invoiceId}
          </Text>
          {item.reference !== null && item.invoiceId !== '' && <Text className={styles.id}> · {item.invoiceId}</Text>}
        </div>
        <Text block className={styles.reason}>
          {item.reason ?? '—'}
        </Text>
        {item.batch && <Caption1 className={styles.batch}>Batch {item.batch}</Caption1>}
      </TableCell>
      <TableCell className={styles.amount}>{item.currency === null ? formatAmount(item.amount) : formatMoney(item.amount, item.currency)}</TableCell>
    </TableRow>
  );
}
