import { entryText, textEntry } from './entryBytes';
import type { InflateRaw } from './packageCodecs';
import type { NewEntry, PackageEntry } from './packageModel';
import { readRelationships, relsPathOf, removeOverride, resolveTarget } from './relationships';

/**
 * The entries of a package being saved, in file order: edited ones replaced in place, new ones
 * last, removed ones gone; and removing a part together with the parts only it used.
 *
 * @example
 * const parts = new PackageParts(pkg.entries);
 * types = parts.removeTree('xl/worksheets/sheet3.xml', types);
 */
export class PackageParts {
  private readonly entries: Map<string, PackageEntry>;

  constructor(
    entries: ReadonlyMap<string, PackageEntry>,
    private readonly inflate: InflateRaw | null = null,
    /** Told of each new or changed part as it is set (e.g. to start deflating it on another thread). */
    private readonly onSet: (entry: NewEntry) => void = () => undefined,
  ) {
    this.entries = new Map(entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  text(name: string): string {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`The package has no part ${name}`);
    return entryText(entry, this.inflate);
  }

  /** The entry of a part (as stored, or as set). */
  entry(name: string): PackageEntry {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`The package has no part ${name}`);
    return entry;
  }

  set(entry: PackageEntry): void {
    this.entries.set(entry.name, entry);
    if (entry.kind === 'new') this.onSet(entry);
  }

  /** Replaces a text part only when its text changed, so an untouched part stays a raw copy. */
  setTextIfChanged(name: string, text: string): void {
    if (!this.entries.has(name) || this.text(name) !== text) this.set(textEntry(name, text));
  }

  list(): PackageEntry[] {
    return [...this.entries.values()];
  }

  /** `<prefix><n><suffix>` with the lowest n ≥ 1 no part uses (compared case-insensitively, as OPC part names are). */
  freeName(prefix: string, suffix: string): string {
    const taken = new Set([...this.entries.keys()].map((n) => n.toLowerCase()));
    for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}${suffix}`.toLowerCase())) return `${prefix}${n}${suffix}`;
  }

  /** Removes a part, its rels part, and every part it used that nothing else uses; returns the content types without their overrides. */
  removeTree(part: string, types: string): string {
    const out = this.removeDependents(part, types);
    this.entries.delete(part);
    return removeOverride(out, part);
  }

  /** Removes a part's rels part and every part it used that no other part uses (the part itself stays). */
  removeDependents(part: string, types: string): string {
    const relsPath = relsPathOf(part);
    if (!this.entries.has(relsPath)) return types;
    const targets = readRelationships(this.text(relsPath))
      .filter((r) => !r.external)
      .map((r) => resolveTarget(part, r.target));
    this.entries.delete(relsPath);
    let out = types;
    for (const target of targets) if (this.entries.has(target) && !this.isUsed(target)) out = this.removeTree(target, out);
    return out;
  }

  /** Whether any rels part still in the package points at the part. */
  private isUsed(part: string): boolean {
    for (const name of this.entries.keys()) {
      if (!name.endsWith('.rels')) continue;
      const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
      if (readRelationships(this.text(name)).some((r) => !r.external && resolveTarget(source, r.target) === part)) return true;
    }
    return false;
  }
}
