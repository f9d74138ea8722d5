import { Refusal, type RefusalCode } from '../refusal';

/** Operating-system error codes that are a refusal, with the reason in words. */
const REASONS: Record<string, { code: RefusalCode; words: string }> = {
  ENOSPC: { code: 'NO_SPACE', words: 'the disk is full' },
  EDQUOT: { code: 'NO_SPACE', words: 'the disk quota is used up' },
  EACCES: { code: 'NOT_PERMITTED', words: 'permission denied' },
  // EPERM on Linux is also what an immutable (chattr +i) or append-only file gives.
  EPERM: { code: 'NOT_PERMITTED', words: 'the operating system does not permit it (read-only, immutable or locked file?)' },
  EROFS: { code: 'NOT_PERMITTED', words: 'the disk is read-only' },
  EBUSY: { code: 'BUSY', words: 'the file is in use by another program' },
  ETXTBSY: { code: 'BUSY', words: 'the file is in use by another program' },
};

/**
 * The refusal for an operating-system error met while replacing `path`, or `undefined` when the
 * error is not one a user can fix (then it is a bug and stays an exception).
 *
 * @example
 * refusalForFsError(Object.assign(new Error(), { code: 'ENOSPC' }), 'book.xlsx')?.code; // 'NO_SPACE'
 */
export function refusalForFsError(error: unknown, path: string): Refusal | undefined {
  if (error instanceof Refusal) return error;
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  const reason = errno === undefined ? undefined : REASONS[errno];
  if (!reason) return undefined;
  return new Refusal(reason.code, `${path} was not written: ${reason.words} (${errno}); the file is unchanged and nothing was written`);
}
