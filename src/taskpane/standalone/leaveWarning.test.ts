import { leaveWarning, type LeaveEvent } from './leaveWarning';

function leaveEvent(): LeaveEvent & { preventDefault: jest.Mock } {
  return { preventDefault: jest.fn(), returnValue: undefined };
}

describe('leaveWarning', () => {
  it('asks the browser to confirm leaving while there are unsaved changes', () => {
    const event = leaveEvent();
    leaveWarning(() => true)(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(event.returnValue).toBe(true);
  });

  it('lets the page go when everything is saved', () => {
    const event = leaveEvent();
    leaveWarning(() => false)(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(event.returnValue).toBeUndefined();
  });

  it('reads the state when the page is left, not when the listener was made', () => {
    let dirty = false;
    const listener = leaveWarning(() => dirty);
    dirty = true;
    const event = leaveEvent();
    listener(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
