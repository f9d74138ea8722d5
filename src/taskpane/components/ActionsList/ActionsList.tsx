import { renderActionsList } from './renderActionsList';
import { type ActionsListProps, useActionsList } from './useActionsList';
import { useActionsListStyles } from './useActionsListStyles';

export type { ActionsListProps } from './useActionsList';

/** The Actions tab (SPEC §7): a virtualised, filterable list of a preview's items. */
export function ActionsList(props: ActionsListProps) {
  const state = useActionsList(props);
  return renderActionsList(state, useActionsListStyles(state));
}
