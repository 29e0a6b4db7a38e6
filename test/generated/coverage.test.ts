/**
 * Everything the model declares is generated: counted against model.json
 * itself (never against fixed numbers, which would break on a model update
 * rather than on a bug), by looking at the exported classes, the schema API
 * and the generated schema.
 */
import { GENERATED, schema, services, types } from '../../lib';
import { PROP_NAMES, SCHEMA, STRUCT_NAMES } from '../../lib/generated/xml-schema';
import { readModelJson } from '../support/model';

const model = readModelJson();
const camel = (n: string): string => n.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (n: string): string => camel(n).replace(/^./, (c) => c.toUpperCase());
const structs = model.types.filter((t: any) => t.kind === 'struct');
const enums = model.types.filter((t: any) => t.kind === 'enum');
/** Services with no methods that no locator leads to: nothing to generate for them. */
const pseudo = model.services
  .filter((s: any) => s.methods.length === 0 && s.locators.length === 0)
  .filter((s: any) => !model.services.some((x: any) => x.locators.some((l: any) => l.service === s.name)))
  .map((s: any) => s.name);
const realServices = model.services.filter((s: any) => !pseudo.includes(s.name));
const methods = realServices.flatMap((s: any) => s.methods);

test('the manifest counts what the model has', () => {
  expect(GENERATED.model.version).toBe(model.version);
  expect(GENERATED.model.release).toBe(model.release_tag);
  expect(GENERATED.structs).toBe(structs.length);
  expect(GENERATED.enums).toBe(enums.length);
  expect(GENERATED.enumValues).toBe(enums.reduce((n: number, e: any) => n + e.values.length, 0));
  expect(GENERATED.services).toBe(realServices.length);
  expect([...GENERATED.pseudoServices]).toEqual(pseudo);
  expect(GENERATED.methods).toBe(methods.length);
  expect(GENERATED.signatureMethods).toBe(methods.filter((m: any) => m.base !== undefined).length);
  expect(GENERATED.locators).toBe(realServices.reduce((n: number, s: any) => n + s.locators.length, 0));
});

test('every struct is a class, with every member in the generated schema', () => {
  structs.forEach((t: any, id: number) => {
    const Cls = (types as any)[pascal(t.name)];
    expect(typeof Cls).toBe('function');
    expect(new Cls()).toBeInstanceOf(types.Struct);
    expect(STRUCT_NAMES[id]).toEqual([t.name, pascal(t.name), t.attributes.length]);
    expect(PROP_NAMES[id]).toEqual(['href', ...[...t.attributes, ...t.links].map((m: any) => camel(m.name))]);
  });
});

test('every enum has every value under its UPPER_CASE key', () => {
  for (const e of enums) {
    const obj = (types as any)[pascal(e.name)];
    expect(obj).toBeDefined();
    for (const v of e.values) expect(obj[v.name.toUpperCase()]).toBe(v.name);
    expect(Object.keys(obj)).toHaveLength(e.values.length);
    expect(schema.enumInfo(e.name)).toEqual({ name: e.name, className: pascal(e.name), values: e.values.map((v: any) => v.name) });
  }
});

test('every service is a class with every method and locator', () => {
  for (const s of realServices) {
    const Cls = (services as any)[`${pascal(s.name)}Service`];
    expect(typeof Cls).toBe('function');
    for (const m of s.methods) expect(typeof Cls.prototype[camel(m.full_name ?? m.name)]).toBe('function');
    for (const l of s.locators) expect(typeof Cls.prototype[`${camel(l.name)}Service`]).toBe('function');
  }
  for (const name of pseudo) expect((services as any)[`${pascal(name)}Service`]).toBeUndefined();
});

test('the generated schema has the model wire names of every member', () => {
  structs.forEach((t: any, id: number) => {
    const [tag, listTag, flat] = SCHEMA.types[id];
    expect(SCHEMA.tags[tag]).toBe(t.xml.tag);
    expect(listTag < 0 ? undefined : SCHEMA.tags[listTag]).toBe(t.xml.list_tag);
    [...t.attributes, ...t.links].forEach((m: any, k: number) => {
      const r = (k + 1) * 5;
      expect(SCHEMA.tags[flat[r]]).toBe(m.xml.tag);
      expect((flat[r + 1] & 16) !== 0).toBe(m.xml.attribute);
      expect(flat[r + 3] < 0 ? undefined : SCHEMA.tags[flat[r + 3]]).toBe(m.xml.item_tag);
      expect(flat[r + 4] < 0 ? undefined : SCHEMA.tags[flat[r + 4]]).toBe(m.xml.rel);
    });
  });
});

describe('the schema API', () => {
  test('answers for every struct and member what the model says', () => {
    const kinds: Record<string, string> = { string: 'string', boolean: 'boolean', integer: 'integer', decimal: 'decimal', date: 'date' };
    const byName = new Map<string, any>(model.types.map((t: any) => [t.name, t]));
    expect(schema.structTypes().map((s) => s.name)).toEqual(structs.map((t: any) => t.name));
    for (const t of structs) {
      const info = schema.structInfo(t.name)!;
      expect(info).toBe(schema.structInfo((types as any)[pascal(t.name)]));
      expect(info.class).toBe((types as any)[pascal(t.name)]);
      expect([info.name, info.className, info.tag, info.listTag]).toEqual([t.name, pascal(t.name), t.xml.tag, t.xml.list_tag]);
      expect(info.members[0]).toMatchObject({ prop: 'href', name: 'href', wireName: 'href', attribute: true, link: false, list: false });
      const members = [...t.attributes.map((m: any) => [m, false]), ...t.links.map((m: any) => [m, true])];
      expect(info.members).toHaveLength(members.length + 1);
      members.forEach(([m, link]: [any, boolean], k: number) => {
        const list = m.type.endsWith('[]');
        const typeName = list ? m.type.slice(0, -2) : m.type;
        const type = byName.get(typeName);
        const got = info.member(camel(m.name))!;
        expect(got).toBe(info.members[k + 1]);
        expect(got).toEqual({
          prop: camel(m.name),
          name: m.name,
          wireName: m.xml.tag,
          attribute: m.xml.attribute,
          link,
          list,
          kind: type.kind === 'primitive' ? kinds[type.name] : type.kind,
          type: typeName,
          ...(m.xml.item_tag !== undefined ? { itemTag: m.xml.item_tag } : {}),
          ...(m.xml.rel !== undefined ? { rel: m.xml.rel } : {}),
        });
      });
    }
  });

  test('names the type of an instance, and nothing else', () => {
    expect(schema.typeNameOf(new types.Vm())).toBe('vm');
    expect(schema.typeNameOf(new types.OperatingSystem())).toBe('operating_system');
    expect(schema.typeNameOf({ name: 'x' })).toBeUndefined();
    expect(schema.typeNameOf('vm')).toBeUndefined();
    expect(schema.typeNameOf(null)).toBeUndefined();
    expect(schema.structInfo('no_such_type')).toBeUndefined();
    expect(schema.enumInfo('no_such_enum')).toBeUndefined();
    expect(schema.structInfo('host')!.member('numaNodes')).toMatchObject({ wireName: 'host_numa_nodes', rel: 'numanodes', list: true, link: true });
  });
});
