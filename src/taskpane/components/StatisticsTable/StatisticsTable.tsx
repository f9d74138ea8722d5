import {
  Caption1,
  makeStyles,
  mergeClasses,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ITEM_STATUSES, type ItemStatus } from '../../../engine/model/planItem';
import type { Action } from '../../../engine/model/run';
import { statisticsCurrencies, type PlanStatistics } from '../../../engine/plan/planStatistics';
import { cellMoneyColumn } from '../feedback/cellMoney';
import { formatCount } from '../feedback/formatNumbers';

export interface StatisticsTableProps {
  statistics: PlanStatistics;
}

export interface StatisticsTableState {
  /** The currencies the plan's amounts are in, in order of first appearance (SPEC §11). */
  currencies: string[];
  /** Per row, its amount as shown: one part per currency, never added together. */
  rows: { action: Action; status: ItemStatus; count: number; money: string[] }[];
  /** How many rows have a count of zero (hidden unless `showEmpty`). */
  emptyRows: number;
  showEmpty: boolean;
  setShowEmpty: (show: boolean) => void;
}

/**
 * One row per action × status of the statistics, in the engine's action order, with its amount
 * per currency: with one currency (or none) the cell's sum in it, zero included; with several,
 * each currency the cell has an amount in. Rows counting nothing are left out until staff turn
 * on "Show empty rows".
 *
 * @example
 * useStatisticsTable({ statistics }).rows[0] // → { action: 'renew', status: 'ready', count: 12, money: ['$1,440.00'] }
 */
export function useStatisticsTable({ statistics }: StatisticsTableProps): StatisticsTableState {
  const currencies = statisticsCurrencies(statistics);
  const [showEmpty, setShowEmpty] = useState(false);
  const all = (Object.entries(statistics) as [Action, NonNullable<PlanStatistics[Action]>][]).flatMap(([action, byStatus]) =>
    ITEM_STATUSES.map((status) => ({ action, status, count: byStatus[status].count, money: cellMoneyColumn(byStatus[status], currencies) })),
  );
  const emptyRows = all.filter((row) => row.count === 0).length;
  return { currencies, rows: showEmpty ? all : all.filter((row) => row.count > 0), emptyRows, showEmpty, setShowEmpty };
}

const useStyles = makeStyles({
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  // At 350 px the fixed-layout table splits its width evenly: a narrow Count leaves the Amount room for a currency.
  countColumn: { width: '4em' },
  amountColumn: { width: '36%' },
  // One currency a line: one column whatever the number of currencies; a huge amount wraps rather than spill.
  money: { display: 'block', overflowWrap: 'anywhere' },
  zero: { color: tokens.colorNeutralForeground3 },
  note: { color: tokens.colorNeutralForeground2 },
});

export function useStatisticsTableStyles(_state: StatisticsTableState) {
  return useStyles();
}

export function renderStatisticsTable(state: StatisticsTableState, styles: ReturnType<typeof useStatisticsTableStyles>) {
  const several = state.currencies.length > 1;
  return (
    <>
      <Table size="small" aria-label="Count and amount per action and status">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Action</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.number, styles.countColumn)}>Count</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.number, styles.amountColumn)}>Amount</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>Nothing counted: the preview has no items.</TableCell>
            </TableRow>
          )}
          {state.rows.map((row) => (
            <TableRow key={`${row.action}:${row.status}`} className={row.count === 0 ? styles.zero : undefined}>
              <TableCell>{row.action}</TableCell>
              <TableCell>{row.status}</TableCell>
              <TableCell className={styles.number}>{formatCount(row.count)}</TableCell>
              <TableCell className={styles.number}>
                {row.money.map((part, i) => (
                  <span key={i} className={styles.money}>
                    {part}
                  </span>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {state.emptyRows > 0 && (
        <Switch label={`Show empty rows (${state.emptyRows})`} checked={state.showEmpty} onChange={(_, data) => state.setShowEmpty(data.checked)} />
      )}
      {several && <Caption1 className={styles.note}>Amounts are per currency ({state.currencies.join(', ')}) and never added together.</Caption1>}
    </>
  );
}

/** The Statistics tab's table (SPEC §5, §11): count and amount per action × status, per currency. */
export function StatisticsTable(props: StatisticsTableProps) {
  const state = useStatisticsTable(props);
  return renderStatisticsTable(state, useStatisticsTableStyles(state));
}
