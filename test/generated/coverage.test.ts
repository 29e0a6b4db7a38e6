/**
 * Counts what was generated against model.json, by looking at the exported
 * classes themselves, so nothing is dropped silently.
 */
import { GENERATED, services, types } from '../../lib';
import { PROP_NAMES, SCHEMA, TYPE_NAMES } from '../../lib/xml/schema';
import { readModelJson } from '../support/model';

const model = readModelJson();
const camel = (n: string): string => n.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (n: string): string => camel(n).replace(/^./, (c) => c.toUpperCase());
const structs = model.types.filter((t: any) => t.kind === 'struct');
const enums = model.types.filter((t: any) => t.kind === 'enum');
const pseudo = ['area', 'follow'];
const realServices = model.services.filter((s: any) => !pseudo.includes(s.name));

test('the model counts the issue names', () => {
  expect(structs).toHaveLength(220);
  expect(enums).toHaveLength(115);
  expect(enums.reduce((n: number, e: any) => n + e.values.length, 0)).toBe(598);
  expect(model.services).toHaveLength(290);
  const methods = model.services.flatMap((s: any) => s.methods);
  expect(methods).toHaveLength(706);
  expect(methods.filter((m: any) => m.base !== undefined)).toHaveLength(58);
  expect(model.services.reduce((n: number, s: any) => n + s.locators.length, 0)).toBe(336);
});

test('the manifest agrees with the model', () => {
  expect(GENERATED.model.version).toBe(model.version);
  expect(GENERATED.structs).toBe(220);
  expect(GENERATED.enums).toBe(115);
  expect(GENERATED.enumValues).toBe(598);
  expect(GENERATED.services).toBe(288);
  expect([...GENERATED.pseudoServices]).toEqual(pseudo);
  expect(GENERATED.methods).toBe(706);
  expect(GENERATED.signatureMethods).toBe(58);
  expect(GENERATED.locators).toBe(336);
});

test('the pseudo-services area and follow have nothing to generate', () => {
  for (const name of pseudo) {
    const s = model.services.find((x: any) => x.name === name);
    expect(s.methods).toEqual([]);
    expect(s.locators).toEqual([]);
    expect(model.services.some((x: any) => x.locators.some((l: any) => l.service === name))).toBe(false);
  }
});

test('every struct is a class with every member in the schema', () => {
  let members = 0;
  structs.forEach((t: any, id: number) => {
    const Cls = (types as any)[pascal(t.name)];
    expect(typeof Cls).toBe('function');
    expect(new Cls()).toBeInstanceOf(types.Struct);
    expect(TYPE_NAMES[id]).toBe(t.name);
    const props = PROP_NAMES[id];
    const expected = ['href', ...[...t.attributes, ...t.links].map((m: any) => camel(m.name))];
    expect(props).toEqual(expected);
    members += expected.length - 1;
  });
  expect(members).toBe(1702 + 445);
});

test('every enum has every value under its UPPER_CASE key', () => {
  let values = 0;
  for (const e of enums) {
    const obj = (types as any)[pascal(e.name)];
    expect(obj).toBeDefined();
    for (const v of e.values) {
      expect(obj[v.name.toUpperCase()]).toBe(v.name);
      values++;
    }
    expect(Object.keys(obj)).toHaveLength(e.values.length);
  }
  expect(values).toBe(598);
});

test('every service is a class with every method and locator', () => {
  let methods = 0;
  let locators = 0;
  for (const s of realServices) {
    const Cls = (services as any)[`${pascal(s.name)}Service`];
    expect(typeof Cls).toBe('function');
    for (const m of s.methods) {
      const name = camel(m.full_name ?? m.name);
      expect(typeof Cls.prototype[name]).toBe('function');
      methods++;
    }
    for (const l of s.locators) {
      expect(typeof Cls.prototype[`${camel(l.name)}Service`]).toBe('function');
      locators++;
    }
  }
  expect(realServices).toHaveLength(288);
  expect(methods).toBe(706);
  expect(locators).toBe(336);
});

test('the schema uses the model wire names of every member', () => {
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
