/** lib/types/: one class per struct, one enum object per enum, and the index. */
import { className, GeneratedFile, inputType, newFile, propName, typeFile, valueType } from './common';
import { docsFor } from './docs';
import type { EnumType, Member, Model, StructType, Type } from './model';
import { key, upper } from './names';

function importReferenced(w: ReturnType<typeof newFile>, self: Type, types: Iterable<Type>): void {
  for (const t of types) {
    if (t === self || t.kind === 'primitive') continue;
    if (t.kind === 'struct') {
      // A value import: the init table names the class (the types import each other as the model does).
      w.import(`./${typeFile(t)}`, className(t));
      w.importType(`./${typeFile(t)}`, `${className(t)}Init`);
    } else {
      w.importType(`./${typeFile(t)}`, className(t));
    }
  }
}

/** How the constructor takes a member: `VALUE`, `DATE`, the class, or one of those in brackets for a list. */
function initEntry(self: StructType, m: Member): string {
  const t = m.ref.type;
  const one = t.kind === 'struct' ? (t === self ? className(self) : className(t)) : t.kind === 'primitive' && t.name === 'date' ? 'DATE' : 'VALUE';
  return m.ref.list ? `[${one}]` : one;
}

function emitStruct(model: Model, type: StructType): GeneratedFile {
  const w = newFile(model);
  const name = className(type);
  const members = [...type.attributes, ...type.links];
  const referenced = new Set(members.map((m) => m.ref.type));
  importReferenced(w, type, referenced);
  w.import('../struct', 'initStruct', 'initTable', 'SIZE_HINT', 'Struct', 'VALUE');
  const entries = members.map((m) => initEntry(type, m));
  if (entries.some((e) => e.includes('DATE'))) w.import('../struct', 'DATE');
  if (members.some((m) => m.ref.list)) w.importType('../struct', 'List');

  const docs = docsFor(model);
  w.doc(...docs.struct(type));
  w.block(`export class ${name} extends Struct {`, () => {
    for (const m of members) {
      w.doc(...docs.member(type, m));
      w.line(`${key(propName(m.name))}?: ${valueType(m.ref)};`);
      w.line();
    }
    w.doc(...docs.constructorDoc(type));
    w.block(`constructor(init?: ${name}Init) {`, () => {
      w.line('super();');
      w.line('if (init !== undefined) initStruct(this, init, MEMBERS);');
      // Never runs (see SIZE_HINT in lib/struct.ts): V8 sizes the objects by these assignments.
      w.block('else if (SIZE_HINT) {', () => {
        w.line('this.href = undefined;');
        for (const m of members) w.line(`this.${propName(m.name)} = undefined;`);
      });
    });
  });
  w.line();
  w.doc(...docs.init(type));
  w.block(`export interface ${name}Init {`, () => {
    w.doc(...docs.initHref(type));
    w.line('href?: string;');
    for (const m of members) {
      w.doc(...docs.initMember(type, m));
      w.line(`${key(propName(m.name))}?: ${inputType(m.ref)};`);
    }
  });
  w.line();
  w.doc('How the constructor takes each member of an init object.');
  w.block(`const MEMBERS = initTable(${name}, () => ({`, () => {
    w.line('href: VALUE,');
    members.forEach((m, i) => w.line(`${key(propName(m.name))}: ${entries[i]},`));
  }, '}));');
  return { path: `lib/types/${typeFile(type)}.ts`, text: w.toString() };
}

function emitEnum(model: Model, type: EnumType): GeneratedFile {
  const w = newFile(model);
  const name = className(type);
  const docs = docsFor(model);
  w.doc(...docs.enumObject(type));
  w.block(`export const ${name} = {`, () => {
    for (const v of type.values) {
      w.doc(...docs.enumValue(type, v));
      w.line(`${key(upper(v.name))}: '${v.name}',`);
    }
  }, '} as const;');
  w.line();
  w.doc(...docs.enumType(type));
  w.line(`export type ${name} = (typeof ${name})[keyof typeof ${name}];`);
  return { path: `lib/types/${typeFile(type)}.ts`, text: w.toString() };
}

export function emitTypes(model: Model): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const t of model.types) {
    if (t.kind === 'struct') files.push(emitStruct(model, t));
    else if (t.kind === 'enum') {
      if (t.values.some((v) => /^\d+$/.test(v.name))) throw new Error(`enum ${t.name} has an integer-like value`);
      files.push(emitEnum(model, t));
    }
  }
  const index = newFile(model);
  index.doc('Every type and enum of the oVirt API (`import { types } from \'ovirt-engine-sdk\'`).');
  index.line("export { Struct } from '../struct';");
  index.line("export type { List } from '../struct';");
  for (const t of model.types) {
    if (t.kind === 'struct') index.line(`export { ${className(t)}, type ${className(t)}Init } from './${typeFile(t)}';`);
    else if (t.kind === 'enum') index.line(`export { ${className(t)} } from './${typeFile(t)}';`);
  }
  files.push({ path: 'lib/types/index.ts', text: index.toString() });
  return files;
}
