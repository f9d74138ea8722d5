import type { FieldProps } from '@fluentui/react-components';
import type { PlacedMessages } from './placeChecks';

/**
 * A Field's validation props for the messages placed on it: an error while it has a problem,
 * else a warning; each message on a line of its own. None when it has no message.
 *
 * @example
 * fieldValidation({ problems: [], warnings: ['Drop After Days is 10: …'] }, 'line')
 * // → { validationState: 'warning', validationMessage: <span className="line">Drop After Days is 10: …</span> }
 */
export function fieldValidation(messages: PlacedMessages | undefined, lineClass: string): Pick<FieldProps, 'validationState' | 'validationMessage'> {
  const all = [...(messages?.problems ?? []), ...(messages?.warnings ?? [])];
  if (all.length === 0) return {};
  return {
    validationState: messages!.problems.length > 0 ? 'error' : 'warning',
    validationMessage: all.map((message) => (
      <span key={message} className={lineClass}>
        {message}
      </span>
    )),
  };
}
