import {
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Toolbar,
  ToolbarButton,
  Tooltip,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, MoreHorizontalRegular } from '@fluentui/react-icons';
import type { RunPageState } from './useRunPage';
import type { RunPageStyles } from './useRunPageStyles';

/**
 * The run page's command bar (Microsoft's narrow-pane guidance): one primary button for the
 * next step (Preview, then Post; "Preview again", as of the same date, once post found the
 * preview stale), Refresh as an icon button, and everything else in "More
 * actions". While a call runs the buttons stay focusable but do nothing (`disabledFocusable`),
 * so focus is never dropped on `<body>`.
 */
export function renderCommandBar(state: RunPageState, styles: RunPageStyles) {
  const { can, refs } = state;
  const busy = state.busy !== null;
  const { next } = state;
  const nextEnabled = can[next];
  const onNext = next === 'post' ? state.onPost : next === 'refresh' ? state.onRefresh : state.onPreview;
  return (
    <Toolbar aria-label="Run actions" className={styles.toolbar}>
      <ToolbarButton ref={refs.primary} appearance="primary" disabledFocusable={!nextEnabled} aria-busy={busy || undefined} onClick={onNext}>
        {next === 'post' ? 'Post' : next === 'refresh' ? 'Preview again' : 'Preview'}
      </ToolbarButton>
      <Tooltip content="Refresh: preview again as of the same date" relationship="description" withArrow>
        <ToolbarButton aria-label="Refresh" icon={<ArrowClockwiseRegular />} disabledFocusable={!can.refresh} onClick={state.onRefresh} />
      </Tooltip>
      <Menu positioning="below-end">
        <MenuTrigger disableButtonEnhancement>
          <Tooltip content="More actions" relationship="label" withArrow>
            <ToolbarButton ref={refs.more} aria-label="More actions" icon={<MoreHorizontalRegular />} disabledFocusable={busy} />
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>{renderMoreActions(state)}</MenuPopover>
      </Menu>
    </Toolbar>
  );
}

/** The overflow menu: Approve, Edit, Clone, Export's choices, Revert, Discard preview. */
function renderMoreActions(state: RunPageState) {
  const { can } = state;
  return (
    <MenuList>
      {state.next !== 'preview' && <MenuItem onClick={state.onPreview}>New preview</MenuItem>}
      {state.waitsForApproval && (
        <MenuItem disabled={!can.approve} onClick={state.onApprove}>
          Approve
        </MenuItem>
      )}
      <MenuItem disabled={!can.edit} onClick={state.onEdit}>
        Edit
      </MenuItem>
      <MenuItem disabled={!can.clone} onClick={state.onClone}>
        Clone
      </MenuItem>
      {state.everPosted && (
        <>
          <MenuDivider />
          <MenuGroup>
            <MenuGroupHeader>Export</MenuGroupHeader>
            <MenuItem disabled={!can.export} onClick={state.onExport}>
              {state.exportTitle}
            </MenuItem>
            {state.exportMenu.map((choice) => (
              <MenuItem key={choice.label} disabled={!can.export} onClick={choice.onSelect}>
                {choice.label}
              </MenuItem>
            ))}
          </MenuGroup>
          <MenuDivider />
          <MenuItem disabled={!can.revert} onClick={state.onRevert}>
            Revert
          </MenuItem>
        </>
      )}
      {can.discard && <MenuItem onClick={state.onDiscard}>Discard preview</MenuItem>}
    </MenuList>
  );
}
