/**
 * Whether standalone mode's in-browser workbook has changes not yet saved (SPEC §7: the
 * workbook lives in memory until it is saved as a download). Each change bumps a version; a
 * save records the version its bytes were taken at, so a change made while the file was being
 * written still counts as unsaved.
 *
 * @example
 * const changes = new WorkbookChanges();
 * changes.markChanged();
 * changes.dirty // → true
 * changes.markSaved(changes.version);
 * changes.dirty // → false
 */
export class WorkbookChanges {
  private current = 0;
  private saved = 0;
  private readonly listeners = new Set<() => void>();

  /** How many changes the workbook has had since it was opened. */
  get version(): number {
    return this.current;
  }

  /** Whether there are changes the last save did not hold. */
  get dirty(): boolean {
    return this.current !== this.saved;
  }

  /** Records that the workbook changed (something was written to it). */
  markChanged(): void {
    this.current += 1;
    this.notify();
  }

  /** Records a save of the workbook as it was at `version` (read {@link version} before taking its bytes). */
  markSaved(version: number): void {
    if (version <= this.saved) return;
    this.saved = Math.min(version, this.current);
    this.notify();
  }

  /** Calls `listener` after every change of {@link dirty}'s inputs; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
