import { Refusal } from '../../../app/refusal';

/**
 * The words the pane shows for a failed session call: a refusal's own message, or for an
 * unexpected failure its message behind "Something went wrong" (never only the console).
 */
export function refusalWords(error: unknown): string {
  if (error instanceof Refusal) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Something went wrong: ${detail}`;
}
