/**
 * Writing the SDK's types as oVirt XML documents.
 */
import { describe, Error as OvirtError } from '../errors';
import { SCHEMA, STRUCT_NAMES } from '../generated/xml-schema';
import { WRITERS } from '../generated/writers';
import { xmlAddon } from './addon';
import { structId } from './schema';
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
function refusal(problem: WriteProblem, value: object, typeId: number, list: boolean): OvirtError {
  let segments = problem.path;
  let detail = problem.detail;
  if (problem.tooDeep) {
    // Most likely a cycle: name the member that leads back to an object it is inside of.
    const seen: unknown[] = [value];
    let current: unknown = value;
    for (let k = 0; k < segments.length; k++) {
      current = (current as Record<string | number, unknown>)[segments[k]];
      if (seen.includes(current)) {
        segments = segments.slice(0, k + 1);
        detail = ' refers back to an object that contains it (a cycle)';
        break;
      }
      seen.push(current);
    }
  }
  const [name, className] = STRUCT_NAMES[typeId];
  const listTag = SCHEMA.tags[SCHEMA.types[typeId][1]];
  let path = name === 'action' && segments.length > 0 ? '' : list ? camel(listTag) : lowerFirst(className);
  for (const segment of segments) path += typeof segment === 'number' ? `[${segment}]` : path === '' ? segment : `.${segment}`;
  return new OvirtError(path + detail);
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
      throw e instanceof WriteProblem ? refusal(e, value, typeId, list) : e;
    } finally {
      w.begin();
    }
  }
}
