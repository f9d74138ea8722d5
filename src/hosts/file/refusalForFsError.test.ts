import { Refusal } from '../refusal';
import { refusalForFsError } from './refusalForFsError';

const errno = (code: string) => Object.assign(new Error(`${code}: boom`), { code });

describe('refusalForFsError', () => {
  it.each([
    ['ENOSPC', 'NO_SPACE', 'the disk is full'],
    ['EDQUOT', 'NO_SPACE', 'quota'],
    ['EACCES', 'NOT_PERMITTED', 'permission denied'],
    ['EPERM', 'NOT_PERMITTED', 'does not permit'],
    ['EROFS', 'NOT_PERMITTED', 'read-only'],
    ['EBUSY', 'BUSY', 'in use by another program'],
  ])('turns %s into %s with the reason in words', (code, refusal, words) => {
    const result = refusalForFsError(errno(code), 'book.xlsx');
    expect(result).toBeInstanceOf(Refusal);
    expect(result?.code).toBe(refusal);
    expect(result?.message).toContain('book.xlsx was not written');
    expect(result?.message).toContain(words);
    expect(result?.message).toContain(`(${code})`);
  });

  it('leaves errors a user cannot fix to be bugs', () => {
    expect(refusalForFsError(errno('EIO'), 'book.xlsx')).toBeUndefined();
    expect(refusalForFsError(new TypeError('x'), 'book.xlsx')).toBeUndefined();
    expect(refusalForFsError(null, 'book.xlsx')).toBeUndefined();
  });

  it('passes a refusal through unchanged', () => {
    const refusal = new Refusal('LOCKED', 'held');
    expect(refusalForFsError(refusal, 'book.xlsx')).toBe(refusal);
  });
});
