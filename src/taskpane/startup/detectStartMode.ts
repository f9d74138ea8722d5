/** How the task pane was opened. */
export type StartMode =
  /** Inside Excel (desktop, Mac or web): the Office host adapter does the workbook I/O. */
  | { kind: 'excel'; officeBackground: string | null }
  /**
   * An ordinary browser: office.js did not load (offline, blocked) or loaded without a host.
   * The pane works on an .xlsx file the user opens (SPEC §7, standalone web mode).
   */
  | { kind: 'standalone'; reason: 'no-office-js' | 'no-office-host' };

/** The part of office.js's `Office` global this module reads; tests pass a fake. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  context?: { officeTheme?: { bodyBackgroundColor?: string } | null } | null;
}

/**
 * Waits for office.js and tells Excel from an ordinary browser. `Office.onReady` resolves with
 * `host: null` outside Office, so the pane never waits on a host that is not there. Another
 * Office application (the manifest only asks for Excel, but a sideloaded copy could be opened
 * elsewhere) is treated like a browser: the pane still works on a file.
 *
 * @example
 * await detectStartMode(undefined) // → { kind: 'standalone', reason: 'no-office-js' }
 */
export async function detectStartMode(office: OfficeLike | undefined): Promise<StartMode> {
  if (office == null || typeof office.onReady !== 'function') return { kind: 'standalone', reason: 'no-office-js' };
  const info = await office.onReady();
  if (info?.host !== 'Excel') return { kind: 'standalone', reason: 'no-office-host' };
  return { kind: 'excel', officeBackground: readOfficeBackground(office) };
}

/** Office's body background colour, or null where the host has no Office theme (older builds, some platforms). */
function readOfficeBackground(office: OfficeLike): string | null {
  try {
    const colour = office.context?.officeTheme?.bodyBackgroundColor;
    return typeof colour === 'string' && colour !== '' ? colour : null;
  } catch {
    // Some hosts throw from officeTheme instead of leaving it undefined.
    return null;
  }
}
