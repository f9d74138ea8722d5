/**
 * The published material beside the checkout (`../shared`: ISO 20022 schemas, real bank files,
 * the xlsx corpus), read in place and never copied into the repository. Under CI
 * (`CI=true`) a missing folder fails the test that needs it; elsewhere the test says plainly that
 * it could not run and passes nothing off as checked.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `../shared` beside the checkout. */
export const SHARED = join(__dirname, '..', '..', '..', 'shared');
export const SCHEMAS = join(SHARED, 'schemas');
export const BANKFILES = join(SHARED, 'bankfiles');

/**
 * Whether a folder of `../shared` is there; throws under CI when it is not, and otherwise warns
 * once so a skipped check is never mistaken for a passed one.
 *
 * @example
 * const present = requireShared(SCHEMAS); if (!present) return;
 */
export function requireShared(folder: string): boolean {
  if (existsSync(folder)) return true;
  if (process.env.CI === 'true') throw new Error(`${folder} is missing: the shared material must sit beside the checkout under CI.`);
  console.warn(`NOT CHECKED: ${folder} is missing, so the tests that need it could not run.`);
  return false;
}

/** The bank files of `../shared/bankfiles` (not NOTES.md or SOURCES.md), by name. */
export function bankFileNames(): string[] {
  return readdirSync(BANKFILES)
    .filter((name) => !name.endsWith('.md'))
    .sort();
}

/** One file of `../shared/bankfiles` as bytes. */
export function bankFile(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(BANKFILES, name)));
}
