/**
 * The schema of the API's types as the SDK sees them: for each struct type
 * its class, its wire names and its members; for each enum its values. It is
 * the one place the writer, the fault handling and the engine simulator learn
 * such facts from, and it is public (`import { schema } from
 * 'ovirt-engine-sdk'`) for tools that need them too:
 *
 *   schema.structInfo('vm').member('numaNodes')?.wireName  // 'host_numa_nodes'
 *   schema.typeNameOf(vm)                                  // 'vm'
 *
 * Everything is derived from the generated schema (lib/generated/xml-schema.ts)
 * on first use.
 */
import { ENUM_NAMES, MEMBER_NAMES, PROP_NAMES, SCHEMA, STRUCT_NAMES } from '../generated/xml-schema';
import * as types from '../types';

/** The kind of a member's values. */
export type ValueKind = 'string' | 'boolean' | 'integer' | 'decimal' | 'date' | 'enum' | 'struct';

/** One member of a struct type. */
export interface MemberInfo {
  /** Property name (`numaNodes`). */
  readonly prop: string;
  /** Model name (`numa_nodes`). */
  readonly name: string;
  /** Name on the wire: the element, or the attribute when {@link attribute} (`host_numa_nodes`, `id`). */
  readonly wireName: string;
  /** An XML attribute of its parent element (`id`, `href`), not a child element. */
  readonly attribute: boolean;
  /** A link of the model (a reference to other objects), rather than an attribute. */
  readonly link: boolean;
  /** A list of values. */
  readonly list: boolean;
  readonly kind: ValueKind;
  /** Model name of the value's type (`host_numa_node`... `string`, `vm_status`); for lists, of the items. */
  readonly type: string;
  /** Element of each list item (`host_numa_node`). */
  readonly itemTag?: string;
  /** The `rel` of the `<link>` that stands for an unfetched list link (`numanodes`). */
  readonly rel?: string;
}

/** A struct type. */
export interface StructInfo {
  /** Model name (`vm`, `operating_system`). */
  readonly name: string;
  /** Name of its class in `types` (`Vm`). */
  readonly className: string;
  /** The class. */
  readonly class: abstract new (init?: object) => object;
  /** Element of one object as a document (`vm`; `os` for `operating_system`). */
  readonly tag: string;
  /** Element of a list document (`vms`), when the type has one. */
  readonly listTag?: string;
  /** Every member, `href` first, then the attributes and links of the model. */
  readonly members: readonly MemberInfo[];
  /** The member with this property name, if the type has it. */
  member(prop: string): MemberInfo | undefined;
}

/** An enum type. */
export interface EnumInfo {
  /** Model name (`vm_status`). */
  readonly name: string;
  /** Name of its object in `types` (`VmStatus`). */
  readonly className: string;
  /** The values as they are on the wire. */
  readonly values: readonly string[];
}

// Kinds of native/schema.h.
const KINDS: readonly ValueKind[] = ['string', 'boolean', 'integer', 'decimal', 'date', 'enum', 'struct'];
const KIND_MASK = 7;
const FLAG_LIST = 8;
const FLAG_ATTRIBUTE = 16;

let structs: readonly StructInfo[] | undefined;
let structsByName: Map<string, number> | undefined;
let structsByClass: Map<unknown, number> | undefined;
let enums: Map<string, EnumInfo> | undefined;

function build(): readonly StructInfo[] {
  const classes = types as unknown as Record<string, StructInfo['class']>;
  const tags = SCHEMA.tags;
  const tagOf = (id: number): string | undefined => (id < 0 ? undefined : tags[id]);
  const built = SCHEMA.types.map(([tag, listTag, flat], typeId): StructInfo => {
    const [name, className, attributes] = STRUCT_NAMES[typeId];
    const props = PROP_NAMES[typeId];
    const memberNames = MEMBER_NAMES[typeId];
    const members: MemberInfo[] = [];
    for (let i = 0, r = 0; r < flat.length; i++, r += 5) {
      const kind = flat[r + 1];
      const target = flat[r + 2];
      const valueKind = KINDS[kind & KIND_MASK];
      members.push({
        prop: props[i],
        name: i === 0 ? 'href' : memberNames[i - 1],
        wireName: tags[flat[r]],
        attribute: (kind & FLAG_ATTRIBUTE) !== 0,
        link: i > attributes,
        list: (kind & FLAG_LIST) !== 0,
        kind: valueKind,
        type: valueKind === 'struct' ? STRUCT_NAMES[target][0] : valueKind === 'enum' ? ENUM_NAMES[target][0] : valueKind,
        ...(flat[r + 3] >= 0 ? { itemTag: tagOf(flat[r + 3]) } : {}),
        ...(flat[r + 4] >= 0 ? { rel: tagOf(flat[r + 4]) } : {}),
      });
    }
    const byProp = new Map(members.map((m) => [m.prop, m]));
    return {
      name,
      className,
      class: classes[className],
      tag: tags[tag],
      ...(listTag >= 0 ? { listTag: tags[listTag] } : {}),
      members,
      member: (prop: string) => byProp.get(prop),
    };
  });
  structsByName = new Map(built.map((s, id) => [s.name, id]));
  structsByClass = new Map(built.map((s, id) => [s.class, id]));
  return built;
}

/** Every struct type of the API, in the order of the model. */
export function structTypes(): readonly StructInfo[] {
  structs ??= build();
  return structs;
}

/**
 * A struct type by model name (`'vm'`) or class (`types.Vm`), or undefined
 * when there is no such type.
 */
export function structInfo(type: string | (abstract new (...args: never[]) => object)): StructInfo | undefined {
  const id = structId(type);
  return id === undefined ? undefined : structs![id];
}

/**
 * @internal The type id of a struct type (its position in the generated
 * schema, which the native addon and the generated readers and writers use).
 */
export function structId(type: string | (abstract new (...args: never[]) => object)): number | undefined {
  structs ??= build();
  return typeof type === 'string' ? structsByName!.get(type) : structsByClass!.get(type);
}

/**
 * The model name of a struct type's instance (`'vm'` for a `types.Vm`), or
 * undefined for anything else (a plain object has no type of its own).
 */
export function typeNameOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = structId((value as object).constructor as abstract new () => object);
  return id === undefined ? undefined : structs![id].name;
}

/** An enum type by model name (`'vm_status'`), or undefined. */
export function enumInfo(name: string): EnumInfo | undefined {
  enums ??= new Map(ENUM_NAMES.map(([enumName, className], id) => [enumName, { name: enumName, className, values: SCHEMA.enums[id] }]));
  return enums.get(name);
}
