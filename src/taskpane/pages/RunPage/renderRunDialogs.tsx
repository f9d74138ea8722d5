import { Body1, Field, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { ConfirmDialog } from '../../components/ConfirmDialog/ConfirmDialog';
import { formatAmount, formatCount } from '../../components/feedback/formatNumbers';
import { summaryLines } from './postedWords';
import type { RunPageState } from './useRunPage';
import type { RunPageStyles } from './useRunPageStyles';

/** The Post, Revert and Clone dialogs. */
export function renderRunDialogs(state: RunPageState, styles: RunPageStyles) {
  const summary = state.postConfirmation;
  const lines = summary ? summaryLines(summary) : [];
  const total = lines.reduce((sum, line) => ({ count: sum.count + line.count, amount: sum.amount + line.amount }), { count: 0, amount: 0 });
  return (
    <>
      <ConfirmDialog open={summary !== null} title="Post this run?" confirmLabel="Post" onConfirm={state.onConfirmPost} onCancel={state.onCancelPost}>
        <Body1>Post applies these items as of {summary?.asOf} and writes them to the workbook:</Body1>
        <Table size="small" aria-label="What post will apply">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Action</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Count</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Amount</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lines.map((line) => (
              <TableRow key={line.action}>
                <TableCell>{line.action}</TableCell>
                <TableCell className={styles.number}>{formatCount(line.count)}</TableCell>
                <TableCell className={styles.number}>{formatAmount(line.amount)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>Total</TableCell>
              <TableCell className={styles.number}>{formatCount(total.count)}</TableCell>
              <TableCell className={styles.number}>{formatAmount(total.amount)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </ConfirmDialog>
      <ConfirmDialog
        open={state.revertConfirmation}
        title="Revert this post?"
        confirmLabel="Revert"
        onConfirm={state.onConfirmRevert}
        onCancel={state.onCancelRevert}
      >
        <Body1>Revert restores every cell the post changed, from the Journal. It is refused if a later run depends on it.</Body1>
      </ConfirmDialog>
      <ConfirmDialog
        open={state.cloneName !== null}
        title="Clone this run"
        confirmLabel="Clone"
        onConfirm={state.onConfirmClone}
        onCancel={() => state.setCloneName(null)}
      >
        <Field label="Name of the new run" required>
          <Input value={state.cloneName ?? ''} onChange={(_, data) => state.setCloneName(data.value)} />
        </Field>
      </ConfirmDialog>
    </>
  );
}
