/**
 * Every struct type of the model, filled with sample values for all its
 * attributes and links (nested), is written and read back unchanged. The
 * samples come from model.json itself, not from the generated code.
 */
import { Reader, types, Writer } from '../../lib';
import { readModelJson } from '../support/model';

const model = readModelJson();
const byName = new Map<string, any>(model.types.map((t: any) => [t.name, t]));
const camel = (n: string): string => n.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (n: string): string => camel(n).replace(/^./, (c) => c.toUpperCase());

function value(typeName: string, where: string, depth: number, i: number): unknown {
  const t = byName.get(typeName);
  switch (t.kind) {
    case 'primitive':
      switch (t.name) {
        case 'string':
          return `${where} <&>"' é😀 ${i}`;
        case 'boolean':
          return i % 2 === 0;
        case 'integer':
          return i % 2 === 0 ? Number.MAX_SAFE_INTEGER - i : -1234567 - i;
        case 'decimal':
          return 2.5 + i;
        case 'date':
          return new Date(Date.UTC(2024, 2, 20, 9, 24, 26, 290 + i));
      }
      throw new Error(t.name);
    case 'enum':
      return t.values[(t.values.length - 1 + i) % t.values.length].name;
    default:
      return sample(t, depth + 1, i);
  }
}

function sample(t: any, depth: number, i = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const members = [...t.attributes, ...t.links];
  if (depth > 2) {
    // Deep enough: a reference, as the engine writes links.
    const id = members.find((m: any) => m.name === 'id');
    if (id !== undefined) out.id = value(id.type, `${t.name}.id`, depth, i);
    return out;
  }
  for (const m of members) {
    const list = m.type.endsWith('[]');
    const typeName = list ? m.type.slice(0, -2) : m.type;
    const where = `${t.name}.${m.name}`;
    out[camel(m.name)] = list ? [0, 1].map((k) => value(typeName, where, depth, k)) : value(typeName, where, depth, i);
  }
  return out;
}

const structs: any[] = model.types.filter((t: any) => t.kind === 'struct');

test('the model has the 220 structs the generator covers', () => {
  expect(structs).toHaveLength(220);
});

const cases: [string, any][] = structs.map((t: any) => [t.name, t]);

describe.each(cases)('%s', (_name, t) => {
  test('writes every attribute and link and reads them back deep-equal', () => {
    const Cls = (types as any)[pascal(t.name)];
    expect(typeof Cls).toBe('function');
    const init = sample(t, 0);
    const object = new Cls(init);
    const xml = Writer.write(object);
    expect(xml.startsWith(`<${t.xml.tag}`)).toBe(true);
    const back = Reader.read(xml);
    expect(back).toBeInstanceOf(Cls);
    expect(back).toStrictEqual(object);
    if (t.xml.list_tag) {
      const list = Reader.read(Writer.write([object, new Cls({})])) as unknown[];
      expect(list).toStrictEqual([object, new Cls({})]);
    }
  });
});
