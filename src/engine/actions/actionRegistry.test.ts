import { BATCH_KINDS } from '../apply/batches';
import { ACTION_REGISTRY, ACTIONS, DEFAULT_ACTIONS, actionDefinition, actionsInOrder } from './actionRegistry';

describe('ACTION_REGISTRY', () => {
  it('lists every action exactly once, under its own name', () => {
    const names = Object.entries(ACTION_REGISTRY).map(([key, def]) => [key, def.action]);
    expect(names.every(([key, action]) => key === action)).toBe(true);
    expect(new Set(ACTIONS).size).toBe(ACTIONS.length);
    expect([...ACTIONS].sort()).toEqual(Object.keys(ACTION_REGISTRY).sort());
  });

  it('orders the actions as SPEC §3 evaluates them when sorted by position', () => {
    expect(ACTIONS).toEqual(['activate', 'renew', 'lapse', 'drop', 'notify', 'collect']);
    expect(actionsInOrder().map((d) => d.action)).toEqual(ACTIONS);
  });

  it('gives a blank Actions cell renew, notify and drop (SPEC §4), in evaluation order: not lapse', () => {
    expect(DEFAULT_ACTIONS).toEqual(['renew', 'drop', 'notify']);
  });

  it('gives every action a batch kind of its own, in batch order', () => {
    expect(new Set(BATCH_KINDS).size).toBe(ACTIONS.length);
    expect(BATCH_KINDS).toEqual(['invoices', 'notices', 'lapses', 'drops', 'payments', 'activations']);
  });

  it.each(ACTIONS)("starts the %s batch's columns with Member ID, Name and Email", (action) => {
    const headers = actionDefinition(action).batch.columns.map((c) => c.header);
    expect(headers.slice(0, 3)).toEqual(['Member ID', 'Name', 'Email']);
    expect(headers.filter((h, i) => headers.indexOf(h) !== i)).toEqual([]);
    expect(actionDefinition(action).batch.columns.filter((c) => c.type === 'amount').length).toBeLessThanOrEqual(1);
  });

  it('gives every action a label and unique summary and batch positions', () => {
    const defs = actionsInOrder();
    expect(defs.every((d) => d.label.length > 0)).toBe(true);
    expect(new Set(defs.map((d) => d.summary.order)).size).toBe(defs.length);
    expect(new Set(defs.map((d) => d.batch.order)).size).toBe(defs.length);
  });
});
