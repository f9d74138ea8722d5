import { Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { DeliveryCounts } from '../../session/runsSession';
import { leftWords } from './deliveryWords';
import type { RunPageState } from './useRunPage';
import type { RunPageStyles } from './useRunPageStyles';

/**
 * After a post (SPEC §9 "Task pane"): Download emails (.zip of .eml files) and Download letters
 * (one PDF), each with what is left to download; a button with nothing to offer is disabled and
 * says why.
 */
export function renderDeliveries(deliveries: DeliveryCounts, state: RunPageState, styles: RunPageStyles) {
  const busy = state.busy !== null;
  const line = (label: string, enabled: boolean, onClick: () => void, words: string) => (
    <div className={styles.download}>
      <Button size="small" disabled={!enabled} aria-busy={busy || undefined} onClick={onClick}>
        {label}
      </Button>
      <Caption1>{words}</Caption1>
    </div>
  );
  return (
    <section className={styles.deliveries} aria-label="Messages of the post">
      <Subtitle2 as="h2">Messages of the post as of {deliveries.asOf}</Subtitle2>
      {line('Download emails', state.can.downloadEmails, state.onDownloadEmails, leftWords('emails', deliveries.emails))}
      {line('Download letters', state.can.downloadLetters, state.onDownloadLetters, leftWords('letters', deliveries.letters))}
    </section>
  );
}
