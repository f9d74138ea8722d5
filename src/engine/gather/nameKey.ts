/**
 * How product, season and member-type names are compared: trimmed and case-insensitive, the
 * way Excel's lookups compare text (`Gold` and `gold ` are one product). IDs are not names:
 * Member, Membership, Invoice and Application IDs compare exactly.
 *
 * @example
 * nameKey(' Gold Plus ') // → 'gold plus'
 */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
