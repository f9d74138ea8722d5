import { isoDate } from '../../engine/dates/isoDate';
import type { RunDefinition } from '../../engine/model/run';
import { decideRunStep, type RunStepKind } from './decideRunStep';
import { momentReached } from './runDueMoment';
import type { RunDueState } from './runDueState';

const O = isoDate('2026-11-21');
const P = isoDate('2026-11-18');
const due = { occurrence: O, preProcessingDate: P, due: true };
const none: RunDueState = { due, preview: null };
const current: RunDueState = { due, preview: { asOf: O, current: true } };
const changed: RunDueState = { due, preview: { asOf: O, current: false } };
const older: RunDueState = { due, preview: { asOf: isoDate('2026-11-20'), current: true } };

type Run = Pick<RunDefinition, 'status' | 'approval' | 'time'>;
const run = (status: Run['status'], approval: Run['approval'] = 'required', time: string | null = '06:00'): Run => ({ status, approval, time });
const at = (date: string, time: string) => ({ date: isoDate(date), time });

describe('decideRunStep', () => {
  it.each<[string, Run, RunDueState, ReturnType<typeof at>, RunStepKind]>([
    ['nothing before the pre-processing date', run('Executed'), none, at('2026-11-17', '23:59'), 'nothing-due'],
    ['previews from the pre-processing date on', run('Executed'), none, at('2026-11-18', '00:00'), 'preview'],
    ['previews again when the sheet is of another date', run('Previewed'), older, at('2026-11-18', '00:00'), 'preview'],
    ['refreshes a preview whose inputs changed', run('Previewed'), changed, at('2026-11-19', '00:00'), 'refresh'],
    ['resets an approved run whose inputs changed', run('Approved'), changed, at('2026-11-21', '07:00'), 'reset'],
    ['waits for approval before the post moment', run('Previewed'), current, at('2026-11-20', '12:00'), 'wait-for-approval'],
    ['waits for approval after the post moment', run('Previewed'), current, at('2026-11-21', '06:00'), 'wait-for-approval'],
    ['does not post an approved run at 05:59', run('Approved'), current, at('2026-11-21', '05:59'), 'nothing-due'],
    ['posts an approved run at 06:00', run('Approved'), current, at('2026-11-21', '06:00'), 'post'],
    ['posts an auto run at its time', run('Previewed', 'auto'), current, at('2026-11-21', '06:00'), 'post'],
    ['posts an auto run with a blank Time from midnight', run('Previewed', 'auto', null), current, at('2026-11-21', '00:00'), 'post'],
    ['posts a missed occurrence days later', run('Previewed', 'auto'), current, at('2026-11-24', '00:00'), 'post'],
    ['does not post an auto run whose preview is stale: refreshes it', run('Previewed', 'auto'), changed, at('2026-11-21', '06:00'), 'refresh'],
    ['never previews a cancelled run', run('Cancelled'), none, at('2026-11-20', '12:00'), 'nothing-due'],
    ['skips a cancelled occurrence at its post moment', run('Cancelled'), none, at('2026-11-21', '06:00'), 'skip'],
    ['skips a cancelled auto occurrence too', run('Cancelled', 'auto'), current, at('2026-11-22', '00:00'), 'skip'],
    ['Status Draft with a current preview (a clone) still waits', run('Draft'), current, at('2026-11-21', '06:00'), 'wait-for-approval'],
  ])('%s', (_name, r, state, now, kind) => {
    expect(decideRunStep(r, state, now).kind).toBe(kind);
  });

  it('says why, naming the occurrence and its post moment', () => {
    expect(decideRunStep(run('Previewed'), current, at('2026-11-20', '12:00')).detail).toBe(
      'previewed as of 2026-11-21; posts at 2026-11-21 06:00 once approved',
    );
    expect(decideRunStep(run('Approved'), changed, at('2026-11-21', '07:00')).detail).toMatch(/^changed since approval: review again/);
  });

  it('does not change the run or the state it is given', () => {
    const r = run('Approved');
    const state = structuredClone(changed);
    decideRunStep(r, state, at('2026-11-21', '07:00'));
    expect(r).toEqual(run('Approved'));
    expect(state).toEqual(changed);
  });
});

describe('momentReached', () => {
  it.each([
    ['2026-11-20', '23:59', '06:00', false],
    ['2026-11-21', '05:59', '06:00', false],
    ['2026-11-21', '06:00', '06:00', true],
    ['2026-11-22', '00:00', '06:00', true],
    ['2026-11-21', '00:00', null, true],
  ])('%s %s against the occurrence at %s → %s', (date, time, runTime, reached) => {
    expect(momentReached(at(date, time), O, runTime)).toBe(reached);
  });
});
