/**
 * Writing the SDK's types as oVirt XML documents.
 */
import { describe, Error as OvirtError, XmlError } from '../errors';
import { SCHEMA, STRUCT_NAMES } from '../generated/xml-schema';
import { xmlAddon } from './addon';
import { type StructInfo, structId, structTypes } from './schema';
import { DEFAULT_MAX_DEPTH, DYNAMIC_TAG, MAX_TEXT_LENGTH, TapeWriter, WriteProblem } from './tape';

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
  /**
   * Deepest element nesting written (default 64, the reader's default
   * `maxDepth`): a deeper document is refused with an error naming the
   * member, rather than written for a reader that refuses it.
   */
  maxDepth?: number;
}

const shared = new TapeWriter();
let tagIds: Map<string, number> | undefined;

/**
 * The generated writers, loaded by the first write rather than with the
 * package: a script that only reads never needs them.
 */
let writers: typeof import('../generated/writers').WRITERS | undefined;

function writersTable(): typeof import('../generated/writers').WRITERS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  writers ??= (require('../generated/writers') as typeof import('../generated/writers')).WRITERS;
  return writers;
}

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
 * How messages name a place in the value written: from the value, named
 * after its type (`vm`, or `vms` for a list), through its members and list
 * items (`vm.nics[2].name`). An action's members are named on their own:
 * they are the parameters of the method that sends it (`vm.cluster.nam`
 * for `start({ vm })`).
 */
function pathText(path: readonly (string | number)[], typeId: number, list: boolean): string {
  const [name, className] = STRUCT_NAMES[typeId];
  const listTag: string | undefined = SCHEMA.tags[SCHEMA.types[typeId][1]];
  let text = name === 'action' && path.length > 0 ? '' : list ? camel(listTag ?? `${name}_list`) : lowerFirst(className);
  for (const segment of path) text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  return text;
}

/** Where an object contains itself: the path to where it appears inside itself, and the length of the path to it. */
interface Cycle {
  path: (string | number)[];
  outer: number;
}

/** The first struct along `path` from `value` that appears again further along it. */
function cycleOnPath(value: unknown, path: readonly (string | number)[]): Cycle | undefined {
  const seen: unknown[] = [value];
  let current: unknown = value;
  for (let k = 0; k < path.length && typeof current === 'object' && current !== null; k++) {
    current = (current as Record<string | number, unknown>)[path[k]];
    const outer = seen.indexOf(current);
    if (outer >= 0 && !Array.isArray(current)) return { path: path.slice(0, k + 1), outer };
    seen.push(current);
  }
  return undefined;
}

/** The first struct of `value` (of type `typeId`) that contains itself, found by walking all of it (no path to follow). */
function findCycle(value: object, typeId: number): Cycle | undefined {
  const types = structTypes();
  const inside: object[] = [];
  const insideAt: number[] = [];
  const done = new Set<object>();
  const path: (string | number)[] = [];
  const visit = (o: object, type: StructInfo): number => {
    const outer = inside.indexOf(o);
    if (outer >= 0) return insideAt[outer];
    if (done.has(o)) return -1;
    inside.push(o);
    insideAt.push(path.length);
    for (const m of type.members) {
      if (m.kind !== 'struct') continue;
      const v: unknown = (o as Record<string, unknown>)[m.prop];
      const items = m.list ? (Array.isArray(v) ? v : []) : [v];
      for (let i = 0; i < items.length; i++) {
        const item: unknown = items[i];
        if (typeof item !== 'object' || item === null) continue;
        if (m.list) path.push(m.prop, i);
        else path.push(m.prop);
        const found = visit(item, types[structId(m.type)!]);
        if (found >= 0) return found;
        path.length -= m.list ? 2 : 1;
      }
    }
    inside.pop();
    insideAt.pop();
    done.add(o);
    return -1;
  };
  const outer = visit(value, types[typeId]);
  return outer >= 0 ? { path, outer } : undefined;
}

/**
 * The SDK's error for what the writers refused, naming where. Nesting past
 * `maxDepth` is most likely an object that contains itself: when one
 * appears twice on the path, the error names both places. The writers do
 * not look for that themselves (it would cost every write). A stack overflow
 * (`problem` undefined, when `maxDepth` is too large to stop a cycle first)
 * has no path: then the whole value is walked for one, and undefined means
 * none was found.
 */
function refusal(problem: WriteProblem | undefined, value: object | readonly object[], typeId: number): globalThis.Error | undefined {
  const list = Array.isArray(value);
  let cycle: Cycle | undefined;
  if (problem === undefined) {
    const roots: readonly unknown[] = list ? value : [value];
    for (let i = 0; i < roots.length && cycle === undefined; i++) {
      const root = roots[i];
      if (typeof root !== 'object' || root === null) continue;
      try {
        const found = findCycle(root, typeId);
        if (found !== undefined) cycle = list ? { path: [i, ...found.path], outer: found.outer + 1 } : found;
      } catch {
        return undefined; // nested too deep to walk: no better error than the overflow
      }
    }
    if (cycle === undefined) return undefined;
  } else if (problem.kind === 'depth') {
    cycle = cycleOnPath(value, problem.path);
  }
  if (cycle !== undefined) {
    const { path, outer } = cycle;
    return new OvirtError(`${pathText(path, typeId, list)} is ${pathText(path.slice(0, outer), typeId, list)}, which contains it: an object that contains itself cannot be written`);
  }
  const message = problem!.message(pathText(problem!.path, typeId, list));
  return problem!.kind === 'text' ? new XmlError(message) : new OvirtError(message);
}

function render(w: TapeWriter, options: WriteOptions, asBuffer: boolean): string | Buffer {
  const indent = options.indent === true ? 2 : typeof options.indent === 'number' ? options.indent : 0;
  // Well-formed UTF-16 (no lone surrogate) goes the fast UTF-8 way (the
  // addon takes the UTF-16 way when two values make a surrogate pair
  // between them, to name the element of each half).
  const text = w.text; // a rope of the texts; V8 flattens it once, in the encoder
  const wellFormed = (text as string & { isWellFormed(): boolean }).isWellFormed();
  return xmlAddon().render(w.ops, w.n, text, indent, asBuffer, wellFormed, MAX_TEXT_LENGTH);
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

  /**
   * Like {@link Writer.write}, but returns the UTF-8 bytes, ready to send;
   * also for documents longer than a JavaScript string can hold (about
   * 512 million characters), which `write` refuses with an XmlError.
   */
  static writeBuffer(value: object | readonly object[], options: WriteOptions = {}): Buffer {
    return Writer.encode(value, options, true) as Buffer;
  }

  private static encode(value: object | readonly object[], options: WriteOptions, asBuffer: boolean): string | Buffer {
    if (typeof value !== 'object' || value === null) throw new OvirtError(`Writer.write expects an object or an array, got ${describe(value)}`);
    const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new OvirtError(`maxDepth must be a positive integer, got ${describe(maxDepth)}`);
    const w = shared;
    let typeId = -1;
    try {
      if (Array.isArray(value)) {
        const first = value.find((v) => v !== undefined && v !== null) as object | undefined;
        if (first === undefined && options.type === undefined && options.root === undefined) {
          throw new OvirtError('Writer.write: pass { type } or { root } to write an empty list');
        }
        typeId = first === undefined && options.type === undefined ? -1 : typeIdOf(first ?? {}, options.type);
        const [tag, listTag] = typeId >= 0 ? SCHEMA.types[typeId] : [DYNAMIC_TAG, DYNAMIC_TAG];
        const root = options.root ?? SCHEMA.tags[listTag];
        w.begin(root, maxDepth);
        w.open(tagOf(root));
        if (typeId < 0 && value.length > 0) throw new OvirtError(`Writer.write: the items of a list must be objects, got ${describe(value[0])}`);
        const write = writersTable()[typeId];
        for (let i = 0; i < value.length; i++) write(w, value[i], tag, '', i);
        w.close();
      } else {
        typeId = typeIdOf(value, options.type);
        const root = options.root ?? SCHEMA.tags[SCHEMA.types[typeId][0]];
        w.begin(root, maxDepth);
        writersTable()[typeId](w, value, tagOf(root), '', -1);
      }
      return render(w, options, asBuffer);
    } catch (e) {
      if (e instanceof WriteProblem) throw refusal(e, value, typeId)!;
      // A stack overflow: a cycle, with a maxDepth too large to stop it first.
      if (e instanceof RangeError && typeId >= 0) throw refusal(undefined, value, typeId) ?? e;
      throw e;
    } finally {
      w.begin(); // lets go of the texts and objects, also after an error
    }
  }
}
