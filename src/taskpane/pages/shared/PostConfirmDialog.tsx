import { Body1, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { ConfirmDialog } from '../../components/ConfirmDialog/ConfirmDialog';
import { cellMoneyColumn, cellsCurrencies, type CellMoney } from '../../components/feedback/cellMoney';
import { formatCount } from '../../components/feedback/formatNumbers';
import type { PostSummary } from '../../session/runsSession';
import { summaryLines, summaryTotal } from '../RunPage/postedWords';

const useStyles = makeStyles({
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  countColumn: { width: '4em' },
  // One currency a line, so the dialog keeps three columns at 350 px; a huge amount wraps rather than spill.
  money: { display: 'block', overflowWrap: 'anywhere' },
});

/** What the confirmation asks before: a post now, or an approval that lets `run-due` post later. */
export type PostConfirmation = { kind: 'post'; summary: PostSummary } | { kind: 'approve'; summary: PostSummary; postsAt: string };

export interface PostConfirmDialogProps {
  /** Open while set. */
  confirmation: PostConfirmation | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The confirmation of Post (SPEC §7: it states counts and totals) and of Approve (SPEC §12: the
 * same counts and totals, and when `run-due` will post the run): one table row per action with the
 * count and amount of what post applies, and a total line. Every amount carries its currency and
 * a line with several currencies lists each (SPEC §11: no total adds two currencies).
 *
 * @example
 * <PostConfirmDialog confirmation={{ kind: 'approve', summary, postsAt: '2026-12-01 at 06:00 (America/Chicago)' }} … />
 */
export function PostConfirmDialog({ confirmation, onConfirm, onCancel }: PostConfirmDialogProps) {
  const styles = useStyles();
  const summary = confirmation?.summary ?? null;
  const lines = summary ? summaryLines(summary) : [];
  const total = summaryTotal(lines);
  const currencies = cellsCurrencies(lines);
  const money = (cell: CellMoney) =>
    cellMoneyColumn(cell, currencies).map((part, i) => (
      <span key={i} className={styles.money}>
        {part}
      </span>
    ));
  const approving = confirmation?.kind === 'approve';
  return (
    <ConfirmDialog
      open={confirmation !== null}
      title={approving ? 'Approve this run?' : 'Post this run?'}
      confirmLabel={approving ? 'Approve' : 'Post'}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <Body1>
        {approving
          ? 'Approve lets run-due, the nightly job, post these items and write them to the workbook:'
          : `Post applies these items as of ${summary?.asOf} and writes them to the workbook:`}
      </Body1>
      <Table size="small" aria-label="What post will apply">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Action</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.number, styles.countColumn)}>Count</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Amount</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.action}>
              <TableCell>{line.action}</TableCell>
              <TableCell className={styles.number}>{formatCount(line.count)}</TableCell>
              <TableCell className={styles.number}>{money(line)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>Total</TableCell>
            <TableCell className={styles.number}>{formatCount(total.count)}</TableCell>
            <TableCell className={styles.number}>{money(total)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      {confirmation?.kind === 'approve' && <Body1>run-due will post it as of {confirmation.postsAt}.</Body1>}
    </ConfirmDialog>
  );
}
