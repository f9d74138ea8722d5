/** Bad command line (unknown command or flag, missing argument): exit 2. Refusals are app/refusal's Refusal: exit 1. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
