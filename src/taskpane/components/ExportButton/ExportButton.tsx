import { Button } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type * as SplitModule from './ExportSplitButton';

/** One more way to export, as an item of the menu beside Export. */
export interface ExportMenuChoice {
  /** The menu item's text (`All batches in one workbook`, `Download CSV`). */
  label: string;
  onSelect: () => void;
}

export interface ExportButtonProps {
  /** The Export button's accessible name (`Export`, or `Export SPRING as of 2026-03-01` in a list). */
  label: string;
  disabled: boolean;
  size?: 'small' | 'medium';
  /** Marks the button busy while any call of the page runs. */
  busy?: boolean;
  /** What Export itself does, as its tooltip (`Each batch as a new workbook`). */
  title?: string;
  onExport: () => void;
  /** The other ways to export, in a menu beside Export, in order; when empty, Export is a plain button. */
  menu: readonly ExportMenuChoice[];
}

/**
 * The split button with its menu, fetched as a separate chunk the first time it is shown, so
 * the menu's code stays out of the initial bundle. (`as string`: see session/loadXlsxHost.ts.)
 */
const ExportSplitButton = lazy(async () => {
  const loaded = (await import(/* webpackChunkName: "export-menu" */ './ExportSplitButton' as string)) as typeof SplitModule;
  return { default: loaded.ExportSplitButton };
});

/**
 * Export (SPEC §7). Where there are other ways to export, a split button: Export itself and,
 * beside it, a menu button (`More ways to …`) listing them (until its chunk has loaded, the
 * plain button stands in, so Export works at once). Elsewhere a plain Export button.
 *
 * @example
 * <ExportButton label="Export" disabled={!can.export} onExport={state.onExport}
 *   menu={[{ label: 'All batches in one workbook', onSelect: openOne }, { label: 'Download CSV', onSelect: downloadCsv }]} />
 */
export function ExportButton(props: ExportButtonProps) {
  const { label, disabled, size = 'medium', busy = false, title, onExport, menu } = props;
  const plain = (
    <Button size={size} disabled={disabled} aria-label={label} aria-busy={busy || undefined} title={title} onClick={onExport}>
      Export
    </Button>
  );
  if (menu.length === 0) return plain;
  return (
    <Suspense fallback={plain}>
      <ExportSplitButton {...props} />
    </Suspense>
  );
}
