import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export interface StartupNoticesProps {
  /** What opening the workbook did that the user must know (an interrupted post rolled back). */
  notices: string[];
}

/**
 * The notices of opening the workbook, above its pages, in a region of their own (the pages
 * are the page's `<main>`). Nothing is rendered without notices.
 */
export function StartupNotices({ notices }: StartupNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <section aria-label="Notices">
      {notices.map((notice) => (
        <MessageBar key={notice} intent="warning">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
