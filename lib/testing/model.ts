/**
 * What the simulator knows about the API, all of it taken from the SDK's
 * public pieces the way user code would: the services as data (the
 * generated service metadata), the type classes and the schema API
 * (`schema`: type names, wire names, members). Nothing here is hand-listed
 * per type.
 */
import { ROOT_SERVICE, SERVICES as ALL_SERVICES } from '../generated/service-metadata';
import { Reader, schema, Writer } from '../index';
import type { LocatorInfo, MethodInfo, ServiceInfo } from '../service';

export type { LocatorInfo, MethodInfo, ServiceInfo };

/** A struct object as the store keeps it: an instance of a class of `types`. */
export type Obj = Record<string, unknown> & { id?: string; href?: string; name?: string };

type StructClass = new (init?: object) => object;

export const API_PREFIX = '/ovirt-engine/api';

/** Id of the Blank template (and of the root tag), as on every engine. */
export const BLANK_TEMPLATE_ID = '00000000-0000-0000-0000-000000000000';

export function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

function struct(type: string): schema.StructInfo {
  const info = schema.structInfo(type);
  if (info === undefined) throw new Error(`simulator: no struct type '${type}'`);
  return info;
}

/** The class of a model struct type (`vm` → `types.Vm`). */
export function classOf(type: string): StructClass {
  return struct(type).class as StructClass;
}

/** A new instance of a model type from an init object (plain nested objects are converted). */
export function make(type: string, init: object = {}): Obj {
  return new (classOf(type))(init) as Obj;
}

/** The model type name of an object read from XML or made with {@link make}. */
export function typeOf(value: unknown): string | undefined {
  return schema.typeNameOf(value);
}

/** Element name of one object of the type (`vm`, `os` for operating_system). */
export function elementTag(type: string): string {
  return struct(type).tag;
}

/** Element name of a list document of the type (`vms`). */
export function listTag(type: string): string {
  const tag = struct(type).listTag;
  if (tag === undefined) throw new Error(`simulator: the type '${type}' has no list document`);
  return tag;
}

/**
 * Wire element name of a member of a type (`numaNodes` of `host` →
 * `host_numa_nodes`), or undefined when the type has no such member.
 */
export function memberTag(type: string, prop: string): string | undefined {
  return schema.structInfo(type)?.member(prop)?.wireName;
}

/** True when the type has a member with this property name (`vm`, `status`). */
export function hasMember(type: string, prop: string): boolean {
  return schema.structInfo(type)?.member(prop) !== undefined;
}

export const SERVICES = ALL_SERVICES;
export const ROOT = SERVICES[ROOT_SERVICE];

export function service(name: string): ServiceInfo {
  const s = SERVICES[name];
  if (s === undefined) throw new Error(`simulator: unknown service '${name}'`);
  return s;
}

export function method(svc: ServiceInfo, kind: string): MethodInfo | undefined {
  return svc.methods.find((m) => m.kind === kind && m.name === kind) ?? svc.methods.find((m) => m.kind === kind);
}

/** The locator that takes an id (`vms` → `vm`), if the service is a collection. */
export function idLocator(svc: ServiceInfo): LocatorInfo | undefined {
  return svc.locators.find((l) => l.parameter !== undefined);
}

/** The element type of a collection service: its list's out type, or its add body type. */
export function collectionType(svc: ServiceInfo): string | undefined {
  const list = method(svc, 'list');
  const out = list?.parameters.find((p) => p.out && p.place === 'body');
  if (out !== undefined) return out.type;
  const add = method(svc, 'add');
  return add?.parameters.find((p) => p.in && p.place === 'body')?.type;
}

/** The type an entity service gets and updates. */
export function entityType(svc: ServiceInfo): string | undefined {
  for (const kind of ['get', 'update']) {
    const p = method(svc, kind)?.parameters.find((x) => x.out && x.place === 'body');
    if (p !== undefined) return p.type;
  }
  return undefined;
}

export function hasQuery(m: MethodInfo | undefined, name: string): boolean {
  return m?.parameters.some((p) => p.place === 'query' && p.wireName === name) ?? false;
}

/** The action paths of a service, one per path (signature variants share it). */
export function actionPaths(svc: ServiceInfo): string[] {
  const out: string[] = [];
  for (const m of svc.methods) if (m.kind === 'action' && m.path !== undefined && !out.includes(m.path)) out.push(m.path);
  return out;
}

/** Sub-collection locators of an entity service (`vm` → nics, diskattachments, ...). */
export function linkLocators(svc: ServiceInfo): LocatorInfo[] {
  return svc.locators.filter((l) => l.path !== undefined);
}

/** The root collections by element type (`vm` → `vms`), first locator wins. */
export const ROOT_COLLECTIONS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const l of ROOT.locators) {
    if (l.path === undefined) continue;
    const type = collectionType(service(l.service));
    if (type !== undefined && !map.has(type)) map.set(type, l.path);
  }
  return map;
})();

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Names the engine uses in messages (`Cannot add VM`). */
const LABELS: Record<string, string> = {
  vm: 'VM',
  host: 'Host',
  cluster: 'Cluster',
  data_center: 'Data Center',
  storage_domain: 'Storage Domain',
  disk: 'Virtual Disk',
  disk_attachment: 'Virtual Disk',
  template: 'Template',
  tag: 'Tag',
  nic: 'Interface',
  snapshot: 'Snapshot',
  network: 'Logical Network',
  vnic_profile: 'VM network interface profile',
};

export function label(type: string): string {
  return LABELS[type] ?? type.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** The class-like name the engine's parameter validation uses (`DiskAttachment`). */
export function className(type: string): string {
  return type.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}


function isStruct(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * Deep merge of an update: nested structs merge member by member, links
 * (objects with an id) and lists are replaced.
 */
export function mergeInto(target: Obj, changes: Obj): void {
  for (const key of Object.keys(changes)) {
    const value = changes[key];
    if (value === undefined) continue;
    const current = target[key];
    if (isStruct(value) && isStruct(current) && value.id === undefined && current.id === undefined) mergeInto(current, value);
    else target[key] = value;
  }
}

/** A deep copy of a struct object, of the same classes (through the XML layer, which knows every type). */
export function deepCopy<T extends object>(value: T): T {
  return Reader.read(Writer.write(value)) as T;
}

/** A copy of a member value: structs deeply, lists item by item, the rest as is. */
export function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyValue);
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && typeOf(value) !== undefined) return deepCopy(value);
  return value;
}
