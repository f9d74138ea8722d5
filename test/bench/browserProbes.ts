/**
 * What runs inside the page (each function self-contained: playwright sends its source), and
 * the arithmetic on what it returns. Times are the page's performance.now(): milliseconds since
 * navigation started.
 */

export interface LongTask {
  start: number;
  duration: number;
}
interface Probes {
  longTasks: LongTask[];
  fileChosenAt: number | null;
  clickAt: number | null;
}

/** Installed before any page script: every long task (buffered), when a file was chosen, the last click. */
export function installProbes(): void {
  const probes: Probes = { longTasks: [], fileChosenAt: null, clickAt: null };
  (window as unknown as { __bench: Probes }).__bench = probes;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probes.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    (e) => {
      if ((e.target as HTMLInputElement).type === 'file') probes.fileChosenAt = performance.now();
    },
    true,
  );
  document.addEventListener('click', () => (probes.clickAt = performance.now()), true);
}

export function readProbes(): Probes {
  return (window as unknown as { __bench: Probes }).__bench;
}

export type Stage = 'start' | 'runs' | 'preview';
export interface Shown {
  shownAt: number;
  respondsAt: number;
  text: string;
}

/**
 * Waits, checking every frame, until the stage's page is on screen and usable; `respondsAt` is
 * when a task queued right after that frame ran (the main thread free to answer input).
 */
export async function waitForStage(stage: Stage): Promise<Shown> {
  const enabledButton = (text: RegExp) =>
    [...document.querySelectorAll('button')].find((b) => text.test(b.textContent ?? '') && !b.disabled && b.getAttribute('aria-busy') !== 'true');
  const ready = (): string | null => {
    if (stage === 'start') return enabledButton(/^Open my workbook/) && document.querySelector('input[aria-label="Workbook file"]') ? 'start' : null;
    if (stage === 'runs') return enabledButton(/Nightly renewals/)?.textContent ?? null;
    const main = document.querySelector('main');
    const count = document.querySelector('section[aria-label="Actions"] [role="status"]')?.textContent ?? '';
    const row = document.querySelector('[role="list"][aria-label="Items"] [role="listitem"]');
    if (!main || main.getAttribute('aria-busy') !== 'false' || !enabledButton(/^Preview$/) || !/of [\d,]+ items/.test(count) || !row) return null;
    return `${count} | ${main.querySelector('header')?.textContent ?? ''}`;
  };
  const deadline = performance.now() + 600_000;
  return new Promise((resolve, reject) => {
    const check = () => {
      const text = ready();
      if (text === null) {
        if (performance.now() > deadline) reject(new Error(`${stage} page not ready after 10 minutes: ${document.body.innerText.slice(0, 500)}`));
        else requestAnimationFrame(check);
        return;
      }
      const shownAt = performance.now();
      setTimeout(() => resolve({ shownAt, respondsAt: performance.now(), text }), 0);
    };
    requestAnimationFrame(check);
  });
}

export interface Scrolled {
  idleFrames: number[];
  frames: number[];
  startedAt: number;
  endedAt: number;
  total: number;
  lastText: string | null;
  lastInView: boolean;
  rowsInDom: number;
}

/**
 * Scrolls the Actions list's scroll container from top to bottom over `durationMs`, one step
 * per animation frame, and records the frame times (and some idle frames before, for the
 * display's refresh interval); then checks the last item is rendered and in view.
 */
export async function scrollActions(durationMs: number): Promise<Scrolled> {
  const list = document.querySelector('[role="list"][aria-label="Items"]');
  const scroller = list?.parentElement;
  if (!list || !scroller) throw new Error('no Actions list on the page');
  const frames = (n: number) =>
    new Promise<number[]>((resolve) => {
      const times: number[] = [];
      const step = (t: number) => (times.push(t) < n ? requestAnimationFrame(step) : resolve(times));
      requestAnimationFrame(step);
    });
  const idleFrames = await frames(31);
  scroller.scrollTop = 0;
  const startedAt = performance.now();
  const times = await new Promise<number[]>((resolve) => {
    const times: number[] = [];
    const step = (t: number) => {
      times.push(t);
      const f = Math.min(1, (t - times[0]) / durationMs);
      scroller.scrollTop = f * (scroller.scrollHeight - scroller.clientHeight);
      if (f < 1) requestAnimationFrame(step);
      else resolve(times);
    };
    requestAnimationFrame(step);
  });
  await frames(3);
  const endedAt = performance.now();
  const total = Number(list.querySelector('[aria-setsize]')?.getAttribute('aria-setsize') ?? 0);
  const last = list.querySelector(`[aria-posinset="${total}"]`);
  const box = last?.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const lastInView = box !== undefined && box.bottom <= view.bottom + 1 && box.top >= view.top - 1;
  return {
    idleFrames,
    frames: times,
    startedAt,
    endedAt,
    total,
    lastText: last instanceof HTMLElement ? last.innerText.replace(/\s*\n\s*/g, ' | ') : null,
    lastInView,
    rowsInDom: list.children.length,
  };
}

/** The longest task and the total blocking time (Σ duration − 50 ms) of tasks starting in [from, to]. */
export function blocking(tasks: readonly LongTask[], from: number, to: number): { longestMs: number; tbtMs: number; count: number } {
  const inside = tasks.filter((t) => t.start + t.duration > from && t.start < to);
  return {
    longestMs: Math.round(Math.max(0, ...inside.map((t) => t.duration))),
    tbtMs: Math.round(inside.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
    count: inside.length,
  };
}

/** Frame intervals: p50, p95, max, and frames dropped against the idle refresh interval. */
export function frameStats(idle: readonly number[], times: readonly number[]) {
  const gaps = (t: readonly number[]) =>
    t
      .slice(1)
      .map((x, i) => x - t[i])
      .sort((a, b) => a - b);
  const at = (g: number[], q: number) => g[Math.min(g.length - 1, Math.floor(q * g.length))] ?? 0;
  const refresh = at(gaps(idle), 0.5);
  const g = gaps(times);
  const dropped = g.reduce((sum, x) => sum + Math.max(0, Math.round(x / refresh) - 1), 0);
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    refreshMs: r(refresh),
    frames: g.length,
    frameP50Ms: r(at(g, 0.5)),
    frameP95Ms: r(at(g, 0.95)),
    frameMaxMs: r(g[g.length - 1] ?? 0),
    droppedFrames: dropped,
  };
}
