import { renderRunEditor } from './renderRunEditor';
import { type RunEditorProps, useRunEditor } from './useRunEditor';
import { useRunEditorStyles } from './useRunEditorStyles';

export type { RunEditorProps } from './useRunEditor';

/** The run editor (SPEC §7): a run definition's form, its derived Run ID and setup checks shown live as it is edited. */
export function RunEditor(props: RunEditorProps) {
  const state = useRunEditor(props);
  return renderRunEditor(state, useRunEditorStyles(state));
}
