/**
 * The generated docs, as an editor shows them. Every generated class,
 * member, method, option, `*Init` member, enum and enum value carries a doc
 * comment with its facts and an https link to the reference of the model's
 * release line; a method's doc lists what the engine needs, from the same
 * input rules the simulator enforces; and the TypeScript language service
 * (what an editor's hover asks) returns those docs at a user's call site.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { referenceBase } from '../../generator/docs';
import { INPUT_RULES } from '../../lib/generated/input-rules';
import { GENERATED } from '../../lib/generated/provenance';
import { SERVICES } from '../../lib/generated/service-metadata';
import { readModelJson } from '../support/model';

const repo = path.resolve(__dirname, '..', '..');
const raw = readModelJson();
const REFERENCE = referenceBase({ releaseTag: raw.release_tag, version: raw.version ?? '' });

test('the reference link is https, to the folder of the release line, derived from the model', () => {
  expect(raw.release_tag).toBe('4.6.1');
  expect(REFERENCE).toBe('https://ovirt.github.io/ovirt-engine-api-model/4.6/');
  expect(referenceBase({ releaseTag: undefined, version: '4.5.3-SNAPSHOT' })).toBe('https://ovirt.github.io/ovirt-engine-api-model/4.5/');
  expect(referenceBase({ releaseTag: '4.10.0', version: 'x' })).toBe('https://ovirt.github.io/ovirt-engine-api-model/4.10/');
  expect(() => referenceBase({ releaseTag: undefined, version: 'unknown' })).toThrow(/release line/);
});

/** The doc comment of a node, as the compiler reads it ('' when there is none). */
function docOf(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => d.getFullText())
    .join('\n');
}

interface Declared {
  file: string;
  name: string;
  kind: 'class' | 'member' | 'method' | 'interface' | 'init member' | 'option' | 'enum' | 'enum value' | 'enum type';
  doc: string;
}

/** Every declaration of a generated file that a user can hover. */
function declarations(file: string): Declared[] {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Declared[] = [];
  const rel = path.relative(repo, file);
  const add = (name: string, kind: Declared['kind'], node: ts.Node): void => {
    found.push({ file: rel, name, kind, doc: docOf(node) });
  };
  for (const st of source.statements) {
    if (ts.isClassDeclaration(st) && st.name !== undefined) {
      add(st.name.text, 'class', st);
      for (const m of st.members) {
        if (ts.isPropertyDeclaration(m)) add(`${st.name.text}.${m.name.getText()}`, 'member', m);
        // `service(path)` is the hand-written walk every service shares, not a model method.
        else if (ts.isMethodDeclaration(m) && m.name.getText() !== 'service') add(`${st.name.text}.${m.name.getText()}`, 'method', m);
      }
    } else if (ts.isInterfaceDeclaration(st)) {
      add(st.name.text, 'interface', st);
      const kind = st.name.text.endsWith('Init') ? 'init member' : 'option';
      for (const m of st.members) add(`${st.name.text}.${m.name?.getText()}`, kind, m);
    } else if (ts.isVariableStatement(st) && rel.startsWith('lib/types/')) {
      const d = st.declarationList.declarations[0];
      if (d.initializer === undefined || !ts.isAsExpression(d.initializer) || !ts.isObjectLiteralExpression(d.initializer.expression)) continue;
      // MEMBERS (the init table) is not exported.
      if (!st.modifiers?.some((x) => x.kind === ts.SyntaxKind.ExportKeyword)) continue;
      add(d.name.getText(), 'enum', st);
      for (const p of d.initializer.expression.properties) add(`${d.name.getText()}.${p.name?.getText()}`, 'enum value', p);
    } else if (ts.isTypeAliasDeclaration(st)) {
      add(st.name.text, 'enum type', st);
    }
  }
  return found;
}

const generated = ['lib/types', 'lib/services']
  .flatMap((dir) => fs.readdirSync(path.join(repo, dir)).map((f) => path.join(repo, dir, f)))
  .filter((f) => !f.endsWith('index.ts'));
const all = generated.flatMap(declarations);

test('every generated class, member, method, option, Init member, enum and value has a doc with the versioned https link', () => {
  const kinds = new Map<string, number>();
  for (const d of all) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
  // Every kind is there, in the numbers of the model.
  expect(kinds.get('class')).toBe(GENERATED.structs + GENERATED.services);
  expect(kinds.get('enum')).toBe(GENERATED.enums);
  expect(kinds.get('enum type')).toBe(GENERATED.enums);
  expect(kinds.get('enum value')).toBe(GENERATED.enumValues);
  expect(kinds.get('method')).toBeGreaterThan(GENERATED.methods + GENERATED.locators);
  expect(kinds.get('option')).toBeGreaterThan(1000);
  const missing = all.filter((d) => !d.doc.includes(`{@link ${REFERENCE}#`)).map((d) => `${d.file}: ${d.kind} ${d.name}`);
  expect(missing).toEqual([]);
  for (const f of generated) {
    const text = fs.readFileSync(f, 'utf8');
    expect([f, /http:\/\//.test(text)]).toEqual([f, false]);
    expect([f, /ovirt-engine-api-model\/master/.test(text)]).toEqual([f, false]);
  }
});

test('each doc states the facts of its kind: type and wire name, the request sent', () => {
  const wrong: string[] = [];
  const expectIn = (d: Declared, re: RegExp): void => {
    if (!re.test(d.doc)) wrong.push(`${d.file}: ${d.kind} ${d.name} lacks ${re}`);
  };
  for (const d of all) {
    if (d.kind === 'member' || d.kind === 'init member') expectIn(d, /On the wire: (element `<[a-z_0-9]+>`|XML attribute `[a-z_]+`|a link, `<link rel=")/);
    // A service no locator leads to has no path: its methods send the verb to wherever it is.
    if (d.kind === 'option') expectIn(d, /sent as (query parameter `[a-z_0-9]+`|`<[a-z_0-9]+>` in the `<action>` body) of `(GET|POST|PUT|DELETE)( \/[^`]*)?`/);
    if (d.kind === 'method' && !d.name.endsWith('Service')) expectIn(d, /sends `(GET|POST|PUT|DELETE)( \/[^`]*)?`/);
    if (d.kind === 'enum value') expectIn(d, /`'[a-z0-9_]+'` on the wire/);
  }
  expect(wrong).toEqual([]);
  const status = all.find((d) => d.name === 'Vm.status')!;
  expect(status.doc).toContain('`VmStatus` (`unassigned`, `down`, `up`');
  expect(status.doc).toContain('or another string, from a newer engine');
  expect(status.doc).toContain('On the wire: element `<status>`.');
  expect(all.find((d) => d.name === 'VmService.start')!.doc).toContain('sends `POST /vms/{vm_id}/start` with an `<action>` body');
  expect(all.find((d) => d.name === 'VmsService.add')!.doc).toContain('sends `POST /vms` with it as the `<vm>` body');
  expect(all.find((d) => d.name === 'VmsServiceListOptions.caseSensitive')!.doc).toContain('sent as query parameter `case_sensitive` of `GET /vms`');
  const since = all.find((d) => d.name === 'VmsServiceAddOptions.seal')!;
  expect(since.doc).toMatch(/@since API 4\.5/);
  const deprecated = all.find((d) => d.name === 'VmsServiceAddOptions.autoPinningPolicy')!;
  expect(deprecated.doc).toContain('@deprecated');
});

/** The bullets under "Needs" in a doc. */
function needs(doc: string): string[] {
  const lines = doc.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
  const start = lines.findIndex((l) => l.startsWith('Needs ('));
  if (start < 0) return [];
  const bullets: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('- ')) break;
    bullets.push(l.slice(2));
  }
  return bullets;
}

test("VmsService.add and addFromScratch list the VM's name, the cluster and the template as needed", () => {
  const expected = ['`vm.cluster.id` or `vm.cluster.name`', '`vm.name`', '`vm.template.id` or `vm.template.name`'];
  expect(needs(all.find((d) => d.name === 'VmsService.add')!.doc)).toEqual(expected);
  expect(needs(all.find((d) => d.name === 'VmsService.addFromScratch')!.doc)).toEqual(expected);
  const snapshot = all.find((d) => d.name === 'VmsService.addFromSnapshot')!.doc;
  expect(needs(snapshot)).toEqual(['`vm.cluster.id` or `vm.cluster.name`', '`vm.name`', '`vm.snapshots[].id`']);
  expect(snapshot).toContain('The engine takes this branch when `vm.snapshots` is given.');
  // The accepted members are listed too, camelCase as the user writes them.
  expect(all.find((d) => d.name === 'VmsService.add')!.doc).toMatch(/Also accepts: .*`vm\.cpuProfile\.id`/);
  // A case, and an option the engine needs.
  expect(needs(all.find((d) => d.name === 'DisksService.addLun')!.doc)).toEqual([
    '`disk.lunStorage.type`',
    'when `disk.lunStorage.type` is `iscsi`: `disk.lunStorage.logicalUnits[].address`, `disk.lunStorage.logicalUnits[].target`, `disk.lunStorage.logicalUnits[].port`, `disk.lunStorage.logicalUnits[].id`',
  ]);
  expect(needs(all.find((d) => d.name === 'StorageDomainServiceIsAttachedOptions.host')!.doc)).toEqual(['`opts.host.id` or `opts.host.name`']);
  // The Init members say which methods need them.
  const clusterName = all.find((d) => d.name === 'ClusterInit.name')!.doc;
  expect(clusterName).toContain('- `VmsService.add`: `vm.cluster.id` or `vm.cluster.name`');
  expect(clusterName).toContain('- `ClustersService.add`: `cluster.name`');
  expect(all.find((d) => d.name === 'VmInit.name')!.doc).toContain('- `VmsService.add`: `vm.name`');
});

test('every method with input rules lists as many needs as the rules the simulator enforces, and no other method does', () => {
  const byClass = new Map(Object.values(SERVICES).map((s) => [s.className, s]));
  const mismatched: string[] = [];
  let checked = 0;
  for (const d of all.filter((x) => x.kind === 'method')) {
    const [cls, method] = d.name.split('.');
    const service = byClass.get(cls);
    const info = service?.methods.find((m) => m.method === method);
    if (service === undefined || info === undefined) continue; // locators, listStream
    const rule = INPUT_RULES[service.name]?.[info.name];
    const want = rule === undefined ? 0 : rule.mandatory.length + rule.cases.length;
    const got = needs(d.doc).length;
    if (got !== want) mismatched.push(`${d.name}: ${got} needs in the doc, ${want} in the rules`);
    if (rule !== undefined) checked++;
  }
  expect(mismatched).toEqual([]);
  expect(checked).toBe(Object.values(INPUT_RULES).reduce((n, m) => n + Object.keys(m).length, 0));
});

describe('what an editor shows (the TypeScript language service)', () => {
  const userFile = path.join(repo, 'test', 'generated', '__hover__.ts');
  const source = [
    "import type { Connection, types } from 'ovirt-engine-sdk';",
    'export async function main(connection: Connection): Promise<void> {',
    '  const vmsService = connection.systemService().vmsService();',
    "  const vms = await vmsService.list({ search: 'name=web*' });",
    "  await vmsService.add({ name: 'web-1', cluster: { name: 'Default' } });",
    '  console.log(vms[0].status);',
    '  await vmsService.vmService(vms[0].id!).start();',
    '}',
    // `types` in scope, as in most users' files: the hovers name types through it.
    'export type Listed = types.Vm[];',
  ].join('\n');

  let service: ts.LanguageService;
  beforeAll(() => {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(repo, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => config.options,
      getScriptFileNames: () => [userFile],
      getScriptVersion: () => '1',
      getScriptSnapshot: (f) => {
        const text = f === userFile ? source : ts.sys.readFile(f);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => repo,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: (f) => f === userFile || ts.sys.fileExists(f),
      readFile: (f) => (f === userFile ? source : ts.sys.readFile(f)),
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
    };
    service = ts.createLanguageService(host);
    // Loads the program (the whole package, as an editor does on opening the file).
    service.getProgram();
  }, 300_000);

  /** The hover at the `nth` occurrence of `word` in the user's file: its signature line and its doc. */
  function hover(word: string, nth = 0): { display: string; doc: string } {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = source.indexOf(word, at + 1);
    const info = service.getQuickInfoAtPosition(userFile, at)!;
    const tags = (info.tags ?? []).map((t) => `@${t.name} ${ts.displayPartsToString(t.text)}`);
    return { display: ts.displayPartsToString(info.displayParts), doc: [ts.displayPartsToString(info.documentation), ...tags].join('\n') };
  }

  test('a method: what it sends, what it needs, the versioned link', () => {
    const add = hover('add(');
    expect(add.display).toContain('VmsService.add(vm: types.VmInit, opts?: VmsServiceAddOptions): Promise<types.Vm>');
    expect(add.doc).toContain('sends `POST /vms`');
    expect(add.doc).toContain('- `vm.cluster.id` or `vm.cluster.name`\n- `vm.name`\n- `vm.template.id` or `vm.template.name`');
    expect(add.doc).toContain(`${REFERENCE}#services/vms/methods/add`);
    expect(hover('start(').doc).toContain('sends `POST /vms/{vm_id}/start`');
  });

  test('an option, a member of an object literal, a member read, a service', () => {
    const search = hover('search:');
    expect(search.display).toContain('search?: string');
    expect(search.doc).toContain('sent as query parameter `search` of `GET /vms`');
    const name = hover('name:');
    expect(name.display).toContain('name?: string');
    expect(name.doc).toContain('On the wire: element `<name>`.');
    expect(name.doc).toContain('- `VmsService.add`: `vm.name`');
    const status = hover('status');
    expect(status.display).toContain('status?: types.VmStatus | (string & {})');
    expect(status.doc).toContain('On the wire: element `<status>`.');
    expect(status.doc).toContain(`${REFERENCE}#types/vm`);
    const locator = hover('vmsService()');
    expect(locator.doc).toContain('Locates the `vms` service at `vms` below this one; sends nothing.');
  });

  test('the user file itself type-checks', () => {
    const errors = [...service.getSyntacticDiagnostics(userFile), ...service.getSemanticDiagnostics(userFile)].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  });
});
