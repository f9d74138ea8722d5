import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { RunStatus } from '../../../engine/model/run';

export interface RunStatusBadgeProps {
  status: RunStatus;
}

const COLOR: Record<RunStatus, BadgeProps['color']> = {
  Draft: 'informative',
  Previewed: 'brand',
  Approved: 'important',
  Executed: 'success',
  Cancelled: 'subtle',
};

/** A run's status as a badge (colour from the theme's palette, the word always shown). */
export function RunStatusBadge({ status }: RunStatusBadgeProps) {
  return (
    <Badge appearance="tint" color={COLOR[status]}>
      {status}
    </Badge>
  );
}
