/** Bad command line (unknown command or flag, missing argument): exit 2. */
export class UsageError extends Error {}

/** Refused or unreadable input (missing sheet/column, unknown run, unreadable file): exit 1, nothing written. */
export class RefusedError extends Error {}

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
