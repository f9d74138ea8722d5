import { tempFileName, tempFileOwnerPid } from './tempFileName';

describe('tempFileName', () => {
  it('is a hidden file beside the target, named after it and the pid', () => {
    expect(tempFileName('/data/book.xlsx', 4242)).toBe('/data/.book.xlsx.4242.tmp');
  });

  it('uses this process by default', () => {
    expect(tempFileName('/d/b.xlsx')).toBe(`/d/.b.xlsx.${process.pid}.tmp`);
  });
});

describe('tempFileOwnerPid', () => {
  it.each([
    ['.book.xlsx.4242.tmp', 4242],
    ['.book.xlsx.bak.17.tmp', 17],
    ['.other.xlsx.4242.tmp', null],
    ['.book.xlsx.tmp', null],
    ['.book.xlsx.abc.tmp', null],
    ['.book.xlsx.0.tmp', null],
    ['book.xlsx.4242.tmp', null],
    ['.book.xlsx.4242.tmp.x', null],
    ['book.xlsx', null],
  ])('%s → %s', (entry, pid) => {
    expect(tempFileOwnerPid(entry, 'book.xlsx')).toBe(pid);
  });

  it('reads the names tempFileName gives', () => {
    expect(tempFileOwnerPid('.b.xlsx.99.tmp', 'b.xlsx')).toBe(Number(tempFileName('/x/b.xlsx', 99).split('.').at(-2)));
  });
});
