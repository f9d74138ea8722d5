/**
 * The model's `Office.context.requirements`: which requirement sets the modelled Excel supports.
 * Only `ExcelApi` is modelled, up to one version; every other set is unsupported. Versions
 * compare part by part as numbers ('1.10' is above '1.9'), as Office does.
 *
 * @example
 * new ModelRequirements('1.8').isSetSupported('ExcelApi', '1.7') // → true
 * new ModelRequirements('1.7').isSetSupported('ExcelApi', '1.8') // → false
 */
export class ModelRequirements {
  constructor(readonly excelApi: string) {
    if (!/^\d+(\.\d+)*$/.test(excelApi)) throw new Error(`excelModel: '${excelApi}' is not an ExcelApi version`);
  }

  /** Office.RequirementSetSupport.isSetSupported: the version defaults to 1.1; a number is read as text. */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    if (name.toLowerCase() !== 'excelapi') return false;
    return versionAtLeast(this.excelApi, minVersion === undefined ? '1.1' : String(minVersion));
  }
}

/**
 * Whether version `have` is at least `want`, comparing dot-separated parts as numbers
 * (missing parts count as 0).
 *
 * @example
 * versionAtLeast('1.10', '1.9') // → true
 */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}
