/**
 * Writing the SDK's types as oVirt XML documents.
 */
import { describe, Error as OvirtError } from '../errors';
import { SCHEMA, STRUCT_NAMES } from '../generated/xml-schema';
import { WRITERS } from '../generated/writers';
import { xmlAddon } from './addon';
import { type StructInfo, structId, structTypes } from './schema';
import { DYNAMIC_TAG, TapeWriter, WriteProblem } from './tape';

export interface WriteOptions {
  /** Root element name; default: the type's own tag (`vm`, or `vms` for an array). */
  root?: string;
  /** Indent nested elements by this many spaces (`true`: 2); default: no whitespace. */
  indent?: boolean | number;
  /**
   * The type of a plain object (or of an array's items): a model name such
   * as `'vm'` or a class such as `types.Vm`. Instances of the SDK's classes
   * need no type.
   */
  type?: string | (abstract new (...args: never[]) => object);
}

const shared = new TapeWriter();
let tagIds: Map<string, number> | undefined;

function typeIdOf(value: object, type: WriteOptions['type']): number {
  if (type !== undefined) {
    const id = structId(type);
    if (id === undefined) throw new OvirtError(`Writer.write: unknown type ${typeof type === 'string' ? `'${type}'` : describe(type)}`);
    return id;
  }
  const id = structId(value.constructor as abstract new () => object);
  if (id === undefined) {
    throw new OvirtError(`Writer.write: cannot tell the type of ${describe(value)}; pass { type: 'vm' } (or the class) for plain objects`);
  }
  return id;
}

function tagOf(name: string): number {
  if (tagIds === undefined) tagIds = new Map(SCHEMA.tags.map((t, i) => [t, i]));
  return tagIds.get(name) ?? DYNAMIC_TAG;
}

function lowerFirst(name: string): string {
  return name[0].toLowerCase() + name.slice(1);
}

function camel(wireName: string): string {
  return wireName.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The SDK's error for a refused value, naming where it is: from the value
 * written, named after its type (`vm`, or `vms` for a list), through its
 * members and list items (`vm.nics[2].name`). An action's members are named
 * on their own: they are the parameters of the method that sends it
 * (`vm.cluster.nam` for `start({ vm })`).
 */
function refusal(path: readonly (string | number)[], detail: string, typeId: number, list: boolean): OvirtError {
  const [name, className] = STRUCT_NAMES[typeId];
  const listTag: string | undefined = SCHEMA.tags[SCHEMA.types[typeId][1]];
  let text = name === 'action' && path.length > 0 ? '' : list ? camel(listTag ?? `${name}_list`) : lowerFirst(className);
  for (const segment of path) text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  return new OvirtError(text + detail);
}

/**
 * The path to the first member of `value` (of type `typeId`) that refers
 * back to an object it is inside of, or undefined when there is none. The
 * writers do not look for cycles (that would cost every write): a cycle makes
 * them recurse until the stack overflows, and this walk then names it.
 */
function findCycle(value: object, typeId: number): (string | number)[] | undefined {
  const types = structTypes();
  const inside: object[] = [];
  const path: (string | number)[] = [];
  const visit = (o: object, type: StructInfo): boolean => {
    if (inside.includes(o)) return true;
    inside.push(o);
    for (const m of type.members) {
      if (m.kind !== 'struct') continue;
      const v: unknown = (o as Record<string, unknown>)[m.prop];
      const target = types[structId(m.type)!];
      const items = m.list ? (Array.isArray(v) ? v : []) : [v];
      for (let i = 0; i < items.length; i++) {
        const item: unknown = items[i];
        if (typeof item !== 'object' || item === null) continue;
        if (m.list) path.push(m.prop, i);
        else path.push(m.prop);
        if (visit(item, target)) return true;
        path.length -= m.list ? 2 : 1;
      }
    }
    inside.pop();
    return false;
  };
  return visit(value, types[typeId]) ? path : undefined;
}

/** The SDK's error for a stack overflow while writing, when a cycle caused it. */
function cycleRefusal(value: object | readonly object[], typeId: number): OvirtError | undefined {
  const roots = Array.isArray(value) ? value : [value];
  for (let i = 0; i < roots.length; i++) {
    const root: unknown = roots[i];
    if (typeof root !== 'object' || root === null) continue;
    const path = findCycle(root, typeId);
    if (path !== undefined) {
      return refusal(Array.isArray(value) ? [i, ...path] : path, ' refers back to an object that contains it (a cycle)', typeId, Array.isArray(value));
    }
  }
  return undefined;
}

function render(w: TapeWriter, options: WriteOptions, asBuffer: boolean): string | Buffer {
  const indent = options.indent === true ? 2 : typeof options.indent === 'number' ? options.indent : 0;
  // Well-formed UTF-16 (no lone surrogate) goes the fast UTF-8 way.
  const text = w.text; // a rope of the texts; V8 flattens it once, in the encoder
  const wellFormed = (text as string & { isWellFormed(): boolean }).isWellFormed();
  return xmlAddon().render(w.ops, w.n, text, indent, asBuffer, wellFormed);
}

/** Writes the SDK's types as XML documents of the oVirt API. */
export class Writer {
  /**
   * Writes an object (or an array of objects of one type, as a list
   * document) and returns the XML text. Members that are undefined are left
   * out; an empty array is written as an empty element, which is how a list
   * is cleared on the engine.
   */
  static write(value: object | readonly object[], options: WriteOptions = {}): string {
    return Writer.encode(value, options, false) as string;
  }

  /** Like {@link Writer.write}, but returns the UTF-8 bytes, ready to send. */
  static writeBuffer(value: object | readonly object[], options: WriteOptions = {}): Buffer {
    return Writer.encode(value, options, true) as Buffer;
  }

  private static encode(value: object | readonly object[], options: WriteOptions, asBuffer: boolean): string | Buffer {
    if (typeof value !== 'object' || value === null) throw new OvirtError(`Writer.write expects an object or an array, got ${describe(value)}`);
    const w = shared;
    const list = Array.isArray(value);
    let typeId = -1;
    try {
      if (list) {
        const first = value.find((v) => v !== undefined && v !== null) as object | undefined;
        if (first === undefined && options.type === undefined && options.root === undefined) {
          throw new OvirtError('Writer.write: pass { type } or { root } to write an empty list');
        }
        typeId = first === undefined && options.type === undefined ? -1 : typeIdOf(first ?? {}, options.type);
        const [tag, listTag] = typeId >= 0 ? SCHEMA.types[typeId] : [DYNAMIC_TAG, DYNAMIC_TAG];
        const root = options.root ?? SCHEMA.tags[listTag];
        w.begin(root);
        w.open(tagOf(root));
        if (typeId < 0 && value.length > 0) throw new OvirtError(`Writer.write: the items of a list must be objects, got ${describe(value[0])}`);
        for (let i = 0; i < value.length; i++) WRITERS[typeId](w, value[i], tag, '', i);
        w.close();
      } else {
        typeId = typeIdOf(value, options.type);
        const root = options.root ?? SCHEMA.tags[SCHEMA.types[typeId][0]];
        w.begin(root);
        WRITERS[typeId](w, value, tagOf(root), '', -1);
      }
      return render(w, options, asBuffer);
    } catch (e) {
      if (e instanceof WriteProblem) throw refusal(e.path, e.detail, typeId, list);
      if (e instanceof RangeError && typeId >= 0) throw cycleRefusal(value, typeId) ?? e;
      throw e;
    } finally {
      w.begin();
    }
  }
}
