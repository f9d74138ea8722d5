/**
 * The package file host on demand (SPEC §8: the staff's workbook is read and saved part by
 * part). The task pane never puts it in the initial bundle Excel's webview loads: the module
 * (with fflate) is fetched as one separate `package-host` chunk the first time a workbook is
 * opened in the browser or an export is built. (`as string`: see loadXlsxHost.)
 */
import type * as HostModule from '../../hosts/file/packageWorkbookHost';

/**
 * The package host's module, loaded once.
 *
 * @example
 * const { PackageWorkbookHost } = await loadPackageHost();
 */
export function loadPackageHost(): Promise<typeof HostModule> {
  return import(/* webpackChunkName: "package-host" */ '../../hosts/file/packageWorkbookHost' as string) as Promise<typeof HostModule>;
}
