import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ItemMessage } from '../../session/runsSession';
import { ErrorBar } from '../feedback/ErrorBar';
import { refusalWords } from '../feedback/refusalWords';

export interface MessageDialogProps {
  /** The item whose message is shown; null: the dialog is closed. */
  itemKey: string | null;
  /** Renders the item's message (null: its action sends none). */
  load: (key: string) => Promise<ItemMessage | null>;
  onClose: () => void;
}

type Shown = { state: 'loading' } | { state: 'ready'; message: ItemMessage | null } | { state: 'failed'; words: string };
/** What was loaded, and for which key: a result for another key shows as loading. */
type Loaded = { key: string } & Shown;

const useStyles = makeStyles({
  surface: { maxWidth: `min(600px, calc(100vw - ${tokens.spacingHorizontalXXL}))`, boxSizing: 'border-box' },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  subject: { overflowWrap: 'anywhere' },
  body: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    maxHeight: '50vh',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * An item's rendered message (SPEC §9 "Task pane"): who it goes to, its subject, and its body
 * with the template's line breaks, wrapping long words so it fits a 350 px pane.
 *
 * @example
 * <MessageDialog itemKey={key} load={(k) => session.itemMessage(runId, k)} onClose={() => setKey(null)} />
 */
export function MessageDialog({ itemKey, load, onClose }: MessageDialogProps) {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (itemKey === null) return;
    let current = true;
    load(itemKey).then(
      (message) => current && setLoaded({ key: itemKey, state: 'ready', message }),
      (failure: unknown) => current && setLoaded({ key: itemKey, state: 'failed', words: refusalWords(failure) }),
    );
    return () => {
      current = false;
    };
  }, [itemKey, load]);
  // Closing and opening the same item again loads it again (a template may have changed).
  const shown: Shown = loaded !== null && loaded.key === itemKey ? loaded : { state: 'loading' };
  const close = () => {
    setLoaded(null);
    onClose();
  };
  return (
    <Dialog open={itemKey !== null} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface className={styles.surface} aria-label={`Message of ${itemKey ?? ''}`}>
        <DialogBody>
          <DialogTitle>Message</DialogTitle>
          <DialogContent className={styles.content}>{renderShown(shown, styles)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={close}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function renderShown(shown: Shown, styles: ReturnType<typeof useStyles>) {
  if (shown.state === 'loading') return <Spinner size="small" label="Rendering the message…" />;
  if (shown.state === 'failed') return <ErrorBar title="Could not render the message" words={shown.words} />;
  const { message } = shown;
  if (message === null) return <Body1>This item sends no message.</Body1>;
  return (
    <>
      <Caption1 className={styles.meta}>
        {message.to === null ? 'Printed letter (no email address)' : `To ${message.to}`} · {message.kind}
        {message.attachInvoice ? ' · invoice PDF attached' : ''}
      </Caption1>
      <Text weight="semibold" className={styles.subject}>
        {message.subject}
      </Text>
      <pre className={styles.body}>{message.body}</pre>
    </>
  );
}
