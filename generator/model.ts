/**
 * Loads model.json (the format the engine serves at
 * /ovirt-engine/apidoc/model.json, optionally with explicit wire names) into
 * a resolved, generator-friendly form. When the explicit `xml`/`http` fields
 * are missing, they are derived with the file's `wire_rules` (or the rules
 * of the 4.6 model when the file has none).
 */
import * as fs from 'node:fs';

// ---- The file format ----

interface RawAnnotation {
  name: string;
  parameters?: { name: string; values: string[] }[];
}

interface RawMember {
  name: string;
  type: string;
  annotations?: RawAnnotation[];
  xml?: { tag: string; attribute: boolean; item_tag?: string; rel?: string };
}

interface RawType {
  kind: 'primitive' | 'enum' | 'struct';
  name: string;
  annotations?: RawAnnotation[];
  values?: { name: string; annotations?: RawAnnotation[] }[];
  attributes?: RawMember[];
  links?: RawMember[];
  xml?: { tag: string; list_tag?: string };
}

interface RawParameter {
  name: string;
  in: boolean;
  out: boolean;
  type: string;
  annotations?: RawAnnotation[];
  xml?: { place: 'query' | 'body' | 'action'; query?: string; tag?: string; item_tag?: string; attribute?: boolean };
}

interface RawMethod {
  name: string;
  base?: string;
  full_name?: string;
  annotations?: RawAnnotation[];
  parameters: RawParameter[];
  http?: { method: string; path?: string };
}

interface RawLocator {
  name: string;
  service: string;
  annotations?: RawAnnotation[];
  parameters: RawParameter[];
  http?: { path: string };
}

interface RawService {
  name: string;
  annotations?: RawAnnotation[];
  methods: RawMethod[];
  locators: RawLocator[];
}

export interface WireRules {
  tag_name_exceptions: Record<string, string>;
  plural: { exceptions: Record<string, string>; suffix_rules: { suffix: string; replacement: string }[] };
  singular: { exceptions: Record<string, string>; suffix_rules: { suffix: string; replacement: string }[] };
  xml_attribute_names: string[];
  types_without_list_tag: string[];
  crud_http_methods: Record<string, string>;
}

export interface RawModel {
  version?: string;
  release_tag?: string;
  source_commit?: string;
  root: string;
  wire_rules?: WireRules;
  types: RawType[];
  services: RawService[];
}

// ---- The resolved model ----

export interface Annotations {
  since?: string;
  deprecated: boolean;
}

export interface PrimitiveType {
  kind: 'primitive';
  name: 'boolean' | 'string' | 'integer' | 'date' | 'decimal';
}

export interface EnumType {
  kind: 'enum';
  name: string;
  /** Position among the enums (the schema's enum id). */
  id: number;
  values: { name: string; annotations: Annotations }[];
  annotations: Annotations;
}

export interface StructType {
  kind: 'struct';
  name: string;
  /** Position among the structs (the schema's type id). */
  id: number;
  tag: string;
  listTag?: string;
  attributes: Member[];
  links: Member[];
  annotations: Annotations;
}

export type Type = PrimitiveType | EnumType | StructType;

export interface TypeRef {
  type: Type;
  list: boolean;
}

export interface Member {
  name: string;
  ref: TypeRef;
  link: boolean;
  tag: string;
  attribute: boolean;
  itemTag?: string;
  rel?: string;
  annotations: Annotations;
}

export interface Parameter {
  name: string;
  in: boolean;
  out: boolean;
  ref: TypeRef;
  place: 'query' | 'body' | 'action';
  /** query: the query parameter name; body/action: the element name */
  wireName: string;
  itemTag?: string;
  annotations: Annotations;
}

export type MethodKind = 'add' | 'get' | 'list' | 'update' | 'remove' | 'action';

export interface Method {
  /** Short name, e.g. `from_scratch`. */
  name: string;
  /** Unique name in its service, e.g. `add_from_scratch`. */
  fullName: string;
  base?: string;
  kind: MethodKind;
  verb: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Action path segment (actions only). */
  path?: string;
  parameters: Parameter[];
  annotations: Annotations;
}

export interface Locator {
  name: string;
  service: Service;
  /** The locator's parameter (`id`), when it has one. */
  parameter?: string;
  /** URL segment, or undefined for a parameter locator. */
  path?: string;
  annotations: Annotations;
}

export interface Service {
  name: string;
  methods: Method[];
  locators: Locator[];
  annotations: Annotations;
}

export interface Model {
  version: string;
  releaseTag?: string;
  sourceCommit?: string;
  root: Service;
  types: Type[];
  structs: StructType[];
  enums: EnumType[];
  services: Service[];
  /** Services without methods or locators that no locator leads to (`area`, `follow`). */
  pseudoServices: string[];
  byName: Map<string, Type>;
}

// ---- wire rules ----

/** The naming rules of the 4.6 model, used when a model.json has none. */
export const DEFAULT_WIRE_RULES: WireRules = {
  tag_name_exceptions: {
    gluster_brick: 'brick',
    gluster_brick_memory_info: 'brick_memoryinfo',
    gluster_bricks: 'bricks',
    gluster_memory_pool: 'memory_pool',
    gluster_memory_pools: 'memory_pools',
    gluster_server_hook: 'server_hook',
    gluster_server_hooks: 'server_hooks',
    migration_options: 'migration',
    numa_node: 'host_numa_node',
    numa_nodes: 'host_numa_nodes',
    open_stack_image: 'openstack_image',
    open_stack_image_provider: 'openstack_image_provider',
    open_stack_image_providers: 'openstack_image_providers',
    open_stack_images: 'openstack_images',
    open_stack_network: 'openstack_network',
    open_stack_network_provider: 'openstack_network_provider',
    open_stack_network_providers: 'openstack_network_providers',
    open_stack_networks: 'openstack_networks',
    open_stack_subnet: 'openstack_subnet',
    open_stack_subnets: 'openstack_subnets',
    open_stack_volume: 'openstack_volume',
    open_stack_volume_provider: 'openstack_volume_provider',
    open_stack_volume_providers: 'openstack_volume_providers',
    open_stack_volumes: 'openstack_volumes',
    operating_system: 'os',
    operating_system_info: 'operating_system',
    operating_system_infos: 'operation_systems',
    operating_systems: 'oss',
    transparent_huge_pages: 'transparent_hugepages',
    virtual_numa_node: 'vm_numa_node',
    virtual_numa_nodes: 'vm_numa_nodes',
  },
  plural: { exceptions: { display: 'displays', erratum: 'errata', key: 'keys' }, suffix_rules: [{ suffix: 'y', replacement: 'ies' }, { suffix: '', replacement: 's' }] },
  singular: { exceptions: { errata: 'erratum' }, suffix_rules: [{ suffix: 'ies', replacement: 'y' }, { suffix: 's', replacement: '' }] },
  xml_attribute_names: ['href', 'id', 'rel'],
  types_without_list_tag: ['action'],
  crud_http_methods: { add: 'POST', get: 'GET', list: 'GET', remove: 'DELETE', update: 'PUT' },
};

class Wire {
  constructor(private readonly rules: WireRules) {}

  tag(name: string): string {
    return this.rules.tag_name_exceptions[name] ?? name;
  }

  joined(name: string): string {
    return name.split('_').join('');
  }

  private inflect(name: string, rules: WireRules['plural']): string {
    const parts = name.split('_');
    const last = parts[parts.length - 1];
    let changed = rules.exceptions[last];
    if (changed === undefined) {
      for (const r of rules.suffix_rules) {
        if (last.endsWith(r.suffix)) {
          changed = last.slice(0, last.length - r.suffix.length) + r.replacement;
          break;
        }
      }
    }
    parts[parts.length - 1] = changed ?? last;
    return parts.join('_');
  }

  plural(name: string): string {
    return this.inflect(name, this.rules.plural);
  }

  singular(name: string): string {
    return this.inflect(name, this.rules.singular);
  }

  isAttribute(name: string): boolean {
    return this.rules.xml_attribute_names.includes(name);
  }

  hasListTag(typeName: string): boolean {
    return !this.rules.types_without_list_tag.includes(typeName);
  }

  crudVerb(name: string): string | undefined {
    return this.rules.crud_http_methods[name];
  }
}

function annotations(raw: RawAnnotation[] | undefined): Annotations {
  const result: Annotations = { deprecated: false };
  for (const a of raw ?? []) {
    if (a.name === 'since') result.since = a.parameters?.[0]?.values[0];
    if (a.name === 'deprecated') result.deprecated = true;
  }
  return result;
}

export function loadModel(file: string): Model {
  return resolveModel(JSON.parse(fs.readFileSync(file, 'utf8')) as RawModel);
}

export function resolveModel(raw: RawModel): Model {
  const wire = new Wire(raw.wire_rules ?? DEFAULT_WIRE_RULES);
  const byName = new Map<string, Type>();
  const structs: StructType[] = [];
  const enums: EnumType[] = [];
  const types: Type[] = [];

  // First pass: create every type so references can be resolved.
  for (const t of raw.types) {
    let type: Type;
    if (t.kind === 'primitive') {
      type = { kind: 'primitive', name: t.name as PrimitiveType['name'] };
    } else if (t.kind === 'enum') {
      type = {
        kind: 'enum',
        name: t.name,
        id: enums.length,
        values: (t.values ?? []).map((v) => ({ name: v.name, annotations: annotations(v.annotations) })),
        annotations: annotations(t.annotations),
      };
      enums.push(type);
    } else {
      type = {
        kind: 'struct',
        name: t.name,
        id: structs.length,
        tag: t.xml?.tag ?? wire.tag(t.name),
        listTag: t.xml ? t.xml.list_tag : wire.hasListTag(t.name) ? wire.tag(wire.plural(t.name)) : undefined,
        attributes: [],
        links: [],
        annotations: annotations(t.annotations),
      };
      structs.push(type);
    }
    if (byName.has(t.name)) throw new Error(`model: type '${t.name}' is defined twice`);
    byName.set(t.name, type);
    types.push(type);
  }

  const ref = (typeName: string, where: string): TypeRef => {
    const list = typeName.endsWith('[]');
    const name = list ? typeName.slice(0, -2) : typeName;
    const type = byName.get(name);
    if (type === undefined) throw new Error(`model: ${where} refers to the unknown type '${name}'`);
    return { type, list };
  };

  // Second pass: members.
  raw.types.forEach((t, i) => {
    const type = types[i];
    if (type.kind !== 'struct') return;
    const member = (m: RawMember, link: boolean): Member => {
      const r = ref(m.type, `${t.name}.${m.name}`);
      const tag = m.xml?.tag ?? wire.tag(m.name);
      let itemTag = m.xml?.item_tag;
      if (r.list && itemTag === undefined && m.xml === undefined) {
        itemTag = r.type.kind === 'struct' ? r.type.tag : wire.tag(wire.singular(m.name));
      }
      let rel = m.xml?.rel;
      if (link && r.list && rel === undefined && m.xml === undefined) rel = wire.joined(m.name);
      return {
        name: m.name,
        ref: r,
        link,
        tag,
        attribute: m.xml?.attribute ?? wire.isAttribute(m.name),
        itemTag,
        rel,
        annotations: annotations(m.annotations),
      };
    };
    type.attributes = (t.attributes ?? []).map((m) => member(m, false));
    type.links = (t.links ?? []).map((m) => member(m, true));
  });

  // Services.
  const services: Service[] = raw.services.map((s) => ({ name: s.name, methods: [], locators: [], annotations: annotations(s.annotations) }));
  const serviceByName = new Map(services.map((s) => [s.name, s]));
  raw.services.forEach((s, i) => {
    const service = services[i];
    const methodsByName = new Map(s.methods.filter((m) => m.base === undefined).map((m) => [m.name, m]));
    for (const m of s.methods) {
      const fullName = m.full_name ?? (m.base !== undefined ? `${m.base}_${m.name}` : m.name);
      const deepest = m.base ?? m.name;
      if (m.base !== undefined && !methodsByName.has(m.base)) {
        throw new Error(`model: method ${s.name}.${fullName} names the unknown base '${m.base}'`);
      }
      const crud = wire.crudVerb(deepest);
      const kind: MethodKind = crud !== undefined ? (deepest as MethodKind) : 'action';
      const verb = (m.http?.method ?? crud ?? 'POST') as Method['verb'];
      const path = kind === 'action' ? m.http?.path ?? wire.joined(deepest) : undefined;
      const parameters: Parameter[] = m.parameters.map((p) => {
        const r = ref(p.type, `${s.name}.${fullName}(${p.name})`);
        let place = p.xml?.place;
        if (place === undefined) {
          if (kind === 'add' || kind === 'update' || kind === 'get' || kind === 'list') place = p.out ? 'body' : 'query';
          else if (kind === 'remove') place = r.list || r.type.kind === 'struct' ? 'action' : 'query';
          else place = 'action';
        }
        let wireName: string;
        let itemTag: string | undefined;
        if (place === 'query') {
          wireName = p.xml?.query ?? wire.tag(p.name);
        } else if (place === 'body') {
          if (r.type.kind !== 'struct') throw new Error(`model: body parameter ${s.name}.${fullName}(${p.name}) is not a struct`);
          wireName = p.xml?.tag ?? (r.list ? r.type.listTag! : r.type.tag);
          itemTag = r.list ? p.xml?.item_tag ?? r.type.tag : undefined;
        } else {
          wireName = p.xml?.tag ?? wire.tag(p.name);
          itemTag = r.list ? p.xml?.item_tag ?? (r.type.kind === 'struct' ? r.type.tag : wire.tag(wire.singular(p.name))) : undefined;
        }
        return { name: p.name, in: p.in, out: p.out, ref: r, place, wireName, itemTag, annotations: annotations(p.annotations) };
      });
      service.methods.push({ name: m.name, fullName, base: m.base, kind, verb, path, parameters, annotations: annotations(m.annotations) });
    }
    for (const l of s.locators) {
      const target = serviceByName.get(l.service);
      if (target === undefined) throw new Error(`model: locator ${s.name}.${l.name} leads to the unknown service '${l.service}'`);
      const parameter = l.parameters[0]?.name;
      const path = parameter !== undefined ? undefined : l.http?.path ?? wire.joined(l.name);
      if (l.http !== undefined && parameter !== undefined && l.http.path !== `{${parameter}}` && l.http.path !== '{id}') {
        throw new Error(`model: locator ${s.name}.${l.name} has parameter '${parameter}' but path '${l.http.path}'`);
      }
      service.locators.push({ name: l.name, service: target, parameter, path, annotations: annotations(l.annotations) });
    }
  });

  const root = serviceByName.get(raw.root);
  if (root === undefined) throw new Error(`model: the root service '${raw.root}' does not exist`);
  const targets = new Set(services.flatMap((s) => s.locators.map((l) => l.service.name)));
  const pseudoServices = services
    .filter((s) => s.methods.length === 0 && s.locators.length === 0 && !targets.has(s.name) && s !== root)
    .map((s) => s.name);

  return {
    version: raw.version ?? 'unknown',
    releaseTag: raw.release_tag,
    sourceCommit: raw.source_commit,
    root,
    types,
    structs,
    enums,
    services,
    pseudoServices,
    byName,
  };
}
