/**
 * Writing the SDK's types as oVirt XML documents.
 */
import { constants as bufferConstants } from 'node:buffer';
import { describe, Error as OvirtError } from '../errors';
import { SCHEMA, STRUCT_NAMES } from '../generated/xml-schema';
import { WRITERS } from '../generated/writers';
import { xmlAddon } from './addon';
import { structId } from './schema';
import { DEFAULT_MAX_DEPTH, DYNAMIC_TAG, TapeWriter } from './tape';

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

function render(w: TapeWriter, options: WriteOptions, asBuffer: boolean): string | Buffer {
  const indent = options.indent === true ? 2 : typeof options.indent === 'number' ? options.indent : 0;
  // Well-formed UTF-16 (no lone surrogate) goes the fast UTF-8 way (the
  // addon takes the UTF-16 way when two values make a surrogate pair
  // between them, to name the element of each half).
  const text = w.text; // a rope of the texts; V8 flattens it once, in the encoder
  const wellFormed = (text as string & { isWellFormed(): boolean }).isWellFormed();
  return xmlAddon().render(w.ops, w.n, text, indent, asBuffer, wellFormed, bufferConstants.MAX_STRING_LENGTH);
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
    try {
      if (Array.isArray(value)) {
        const first = value.find((v) => v !== undefined && v !== null) as object | undefined;
        if (first === undefined && options.type === undefined && options.root === undefined) {
          throw new OvirtError('Writer.write: pass { type } or { root } to write an empty list');
        }
        const typeId = first === undefined && options.type === undefined ? -1 : typeIdOf(first ?? {}, options.type);
        const [tag, listTag] = typeId >= 0 ? SCHEMA.types[typeId] : [DYNAMIC_TAG, DYNAMIC_TAG];
        const root = options.root ?? SCHEMA.tags[listTag];
        w.begin(root, maxDepth);
        w.open(tagOf(root));
        const write = WRITERS[typeId];
        value.forEach((item, i) => write(w, w.struct(item, `item ${i}`), tag));
        w.close();
      } else {
        const typeId = typeIdOf(value, options.type);
        const root = options.root ?? SCHEMA.tags[SCHEMA.types[typeId][0]];
        w.begin(root, maxDepth);
        WRITERS[typeId](w, w.struct(value, STRUCT_NAMES[typeId][1]), tagOf(root));
      }
      return render(w, options, asBuffer);
    } finally {
      w.begin(); // lets go of the texts and objects, also after an error
    }
  }
}
