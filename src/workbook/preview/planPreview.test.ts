import { gather } from '../../engine/gather/gatheredState';
import { previewedGrids, SAMPLE_AS_OF } from '../post/testing/previewedGrids';
import { buildPreview } from './buildPreview';
import { planPreview } from './planPreview';

describe('planPreview', () => {
  it('gives the plan and fingerprint buildPreview lays out', () => {
    const { grids, read, run } = previewedGrids();
    const excludedKeys = new Set([buildPreview({ grids, read, run, asOf: SAMPLE_AS_OF }).plan.items[0].key]);
    const built = buildPreview({ grids, read, run, asOf: SAMPLE_AS_OF, excludedKeys });
    expect(planPreview({ grids, read, run, asOf: SAMPLE_AS_OF, excludedKeys })).toEqual({ plan: built.plan, fingerprint: built.fingerprint });
  });

  it('plans alike on records gathered by the caller', () => {
    const { grids, read, run } = previewedGrids();
    const own = planPreview({ grids, read, run, asOf: SAMPLE_AS_OF });
    expect(planPreview({ grids, read, run, asOf: SAMPLE_AS_OF, gathered: gather(read.records) })).toEqual(own);
    expect(own.plan.items.length).toBeGreaterThan(0);
  });
});
