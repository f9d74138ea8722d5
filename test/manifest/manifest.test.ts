/**
 * Offline checks of manifest.xml (SPEC §7): what Microsoft's online validator (`npm run
 * validate`) would refuse and what Office would silently get wrong — a resid with no resource,
 * an http URL, a missing or wrongly sized icon, a permission broader than the add-in needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { descendants, onlyChild, parseXml, type XmlElement } from './xmlTree';

const ROOT = join(__dirname, '..', '..');
const DEV_URL = 'https://localhost:3000/';
/** The highest ExcelApi set the Office host uses (getRangeByIndexes, freezePanes). */
const EXCEL_API = '1.7';

/** Which resource list each element's resid must point into. */
const RESOURCE_KIND_BY_ELEMENT: Record<string, string> = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

/** Microsoft's limits on string resources (characters). */
const MAX_LENGTH: Record<string, number> = { 'bt:ShortStrings': 125, 'bt:LongStrings': 250 };

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in the checkout that a development URL serves (assets are copied, pages come from templates). */
function sourceFileFor(url: string): string {
  const path = url.slice(DEV_URL.length);
  if (path.startsWith('assets/')) return join(ROOT, path);
  const templates: Record<string, string> = {
    'taskpane.html': 'src/taskpane/taskpane.html',
    'commands.html': 'src/commands/commands.html',
    'support.html': 'src/support/support.html',
  };
  return join(ROOT, templates[path] ?? `no template for ${path}`);
}

describe('manifest.xml', () => {
  let root: XmlElement;
  let all: XmlElement[];
  let resources: Map<string, { kind: string; value: string }>;

  beforeAll(async () => {
    root = await parseXml(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
    all = descendants(root);
    resources = new Map();
    const resourcesElement = onlyChild(onlyChild(root, 'VersionOverrides'), 'Resources');
    for (const list of resourcesElement.children) {
      for (const entry of list.children) {
        const id = entry.attributes.id;
        expect(resources.has(id)).toBe(false); // ids are unique across all lists
        resources.set(id, { kind: list.name, value: entry.attributes.DefaultValue });
      }
    }
  });

  it('is well-formed XML (the parser is strict)', async () => {
    await expect(parseXml('<OfficeApp><Id></OfficeApp>')).rejects.toThrow();
    await expect(parseXml(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'))).resolves.toMatchObject({ name: 'OfficeApp' });
  });

  it('is a task pane add-in manifest', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attributes.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
    const overrides = onlyChild(root, 'VersionOverrides');
    expect(overrides.attributes.xmlns).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    expect(overrides.attributes['xsi:type']).toBe('VersionOverridesV1_0');
  });

  it('has a GUID for its Id and a four-part version', () => {
    expect(onlyChild(root, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(onlyChild(root, 'Version').text).toMatch(/^\d+(\.\d+){3}$/);
  });

  it('runs in Excel workbooks only', () => {
    expect(onlyChild(root, 'Hosts').children.map((host) => host.attributes.Name)).toEqual(['Workbook']);
    const overrideHosts = onlyChild(onlyChild(root, 'VersionOverrides'), 'Hosts').children;
    expect(overrideHosts.map((host) => host.attributes['xsi:type'])).toEqual(['Workbook']);
  });

  it('asks for ReadWriteDocument and nothing broader', () => {
    expect(all.filter((element) => element.name === 'Permissions').map((element) => element.text)).toEqual(['ReadWriteDocument']);
  });

  it(`requires ExcelApi ${EXCEL_API}, the highest set the Office host needs`, () => {
    const sets = onlyChild(onlyChild(root, 'Requirements'), 'Sets').children;
    expect(sets.map((set) => set.attributes)).toEqual([{ Name: 'ExcelApi', MinVersion: EXCEL_API }]);
  });

  it('trusts no domain beyond its own', () => {
    expect(all.filter((element) => element.name === 'AppDomain')).toEqual([]);
  });

  it('uses only https URLs, all on the development server (so the production rewrite covers every one)', () => {
    // Namespace names (xmlns="http://schemas.microsoft.com/…") are identifiers, never fetched.
    const values = all.flatMap((element) => [
      element.text,
      ...Object.entries(element.attributes)
        .filter(([name]) => !name.startsWith('xmlns'))
        .map(([, value]) => value),
    ]);
    const links = values.filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
    expect(links.length).toBeGreaterThan(5);
    for (const url of links) {
      expect(url).toMatch(/^https:\/\//);
      expect(url.startsWith(DEV_URL)).toBe(true);
    }
  });

  it('loads the task pane from taskpane.html', () => {
    const defaultSettings = onlyChild(root, 'DefaultSettings');
    expect(onlyChild(defaultSettings, 'SourceLocation').attributes.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  it('resolves every resid to a resource of the right kind, within 32 characters', () => {
    const references = descendants(onlyChild(onlyChild(root, 'VersionOverrides'), 'Hosts')).filter((element) => 'resid' in element.attributes);
    expect(references.length).toBeGreaterThan(10);
    for (const element of references) {
      const resid = element.attributes.resid;
      expect(resid.length).toBeLessThanOrEqual(32);
      expect({ resid, kind: resources.get(resid)?.kind }).toEqual({ resid, kind: RESOURCE_KIND_BY_ELEMENT[element.name] });
    }
  });

  it('uses every resource it defines', () => {
    const used = new Set(all.map((element) => element.attributes.resid).filter(Boolean));
    expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("keeps strings within Microsoft's lengths", () => {
    for (const [id, { kind, value }] of resources) {
      if (kind in MAX_LENGTH) expect({ id, fits: value.length > 0 && value.length <= MAX_LENGTH[kind] }).toEqual({ id, fits: true });
    }
  });

  it('has every icon in assets/ at the size it is used at', () => {
    const icons: Array<{ url: string; size: number }> = [
      { url: onlyChild(root, 'IconUrl').attributes.DefaultValue, size: 32 },
      { url: onlyChild(root, 'HighResolutionIconUrl').attributes.DefaultValue, size: 64 },
    ];
    for (const element of all.filter((e) => e.name === 'bt:Image' && 'resid' in e.attributes)) {
      icons.push({ url: resources.get(element.attributes.resid)!.value, size: Number(element.attributes.size) });
    }
    // The ribbon needs 16, 32 and 80.
    expect(new Set(icons.map((icon) => icon.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of icons) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/.+\.png$/);
      const file = sourceFileFor(url);
      expect(existsSync(file)).toBe(true);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  it('serves every page it names', () => {
    for (const [id, { kind, value }] of resources) {
      if (kind === 'bt:Urls') expect({ id, exists: existsSync(sourceFileFor(value)) }).toEqual({ id, exists: true });
    }
  });

  it('has a Home tab button that opens the task pane', () => {
    const workbook = onlyChild(onlyChild(onlyChild(root, 'VersionOverrides'), 'Hosts'), 'Host');
    const desktop = onlyChild(workbook, 'DesktopFormFactor');
    expect(resources.get(onlyChild(desktop, 'FunctionFile').attributes.resid)?.value).toBe(`${DEV_URL}commands.html`);
    const surface = onlyChild(desktop, 'ExtensionPoint');
    expect(surface.attributes['xsi:type']).toBe('PrimaryCommandSurface');
    const tab = onlyChild(surface, 'OfficeTab');
    expect(tab.attributes.id).toBe('TabHome');
    const button = onlyChild(onlyChild(tab, 'Group'), 'Control');
    expect(button.attributes['xsi:type']).toBe('Button');
    const action = onlyChild(button, 'Action');
    expect(action.attributes['xsi:type']).toBe('ShowTaskpane');
    expect(onlyChild(action, 'TaskpaneId').text).not.toBe('');
    expect(resources.get(onlyChild(action, 'SourceLocation').attributes.resid)?.value).toBe(`${DEV_URL}taskpane.html`);
  });
});
