import { Body1, MessageBar, MessageBarBody, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { ShellMessage } from './shellMessage';

export interface ShellPageProps {
  message: ShellMessage;
  /** Warnings about what opening the workbook did (shown, never only logged). */
  notices?: string[];
}

const useShellPageStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
  },
  body: { color: tokens.colorNeutralForeground2 },
});

/** The placeholder page of the shell: a title and a sentence (the runs pages come next). */
export function ShellPage({ message, notices = [] }: ShellPageProps) {
  const styles = useShellPageStyles();
  return (
    <main className={styles.root} role={message.role}>
      <Title3 as="h1">{message.title}</Title3>
      <Body1 className={styles.body}>{message.body}</Body1>
      {notices.map((notice) => (
        <MessageBar key={notice} intent="warning">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
    </main>
  );
}
