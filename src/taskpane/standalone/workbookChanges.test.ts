import { WorkbookChanges } from './workbookChanges';

describe('WorkbookChanges', () => {
  it('is clean when opened, dirty after a change and clean again after a save', () => {
    const changes = new WorkbookChanges();
    expect(changes.dirty).toBe(false);
    changes.markChanged();
    expect(changes.dirty).toBe(true);
    changes.markSaved(changes.version);
    expect(changes.dirty).toBe(false);
  });

  it('stays dirty when a change came after the saved bytes were taken', () => {
    const changes = new WorkbookChanges();
    changes.markChanged();
    const taken = changes.version;
    changes.markChanged();
    changes.markSaved(taken);
    expect(changes.dirty).toBe(true);
  });

  it('ignores an older save finishing after a newer one', () => {
    const changes = new WorkbookChanges();
    changes.markChanged();
    const first = changes.version;
    changes.markChanged();
    changes.markSaved(changes.version);
    changes.markSaved(first);
    expect(changes.dirty).toBe(false);
  });

  it('tells subscribers of changes and saves until they unsubscribe', () => {
    const changes = new WorkbookChanges();
    const listener = jest.fn();
    const unsubscribe = changes.subscribe(listener);
    changes.markChanged();
    changes.markSaved(changes.version);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    changes.markChanged();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
