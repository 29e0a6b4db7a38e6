/**
 * The layout of lib/ as docs/architecture.md draws it, checked on the
 * code's own imports (type-only imports included): the hand-written modules
 * form no cycle, each imports only its own floor or lower ones, and the
 * generated code is imported only where the rules allow.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const LIB = path.resolve(__dirname, '..', '..', 'lib');

/** Floors of the hand-written modules, bottom up (paths relative to lib/, without .ts). */
const FLOORS: [string, RegExp][] = [
  ['errors, package, native loader', /^(errors|package-info|native)$/],
  ['XML layer', /^xml\//],
  ["types' base", /^struct$/],
  ['options and HTTP', /^(options|http\/.+)$/],
  ['connection and service base', /^(connection|service)$/],
  ['package root', /^index$/],
  ['engine simulator', /^testing\//],
];

/** Generated code, and which hand-written floors may import it. */
const GENERATED: [RegExp, string, string[]][] = [
  // The XML layer reads and writes with the generated data, and the schema API names the classes.
  [/^generated\/(xml-schema|readers|writers)$/, 'generated XML data', ['XML layer', 'engine simulator']],
  [/^generated\/provenance$/, 'provenance', ['package root']],
  [/^generated\/(service-metadata|input-rules)$/, 'services as data', ['engine simulator']],
  [/^types\//, 'generated types', ['XML layer', 'package root', 'engine simulator']],
  [/^services\//, 'generated services', ['package root', 'engine simulator']],
];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Module name relative to lib/, without `.ts`; an index file is named by its folder. */
function moduleName(file: string): string {
  return path.relative(LIB, file).replace(/\.ts$/, '').replace(/\/index$/, '/').replace(/\\/g, '/');
}

/**
 * The lib/ modules a file imports or re-exports from (type-only too), and
 * those it loads lazily: `require('../generated/writers')` on first use
 * (docs/architecture.md, "Loaded on first use") obeys the same rules, and so
 * does a type written as `import('...')`.
 */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  const specifiers = [
    ...[...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']*)'/gms)].map((m) => m[1]),
    ...[...text.matchAll(/\b(?:require|import)\('(\.[^']*)'\)/g)].map((m) => m[1]),
  ];
  for (const specifier of specifiers) {
    let target = path.resolve(path.dirname(file), specifier);
    if (fs.existsSync(`${target}.ts`)) target = `${target}.ts`;
    else if (fs.existsSync(path.join(target, 'index.ts'))) target = path.join(target, 'index.ts');
    else throw new Error(`${file}: can't resolve '${specifier}'`);
    out.push(moduleName(target));
  }
  return out;
}

const files = walk(LIB);
const graph = new Map(files.map((f) => [moduleName(f), importsOf(f)]));
const generated = (name: string): (typeof GENERATED)[number] | undefined => GENERATED.find(([re]) => re.test(name.replace(/\/$/, '/index')));
const floorOf = (name: string): number => FLOORS.findIndex(([, re]) => re.test(name));
const handWritten = [...graph.keys()].filter((name) => generated(name) === undefined);

test('every hand-written module has its floor', () => {
  expect(handWritten.filter((name) => floorOf(name) < 0)).toEqual([]);
  expect(handWritten).toEqual(expect.arrayContaining(['connection', 'xml/reader', 'xml/writer', 'struct', 'http/transport', 'index']));
});

test('the hand-written modules import only their floor and the floors below, and generated code where allowed', () => {
  const wrong: string[] = [];
  for (const from of handWritten) {
    const floor = floorOf(from);
    for (const to of graph.get(from)!) {
      const gen = generated(to);
      if (gen !== undefined) {
        if (!gen[2].includes(FLOORS[floor][0])) wrong.push(`${from} (${FLOORS[floor][0]}) imports ${gen[1]} ${to}`);
      } else if (floorOf(to) > floor) {
        wrong.push(`${from} (${FLOORS[floor][0]}) imports ${to} (${FLOORS[floorOf(to)][0]})`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

test('no import cycle among the hand-written modules', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 'open');
    stack.push(name);
    for (const to of graph.get(name)!) {
      if (generated(to) !== undefined) continue;
      if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to].join(' -> '));
      else if (state.get(to) === undefined) visit(to);
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of handWritten) if (state.get(name) === undefined) visit(name);
  expect(cycles).toEqual([]);
});

test('the generated types import only their base and each other; the services their base, the connection and the types', () => {
  const wrong: string[] = [];
  for (const [from, imports] of graph) {
    for (const to of imports) {
      if (from.startsWith('types/') && !(to === 'struct' || to.startsWith('types/'))) wrong.push(`${from} imports ${to}`);
      if (from.startsWith('services/') && !['service', 'connection', 'struct'].includes(to) && !to.startsWith('services/') && !to.startsWith('types/')) {
        wrong.push(`${from} imports ${to}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

test('importing only the generated types is enough to construct a Vm, and to write it', () => {
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const types = require('../../lib/types') as typeof import('../../lib/types');
    const vm = new types.Vm({ name: 'web-1', cluster: { name: 'Default' }, nics: [{ name: 'nic1' }] });
    expect(vm.cluster).toBeInstanceOf(types.Cluster);
    expect(vm.nics![0]).toBeInstanceOf(types.Nic);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Writer } = require('../../lib/xml/writer') as typeof import('../../lib/xml/writer');
    const xml = Writer.write(vm);
    expect(xml).toMatch(/^<vm>.*<name>web-1<\/name>.*<\/vm>$/);
    expect(xml).toContain('<cluster><name>Default</name></cluster>');
    expect(xml).toContain('<nics><nic><name>nic1</name></nic></nics>');
  });
});
