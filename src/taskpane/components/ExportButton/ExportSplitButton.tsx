import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, SplitButton, type MenuButtonProps } from '@fluentui/react-components';
import type { ExportButtonProps } from './ExportButton';

/**
 * Export as a split button: Export itself, and beside it a menu button (`More ways to …`)
 * whose menu lists the other ways to export, in the order given. Fluent's menu brings its
 * positioning engine (about 15 KB gzipped), so ExportButton loads this module on demand, only
 * where there is a menu.
 *
 * @example
 * <ExportSplitButton label="Export" disabled={false} onExport={openEach} menu={[{ label: 'Download CSV', onSelect: downloadCsv }]} />
 */
export function ExportSplitButton({ label, disabled, size = 'medium', busy = false, title, onExport, menu }: ExportButtonProps) {
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        {(triggerProps: MenuButtonProps) => (
          <SplitButton
            size={size}
            disabled={disabled}
            aria-busy={busy || undefined}
            menuButton={{ ...triggerProps, 'aria-label': `More ways to ${label.charAt(0).toLowerCase()}${label.slice(1)}` }}
            primaryActionButton={{ onClick: onExport, 'aria-label': label, title }}
          >
            Export
          </SplitButton>
        )}
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {menu.map((choice) => (
            <MenuItem key={choice.label} onClick={choice.onSelect}>
              {choice.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
