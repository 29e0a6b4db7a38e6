/**
 * Every struct type of the model, filled with sample values for all its
 * attributes and links (nested), is written and read back unchanged, its
 * members written in the documented order, and a member it does not have
 * refused. The samples and the expected order come from model.json itself,
 * not from the generated code.
 */
import { Error as OvirtError, Reader, types, Writer } from '../../lib';
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

/** Model names compared word by word, as the oVirt metamodel (and so the Python SDK's generator) sorts them. */
function compareByName(a: any, b: any): number {
  const x: string[] = a.name.split('_');
  const y: string[] = b.name.split('_');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}

/**
 * The Python SDK's order: `href`, the members that are XML attributes, then
 * the elements; within each, the type's attributes then its links, each
 * sorted by name. Gives the wire names of the XML attributes and of the child elements.
 */
function documentedOrder(t: any): { attributes: string[]; elements: string[] } {
  const part = (attribute: boolean): any[] => [
    ...t.attributes.filter((m: any) => m.xml.attribute === attribute).sort(compareByName),
    ...(t.links ?? []).filter((m: any) => m.xml.attribute === attribute).sort(compareByName),
  ];
  return { attributes: ['href', ...part(true).map((m) => m.xml.tag)], elements: part(false).map((m) => m.xml.tag) };
}

/** The attribute names of the root element and the names of its child elements, in document order. */
function rootLayout(xml: string): { attributes: string[]; elements: string[] } {
  const tags = [...xml.matchAll(/<(\/?)([A-Za-z_][\w.-]*)([^>]*?)(\/?)>/g)];
  const attributes = [...tags[0][3].matchAll(/\s([\w.-]+)="/g)].map((m) => m[1]);
  const elements: string[] = [];
  let depth = 0;
  for (const [, close, name, , empty] of tags) {
    if (close) depth--;
    else {
      if (depth === 1) elements.push(name);
      if (!empty) depth++;
    }
  }
  return { attributes, elements };
}

test('the order rule: words compared one by one, not characters', () => {
  // 'a_b' sorts before 'a1' by words ('a' < 'a1'), after it by characters ('1' < '_').
  expect([{ name: 'a1' }, { name: 'a_b' }, { name: 'a' }].sort(compareByName).map((m) => m.name)).toEqual(['a', 'a_b', 'a1']);
});

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

  test("writes its members in the Python SDK's order", () => {
    const Cls = (types as any)[pascal(t.name)];
    const xml = Writer.write(new Cls({ href: `/ovirt-engine/api/${t.name}/1`, ...sample(t, 0) }));
    expect(rootLayout(xml)).toEqual(documentedOrder(t));
  });

  test('refuses a member it does not have, and an instance of another type', () => {
    const Cls = (types as any)[pascal(t.name)];
    const name = camel(t.name);
    const plain = { ...sample(t, 0), notAMember: 1 };
    // An action's members are named on their own (they are a method's parameters).
    const where = t.name === 'action' ? 'notAMember' : `${name}.notAMember`;
    expect(() => Writer.write(plain, { type: t.name })).toThrow(new OvirtError(`${where}: ${pascal(t.name)} has no member 'notAMember'`));
    const other = t.name === 'vm' ? new types.Disk() : new types.Vm();
    expect(() => Writer.write(other, { type: Cls })).toThrow(new OvirtError(`${name} must be ${/^[AEIOU]/.test(Cls.name) ? 'an' : 'a'} ${Cls.name} or a plain object, got a ${other.constructor.name}`));
  });
});
