/**
 * A post interrupted at every one of its write requests, through the real office.js: the model
 * drops the request (nothing applied) or loses its response (all applied), office.js surfaces
 * ConnectionFailure as its own error, and the next open rolls the post back — input sheets as
 * before the post (or as after it, only when the final `Posted` write landed) — after which the
 * run posts again. The same guarantee as test/office/interruptedPost, on office.js's requests.
 */
import { recoverInterruptedPosts } from '../../src/app/recoverInterruptedPosts';
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import type { ExcelModel } from '../excelModel/excelModel';
import { trimmedRows } from '../fixtures/trimmedSheets';
import { preparedNightlyPost, previewedSampleModel } from '../office/seedModel';
import { loadOfficeJs } from './loadOfficeJs';
import { officeJsRun } from './officeJsRun';

const INPUTS = ['Members', 'Invoices', 'Applications', 'Runs'];

function inputs(model: ExcelModel): string {
  return JSON.stringify(INPUTS.map((sheet) => trimmedRows(model.values(sheet))));
}

/** A previewed sample on the model, with a host on it through office.js. */
async function previewed() {
  const { model } = await previewedSampleModel(40);
  const harness = officeJsRun(model);
  return { model, recorder: harness.recorder, host: new OfficeWorkbookHost(harness.run) };
}

const post = async (host: OfficeWorkbookHost) => (await preparedNightlyPost(host))();

describe('a post through office.js interrupted at each request', () => {
  jest.setTimeout(60_000);

  it.each(['failAtSync', 'failAfterApplyingSync'] as const)('is rolled back on the next open (%s)', async (fault) => {
    const reference = await previewed();
    const before = inputs(reference.model);
    await post(reference.host);
    const posted = inputs(reference.model);
    expect(posted).not.toBe(before);
    // How many requests the post itself sends once prepared: each is interrupted in turn.
    const probe = await previewed();
    const probePost = await preparedNightlyPost(probe.host);
    probe.recorder.reset();
    await probePost();
    const total = probe.recorder.requests.length;
    expect(total).toBeGreaterThan(3);

    for (let k = 1; k <= total; k++) {
      const { model, host } = await previewed();
      const execute = await preparedNightlyPost(host);
      model[fault](k);
      const error = await execute().then(
        () => null,
        (e: unknown) => e,
      );
      expect({ k, error }).toEqual({ k, error: expect.any(loadOfficeJs().OfficeExtension.Error) });
      expect(error).toMatchObject({ code: 'ConnectionFailure' });

      const reopened = new OfficeWorkbookHost(officeJsRun(model).run);
      await recoverInterruptedPosts(reopened, { session: 'pane:reopened', now: new Date('2026-11-21T03:00:00Z') });
      const now = inputs(model);
      if (now === posted) {
        expect({ k, fault }).toEqual({ k: total, fault: 'failAfterApplyingSync' });
        continue;
      }
      expect({ k, same: now === before }).toEqual({ k, same: true });
      await post(reopened);
      expect({ k, same: inputs(model) === posted }).toEqual({ k, same: true });
    }
  });
});
