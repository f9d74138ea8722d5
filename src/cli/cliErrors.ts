/** Bad command line (unknown command or flag, missing argument): exit 2. Refusals are app/refusal's Refusal: exit 1. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
/** `deliver`: some messages Failed (or their fate is Unknown); recorded, and retried next time (SPEC §9). */
export const EXIT_SOME_FAILED = 3;
/** An unexpected error — a bug, or a failure nobody can fix from the command line (EX_SOFTWARE of sysexits.h). */
export const EXIT_INTERNAL = 70;
