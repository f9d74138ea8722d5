import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { PlacedMessages } from './placeChecks';
import type { RunEditorStyles } from './useRunEditorStyles';

/**
 * Messages not beside one Field (a section's, the form's, the Actions group's) as one
 * MessageBar: an error while any is a problem, else a warning. Nothing when there are none.
 */
export function renderPlacedMessages(messages: PlacedMessages | undefined, styles: RunEditorStyles, id?: string) {
  const all = [...(messages?.problems ?? []), ...(messages?.warnings ?? [])];
  if (all.length === 0) return null;
  return (
    <MessageBar id={id} intent={messages!.problems.length > 0 ? 'error' : 'warning'} layout="multiline" className={styles.placedBar}>
      <MessageBarBody>
        {all.map((message) => (
          <span key={message} className={styles.messageLine}>
            {message}
          </span>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
