/**
 * lib/generated/: the wire schema (what the native addon reads with, and
 * what the schema API of lib/xml/schema.ts answers from), the readers that
 * decode the addon's tape into typed objects and the writers that build the
 * write tape. The XML layer (lib/xml/) imports them where it uses them.
 */
import { cmp } from './code';
import { className, GeneratedFile, kindCode, newFile, propName } from './common';
import { upper } from './names';
import type { Member, Model, StructType, TypeRef } from './model';

/** Schema members of a struct: the `href` attribute first, then attributes and links. */
export function schemaMembers(type: StructType): { prop: string; member?: Member }[] {
  return [{ prop: 'href' }, ...[...type.attributes, ...type.links].map((m) => ({ prop: propName(m.name), member: m }))];
}

export class TagTable {
  readonly tags: string[];
  private readonly ids: Map<string, number>;

  constructor(model: Model) {
    const set = new Set<string>(['href', 'id', 'link', 'rel']);
    for (const t of model.structs) {
      set.add(t.tag);
      if (t.listTag !== undefined) set.add(t.listTag);
      for (const m of [...t.attributes, ...t.links]) {
        set.add(m.tag);
        if (m.itemTag !== undefined) set.add(m.itemTag);
        if (m.rel !== undefined) set.add(m.rel);
      }
    }
    this.tags = [...set].sort(cmp);
    this.ids = new Map(this.tags.map((t, i) => [t, i]));
  }

  id(tag: string): number {
    const id = this.ids.get(tag);
    if (id === undefined) throw new Error(`no tag id for '${tag}'`);
    return id;
  }

  /** `12 /* name *\/` for readable generated code. */
  ref(tag: string): string {
    return `${this.id(tag)} /* ${tag} */`;
  }
}

function emitSchema(model: Model, tags: TagTable): GeneratedFile {
  const w = newFile(model);
  w.doc(
    'The wire schema the native addon reads with: element names, enum values and, per struct',
    'type, its tag, list tag and members as [tag, kind, target, item tag, rel] records (kinds:',
    'native/schema.h). Type ids are the positions in `types`, enum ids the positions in `enums`;',
    'member 0 of every type is `href`.',
  );
  w.block(
    'export const SCHEMA: { version: string; tags: readonly string[]; enums: readonly (readonly string[])[]; types: readonly (readonly [number, number, readonly number[]])[] } = {',
    () => {
    w.line(`version: '${model.version}',`);
    w.block('tags: [', () => {
      for (let i = 0; i < tags.tags.length; i += 8) {
        w.line(tags.tags.slice(i, i + 8).map((t) => `'${t}'`).join(', ') + ',');
      }
    }, '],');
    w.block('enums: [', () => {
      for (const e of model.enums) w.line(`/* ${e.id} ${e.name} */ [${e.values.map((v) => `'${v.name}'`).join(', ')}],`);
    }, '],');
    w.block('types: [', () => {
      for (const t of model.structs) {
        const flat: number[] = [];
        for (const { member } of schemaMembers(t)) {
          if (member === undefined) {
            flat.push(tags.id('href'), 16, -1, -1, -1);
            continue;
          }
          const target = member.ref.type.kind === 'struct' || member.ref.type.kind === 'enum' ? member.ref.type.id : -1;
          flat.push(
            tags.id(member.tag),
            kindCode(member.ref, member.attribute),
            target,
            member.itemTag !== undefined ? tags.id(member.itemTag) : -1,
            member.rel !== undefined ? tags.id(member.rel) : -1,
          );
        }
        const listTag = t.listTag !== undefined ? tags.id(t.listTag) : -1;
        w.line(`/* ${t.id} ${t.name} */ [${tags.id(t.tag)}, ${listTag}, [${flat.join(', ')}]],`);
      }
    }, '],');
    },
    '};',
  );
  w.line();
  w.doc(
    'Per struct type, by type id: its model name, its class name in `types`, and how many of its',
    'members (after `href`) are attributes; the rest are links.',
  );
  w.block('export const STRUCT_NAMES: readonly (readonly [string, string, number])[] = [', () => {
    for (const t of model.structs) w.line(`['${t.name}', '${className(t)}', ${t.attributes.length}],`);
  }, '];');
  w.line();
  w.doc('Property names of the schema members of each struct type, by type id (member 0 is `href`).');
  w.block('export const PROP_NAMES: readonly (readonly string[])[] = [', () => {
    for (const t of model.structs) w.line(`/* ${t.name} */ [${schemaMembers(t).map((m) => `'${m.prop}'`).join(', ')}],`);
  }, '];');
  w.line();
  w.doc('Model names of the schema members of each struct type after `href`, by type id.');
  w.block('export const MEMBER_NAMES: readonly (readonly string[])[] = [', () => {
    for (const t of model.structs) w.line(`/* ${t.name} */ [${[...t.attributes, ...t.links].map((m) => `'${m.name}'`).join(', ')}],`);
  }, '];');
  w.line();
  w.doc('Per enum, by enum id: its model name and its name in `types`.');
  w.block('export const ENUM_NAMES: readonly (readonly [string, string])[] = [', () => {
    for (const e of model.enums) w.line(`['${e.name}', '${className(e)}'],`);
  }, '];');
  return { path: 'lib/generated/xml-schema.ts', text: w.toString() };
}

function readerName(t: StructType): string {
  return `read${className(t)}`;
}

function enumConst(ref: TypeRef): string {
  return `E_${className(ref.type)}`;
}

/** The expression that reads one value of `ref` (not a list). */
function readValue(ref: TypeRef): string {
  const t = ref.type;
  if (t.kind === 'struct') return `${readerName(t)}(r)`;
  if (t.kind === 'enum') return `r.enumValue(${enumConst(ref)})`;
  return { string: 'r.str()', boolean: 'r.bool()', integer: 'r.num()', decimal: 'r.num()', date: 'r.date()' }[t.name];
}

function readList(ref: TypeRef, current: string): string {
  const t = ref.type;
  if (t.kind === 'struct') return `${readerName(t)}List(r, ${current})`;
  if (t.kind === 'enum') return `r.enumList(${current}, ${enumConst(ref)})`;
  return { string: 'r.strList', boolean: 'r.boolList', integer: 'r.numList', decimal: 'r.numList', date: 'r.dateList' }[t.name] + `(${current})`;
}

function emitReaders(model: Model): GeneratedFile {
  const w = newFile(model);
  w.importNamespace('../types', 't');
  w.importType('../xml/tape', 'List', 'TapeReader');
  w.doc(
    'Readers: one function per struct type decodes the tape the native parser writes',
    '(format: native/xml_reader.cc). Op m+1 is a value of schema member m, -(m+1) the href',
    'of list member m, 0 the end of the object.',
  );
  w.line();
  const usedEnums = new Set<string>();
  const listed = new Set<StructType>();
  for (const t of model.structs) {
    for (const m of [...t.attributes, ...t.links]) {
      if (m.ref.type.kind === 'enum') usedEnums.add(m.ref.type.name);
      if (m.ref.list && m.ref.type.kind === 'struct') listed.add(m.ref.type);
    }
  }
  for (const e of model.enums) {
    if (usedEnums.has(e.name)) w.line(`const E_${className(e)} = Object.values(t.${className(e)});`);
  }
  w.line();
  w.line('// The classes, read once: `t` is the types module, whose exports are getters.');
  for (const t of model.structs) w.line(`const C_${className(t)} = t.${className(t)};`);
  for (const t of model.structs) {
    const name = className(t);
    w.line();
    w.block(`function ${readerName(t)}(r: TapeReader): t.${name} {`, () => {
      w.line(`const o = new C_${name}();`);
      w.block('for (;;) {', () => {
        w.block('switch (r.op()) {', () => {
          w.line('case 0: return o;');
          schemaMembers(t).forEach(({ prop, member }, i) => {
            const o = `o.${prop}`;
            if (member === undefined) {
              w.line(`case ${i + 1}: ${o} = r.str(); break;`);
            } else if (member.ref.list) {
              w.line(`case ${i + 1}: ${o} = ${readList(member.ref, o)}; break;`);
              w.line(`case ${-(i + 1)}: ${o} = r.href(${o}); break;`);
            } else {
              w.line(`case ${i + 1}: ${o} = ${readValue(member.ref)}; break;`);
            }
          });
          w.line(`default: r.corrupt('${t.name}');`);
        });
      });
    });
    if (listed.has(t)) {
      w.line();
      w.block(`function ${readerName(t)}List(r: TapeReader, list: List<t.${name}> | undefined): List<t.${name}> {`, () => {
        w.line(`const a: List<t.${name}> = list ?? [];`);
        w.line(`for (let n = r.op(); n > 0; n--) a.push(${readerName(t)}(r));`);
        w.line('return a;');
      });
    }
  }
  w.line();
  w.doc('The readers by type id.');
  w.block('export const READERS: readonly ((r: TapeReader) => object)[] = [', () => {
    for (const t of model.structs) w.line(`${readerName(t)},`);
  }, '];');
  return { path: 'lib/generated/readers.ts', text: w.toString() };
}

function writerName(t: StructType): string {
  return `write${className(t)}`;
}

/** Model names compared word by word (words joined by `_`), as the oVirt metamodel sorts names. */
export function compareNames(a: string, b: string): number {
  const x = a.split('_');
  const y = b.split('_');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * The members of a struct in the order the writers write them, which is the
 * Python SDK's (and the other SDKs generated from the model): the members
 * that are XML attributes, then the elements; within each, the type's
 * attributes and then its links, each sorted by model name. (`href`, which
 * is no model member, is written before all of them.)
 */
export function writeOrder(type: StructType): Member[] {
  const sorted = (members: Member[]): Member[] => [...members].sort((a, b) => compareNames(a.name, b.name));
  const part = (attribute: boolean): Member[] => [
    ...sorted(type.attributes.filter((m) => m.attribute === attribute)),
    ...sorted(type.links.filter((m) => m.attribute === attribute)),
  ];
  return [...part(true), ...part(false)];
}

/** The statement that writes one value of `ref`'s type (`i`: the list index expression, or -1). */
function writeValue(ref: TypeRef, value: string, tag: string, prop: string, i: string, attribute = false): string {
  const t = ref.type;
  if (t.kind === 'struct') return `${writerName(t)}(w, ${value}, ${tag}, '${prop}', ${i});`;
  const method = t.kind === 'enum' ? 'enumValue' : { string: 'str', boolean: 'bool', integer: 'int', decimal: 'dec', date: 'date' }[t.name];
  return `w.${method}(${tag}, ${value}, '${prop}'${attribute || i !== '-1' ? `, ${i}` : ''}${attribute ? ', true' : ''});`;
}

function protoConst(t: StructType): string {
  const name = upper(t.name);
  if (name === 'OBJECT') throw new Error(`type '${t.name}': its prototype constant would clash with OBJECT`);
  return name;
}

function emitWriters(model: Model, tags: TagTable): GeneratedFile {
  const w = newFile(model);
  w.importNamespace('../types', 't');
  w.import('../xml/tape', 'TapeWriter');
  w.doc(
    'Writers: one function per struct type writes a value as the element with tag id `tag`',
    'onto the write tape (format: native/xml_writer.cc), its members in the Python SDK\'s order',
    '(generator/emit-xml.ts `writeOrder`). Undefined and null members are left out; an empty',
    'list is written as an empty element. A value must be an instance of exactly the type\'s',
    'class or a plain object, with no member the type lacks (checked by counting its own keys',
    'against the members found set); a refused value is named by the member (`seg`) and list',
    'index (`i`, or -1) it was found at, added as the error unwinds. An object that contains',
    'itself goes past `maxDepth` (the tape writer counts open elements), and `Writer` names it.',
  );
  w.line();
  w.doc('The prototypes a value of each type may have: its class\'s, or a plain object\'s (`OBJECT` or null).');
  w.line('const OBJECT: object = Object.prototype;');
  for (const t of model.structs) w.line(`const ${protoConst(t)}: object = t.${className(t)}.prototype;`);
  for (const t of model.structs) {
    const name = className(t);
    w.line();
    w.block(`function ${writerName(t)}(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {`, () => {
      w.block('try {', () => {
        // An instance of exactly the class, or a plain object (isStructValue, inline).
        w.line("const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;");
        w.line(`if (p !== ${protoConst(t)} && p !== OBJECT && p !== null) w.refuse(v, ${protoConst(t)});`);
        w.line(`const o = v as t.${name}Init;`);
        w.line('w.open(tag);');
        w.line('let n = 0;');
        w.line(`if (o.href != null) { n++; w.str(${tags.ref('href')}, o.href, 'href', -1, true); }`);
        for (const member of writeOrder(t)) {
          const prop = propName(member.name);
          const o = `o.${prop}`;
          const tag = tags.ref(member.tag);
          if (member.attribute) {
            // Attributes come first: they belong to the start tag.
            if (member.ref.list || member.ref.type.kind === 'struct') throw new Error(`${t.name}.${member.name}: an XML attribute must be a single primitive`);
            w.line(`if (${o} != null) { n++; ${writeValue(member.ref, o, tag, prop, '-1', true)} }`);
          } else if (!member.ref.list) {
            w.line(`if (${o} != null) { n++; ${writeValue(member.ref, o, tag, prop, '-1')} }`);
          } else {
            w.block(`if (${o} != null) {`, () => {
              w.line('n++;');
              w.line(`const a = w.list(${o}, '${prop}');`);
              const write = (): void => {
                w.line(`w.openList(${tag}, '${prop}');`);
                w.line(`for (let k = 0; k < a.length; k++) ${writeValue({ type: member.ref.type, list: false }, 'a[k]', tags.ref(member.itemTag!), prop, 'k')}`);
                w.line('w.close();');
              };
              // A link list read from `<link rel href>` and never fetched (empty,
              // with an href) is not written: as an empty element it would ask
              // the engine to clear it.
              if (member.link) w.block('if (a.length !== 0 || a.href === undefined) {', write);
              else write();
            });
          }
        }
        w.line('w.close();');
        // More own keys than members set: one may name a member the type lacks.
        w.line('let keys = 0;');
        w.line('for (const _ in o) keys++;');
        w.line(`if (keys !== n) w.unknownMember(o, ${t.id});`);
      }, '} catch (e) {');
      w.line('  throw w.at(e, seg, i);');
      w.line('}');
    });
  }
  w.line();
  w.doc('The writers by type id.');
  w.block('export const WRITERS: readonly ((w: TapeWriter, value: unknown, tag: number, seg: string, i: number) => void)[] = [', () => {
    for (const t of model.structs) w.line(`${writerName(t)},`);
  }, '];');
  return { path: 'lib/generated/writers.ts', text: w.toString() };
}

export function emitXml(model: Model): GeneratedFile[] {
  const tags = new TagTable(model);
  return [emitSchema(model, tags), emitReaders(model), emitWriters(model, tags)];
}
