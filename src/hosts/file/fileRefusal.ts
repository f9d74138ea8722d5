/**
 * Why a command declined to touch a workbook file. Each code is stable, so the application layer
 * can map it to its own `Refusal` (src/app/refusal.ts) and scripts can test for it.
 */
export type FileRefusalCode =
  | 'LOCKED'
  | 'OPEN_IN_EXCEL'
  | 'OPEN_IN_LIBREOFFICE'
  | 'CHANGED_UNDERNEATH'
  | 'NO_SPACE'
  | 'NOT_PERMITTED'
  | 'BUSY';

/**
 * A refusal the user can cause and fix (another process holds the book, the disk is full…):
 * the CLI prints `message` and exits 1, with no stack trace. The file is untouched whenever
 * one is thrown.
 *
 * @example
 * throw new FileRefusal('LOCKED', 'book.xlsx is being changed by another renewal-runs process since 2026-11-30 09:27:44');
 */
export class FileRefusal extends Error {
  override readonly name = 'FileRefusal';

  constructor(
    readonly code: FileRefusalCode,
    message: string,
  ) {
    super(message);
  }
}

/** Operating-system error codes that are a refusal, with the reason in words. */
const REASONS: Record<string, { code: FileRefusalCode; words: string }> = {
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
export function refusalForFsError(error: unknown, path: string): FileRefusal | undefined {
  if (error instanceof FileRefusal) return error;
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  const reason = errno === undefined ? undefined : REASONS[errno];
  if (!reason) return undefined;
  return new FileRefusal(reason.code, `${path} was not written: ${reason.words} (${errno}); the file is unchanged and nothing was written`);
}
