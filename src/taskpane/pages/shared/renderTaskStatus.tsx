import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { TaskState } from './useTaskState';

/** A page's task in its polite status region: the busy label beside a spinner, then the notice. */
export function renderTaskStatus({ busy, notice }: Pick<TaskState, 'busy' | 'notice'>) {
  return (
    <>
      {busy && <Spinner size="tiny" labelPosition="after" label={busy} />}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
