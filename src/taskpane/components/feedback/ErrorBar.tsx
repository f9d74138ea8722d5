import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface ErrorBarProps {
  /** The words to show (a Refusal's message); nothing is rendered when null. */
  words: string | null;
  title?: string;
}

/** A failure in words, announced to screen readers (MessageBar error intent is assertive). */
export function ErrorBar({ words, title = 'Could not do that' }: ErrorBarProps) {
  if (!words) return null;
  return (
    <MessageBar intent="error" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {words}
      </MessageBarBody>
    </MessageBar>
  );
}
