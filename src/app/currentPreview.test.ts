import { currentPreview, selectItem, setIncluded } from './currentPreview';
import { findRun } from './findRun';
import { openBook } from './openBook';
import { previewRun } from './previewRun';
import { SAMPLE_DATE, sampleHost } from './testing/sampleHost';

async function previewed() {
  const host = sampleHost();
  const book = await openBook(host);
  const preview = await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
  return { host, preview };
}

describe('currentPreview', () => {
  it('is null when the run has no preview sheet', async () => {
    const book = await openBook(sampleHost());
    expect(currentPreview(book, findRun(book, 'NIGHTLY'))).toBeNull();
  });

  it('plans again what the preview sheet holds, as of its date', async () => {
    const { host, preview } = await previewed();
    const book = await openBook(host);
    const current = currentPreview(book, findRun(book, 'NIGHTLY'));
    expect(current?.plan.asOf).toBe(SAMPLE_DATE);
    expect(current?.fingerprint).toBe(preview.fingerprint);
  });
});

describe('setIncluded', () => {
  it("writes the item's Include cell and returns the preview with the item excluded", async () => {
    const { host, preview } = await previewed();
    const key = preview.plan.items.find((i) => i.status === 'ready')!.key;
    const book = await openBook(host);
    const after = await setIncluded(book, findRun(book, 'NIGHTLY'), key, false);
    expect(after.plan.items.find((i) => i.key === key)?.status).toBe('excluded');
    const reread = await openBook(host);
    expect(currentPreview(reread, findRun(reread, 'NIGHTLY'))?.plan.items.find((i) => i.key === key)?.status).toBe('excluded');
  });

  it('refuses NOT_PREVIEWED when the item is not on the preview sheet', async () => {
    const { host } = await previewed();
    const book = await openBook(host);
    await expect(setIncluded(book, findRun(book, 'NIGHTLY'), 'renew:NOPE', false)).rejects.toMatchObject({ code: 'NOT_PREVIEWED' });
  });
});

describe('selectItem', () => {
  it("asks the host to select the item's row, the preview table wide", async () => {
    const { host, preview } = await previewed();
    const selectRow = jest.spyOn(host, 'selectRow');
    const book = await openBook(host);
    await selectItem(book, findRun(book, 'NIGHTLY'), preview.plan.items[0].key);
    expect(selectRow).toHaveBeenCalledWith('Preview NIGHTLY', expect.any(Number), expect.any(Number));
  });
});
