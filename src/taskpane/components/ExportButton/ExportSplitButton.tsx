import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, SplitButton, type MenuButtonProps } from '@fluentui/react-components';
import type { ExportButtonProps } from './ExportButton';

/**
 * Export as a split button: Export itself, and beside it a menu button (`More ways to …`)
 * whose menu holds **Download CSV**. Fluent's menu brings its positioning engine (about 15 KB
 * gzipped), so ExportButton loads this module on demand, only where there is a second choice.
 *
 * @example
 * <ExportSplitButton label="Export" disabled={false} onExport={openWorkbook} onDownloadCsv={downloadCsv} />
 */
export function ExportSplitButton({ label, disabled, size = 'medium', busy = false, onExport, onDownloadCsv }: ExportButtonProps & { onDownloadCsv: () => void }) {
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        {(triggerProps: MenuButtonProps) => (
          <SplitButton
            size={size}
            disabled={disabled}
            aria-busy={busy || undefined}
            menuButton={{ ...triggerProps, 'aria-label': `More ways to ${label.charAt(0).toLowerCase()}${label.slice(1)}` }}
            primaryActionButton={{ onClick: onExport, 'aria-label': label, title: 'Open the batches in a new workbook' }}
          >
            Export
          </SplitButton>
        )}
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={onDownloadCsv}>Download CSV</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
