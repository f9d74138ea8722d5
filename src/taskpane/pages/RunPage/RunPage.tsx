import { renderRunPage } from './renderRunPage';
import { type RunPageProps, useRunPage } from './useRunPage';
import { useRunPageStyles } from './useRunPageStyles';

export type { RunPageProps } from './useRunPage';

/** The run page (SPEC §7): header, Preview…Export buttons, and the Details, Statistics and Actions tabs. */
export function RunPage(props: RunPageProps) {
  const state = useRunPage(props);
  return renderRunPage(state, useRunPageStyles(state));
}
