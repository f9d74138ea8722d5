import { Button } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type * as SplitModule from './ExportSplitButton';

export interface ExportButtonProps {
  /** The Export button's accessible name (`Export`, or `Export SPRING as of 2026-03-01` in a list). */
  label: string;
  disabled: boolean;
  size?: 'small' | 'medium';
  /** Marks the button busy while any call of the page runs. */
  busy?: boolean;
  onExport: () => void;
  /** The second choice, in a menu beside Export; when null, Export is a plain button. */
  onDownloadCsv: (() => void) | null;
}

/**
 * The split button with its menu, fetched as a separate chunk the first time it is shown, so
 * the menu's code stays out of the initial bundle. (`as string`: see browserWorkbook.ts.)
 */
const ExportSplitButton = lazy(async () => {
  const loaded = (await import(/* webpackChunkName: "export-menu" */ './ExportSplitButton' as string)) as typeof SplitModule;
  return { default: loaded.ExportSplitButton };
});

/**
 * Export (SPEC §7). Where Export opens the batches as a new workbook, a split button: Export
 * itself and, beside it, a menu button (`More ways to …`) with **Download CSV** (until its
 * chunk has loaded, the plain button stands in, so Export works at once). Elsewhere a plain
 * Export button that downloads the CSV files.
 *
 * @example
 * <ExportButton label="Export" disabled={!can.export} onExport={state.onExport} onDownloadCsv={state.onDownloadCsv} />
 */
export function ExportButton(props: ExportButtonProps) {
  const { label, disabled, size = 'medium', busy = false, onExport, onDownloadCsv } = props;
  const plain = (
    <Button size={size} disabled={disabled} aria-label={label} aria-busy={busy || undefined} onClick={onExport}>
      Export
    </Button>
  );
  if (!onDownloadCsv) return plain;
  return (
    <Suspense fallback={plain}>
      <ExportSplitButton {...props} onDownloadCsv={onDownloadCsv} />
    </Suspense>
  );
}
