import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { ITEM_STATUSES, type ItemStatus } from '../../../engine/model/planItem';
import type { Action } from '../../../engine/model/run';
import type { PlanStatistics } from '../../../engine/plan/planStatistics';
import { formatAmount, formatCount } from '../feedback/formatNumbers';

export interface StatisticsTableProps {
  statistics: PlanStatistics;
}

export interface StatisticsTableState {
  rows: { action: Action; status: ItemStatus; count: number; amount: number | null; amounts: Record<string, number> }[];
}

/** One row per action × status of the statistics, in the engine's action order. */
export function useStatisticsTable({ statistics }: StatisticsTableProps): StatisticsTableState {
  const rows = (Object.entries(statistics) as [Action, NonNullable<PlanStatistics[Action]>][]).flatMap(([action, byStatus]) =>
    ITEM_STATUSES.map((status) => ({ action, status, ...byStatus[status] })),
  );
  return { rows };
}

const useStyles = makeStyles({
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  zero: { color: tokens.colorNeutralForeground3 },
});

export function useStatisticsTableStyles(_state: StatisticsTableState) {
  return useStyles();
}

export function renderStatisticsTable(state: StatisticsTableState, styles: ReturnType<typeof useStatisticsTableStyles>) {
  return (
    <Table size="small" aria-label="Count and amount per action and status">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Action</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Count</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Amount</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {state.rows.map((row) => (
          <TableRow key={`${row.action}:${row.status}`} className={row.count === 0 ? styles.zero : undefined}>
            <TableCell>{row.action}</TableCell>
            <TableCell>{row.status}</TableCell>
            <TableCell className={styles.number}>{formatCount(row.count)}</TableCell>
            <TableCell className={styles.number}>{formatAmount(row.amount ?? 0)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The Statistics tab's table (SPEC §5): count and amount per action × status. */
export function StatisticsTable(props: StatisticsTableProps) {
  const state = useStatisticsTable(props);
  return renderStatisticsTable(state, useStatisticsTableStyles(state));
}
