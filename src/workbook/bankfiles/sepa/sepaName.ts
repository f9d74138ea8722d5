import { toSepaText } from '../../../engine/bank/sepaText';

/**
 * {@link toSepaText} for a name, which SEPA requires (Nm, 1–70): throws when nothing of it is
 * left in the SEPA set (`Петров`), a case the caller has to catch before the file is written.
 *
 * @example
 * sepaName('Dbtr/Nm', 'Zoë Ñúñez') // → 'Zoe Nunez'
 * sepaName('Dbtr/Nm', 'Петров')    // throws
 */
export function sepaName(element: string, name: string): string {
  const sepa = toSepaText(name, 70);
  if (!sepa) throw new Error(`${element}: nothing of ${JSON.stringify(name)} is in the SEPA character set`);
  return sepa;
}
