import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { ConfirmDialog } from '../../components/ConfirmDialog/ConfirmDialog';
import type { PostSummary } from '../../session/runsSession';
import { notPostedSentence, postSentences, type NotPosted } from './postSentences';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/**
 * What the confirmation asks before: a post now, or an approval that lets `run-due` post later.
 * `notPosted` (the preview's error and excluded items) is said when given.
 */
export type PostConfirmation =
  { kind: 'post'; summary: PostSummary; notPosted?: NotPosted } | { kind: 'approve'; summary: PostSummary; postsAt: string; notPosted?: NotPosted };

export interface PostConfirmDialogProps {
  /** Open while set. */
  confirmation: PostConfirmation | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The confirmation of Post (SPEC §7: it states counts and totals) and of Approve (SPEC §12: the
 * same, and when `run-due` will post the run), in sentences: one per action ("Creates 182
 * invoices, $15,302.50"), each amount with its currency and never two currencies added (SPEC
 * §11), then what will not be posted. It opens with focus on Cancel.
 *
 * @example
 * <PostConfirmDialog confirmation={{ kind: 'post', summary, notPosted: { errors: 1, excluded: 1 } }} … />
 */
export function PostConfirmDialog({ confirmation, onConfirm, onCancel }: PostConfirmDialogProps) {
  const styles = useStyles();
  const summary = confirmation?.summary ?? null;
  const sentences = summary ? postSentences(summary) : [];
  const leftOut = confirmation?.notPosted ? notPostedSentence(confirmation.notPosted) : null;
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
          ? 'Approve lets run-due, the nightly job, post this run and write it to the workbook. It:'
          : `Post applies this run as of ${summary?.asOf} and writes it to the workbook. It:`}
      </Body1>
      {sentences.length === 0 ? (
        <Body1 as="p">Nothing to apply.</Body1>
      ) : (
        <ul className={styles.list} aria-label="What post will apply">
          {sentences.map((sentence) => (
            <li key={sentence}>
              <Body1>{sentence}.</Body1>
            </li>
          ))}
        </ul>
      )}
      {leftOut && <Body1 as="p">{leftOut}</Body1>}
      {confirmation?.kind === 'approve' && <Body1 as="p">run-due will post it as of {confirmation.postsAt}.</Body1>}
    </ConfirmDialog>
  );
}
