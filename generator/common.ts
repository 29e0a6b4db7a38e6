/** What the emitters share: headers, TypeScript names of types, services, methods and values. */
import { CodeWriter } from './code';
import type { Method, Model, Parameter, Service, Type, TypeRef } from './model';
import { camel, isReserved, kebab, pascal } from './names';

/** A generated file: path relative to the output root, and its text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

export function header(model: Model): string {
  const from = [model.releaseTag && `release ${model.releaseTag}`, model.sourceCommit && `commit ${model.sourceCommit.slice(0, 8)}`]
    .filter(Boolean)
    .join(', ');
  return [
    `// Generated from the oVirt API model ${model.version}${from ? ` (${from})` : ''} by generator/.`,
    '// Do not edit: change the generator and run `npm run generate`.',
    '',
  ].join('\n');
}

export function newFile(model: Model): CodeWriter {
  return new CodeWriter(header(model));
}

export function className(type: Type): string {
  return pascal(type.name);
}

export function typeFile(type: Type): string {
  return kebab(type.name);
}

export function propName(name: string): string {
  return camel(name);
}

export function serviceClass(s: Service): string {
  return `${pascal(s.name)}Service`;
}

export function methodName(m: Method): string {
  return camel(m.fullName);
}

export function locatorName(l: { name: string }): string {
  return `${camel(l.name)}Service`;
}

/** Name of a method's positional body argument: the parameter's, or its type's when that is a reserved word. */
export function argName(p: Parameter): string {
  const name = camel(p.name);
  return isReserved(name) ? camel(p.ref.type.name) : name;
}

/**
 * An enum-typed value: the known values, or any other string. The reader
 * returns a value of a newer engine as its plain string, and the writer sends
 * any string as it is; `(string & {})` keeps the known values in completion.
 */
function openEnum(name: string): string {
  return `${name} | (string & {})`;
}

/** TypeScript type of a value as the SDK returns it (`ns` prefixes type names). */
export function valueType(ref: TypeRef, ns = ''): string {
  const t = ref.type;
  let base: string;
  if (t.kind === 'primitive') {
    base = { boolean: 'boolean', string: 'string', integer: 'number', decimal: 'number', date: 'Date' }[t.name];
  } else if (t.kind === 'enum') {
    base = openEnum(ns + className(t));
  } else {
    base = ns + className(t);
  }
  return ref.list ? `List<${base}>` : base;
}

/** TypeScript type of a value as the SDK accepts it (init objects, service arguments). */
export function inputType(ref: TypeRef, ns = ''): string {
  const t = ref.type;
  let base: string;
  if (t.kind === 'primitive') {
    base = { boolean: 'boolean', string: 'string', integer: 'number', decimal: 'number', date: 'Date | string' }[t.name];
  } else if (t.kind === 'enum') {
    base = openEnum(ns + className(t));
  } else {
    base = `${ns}${className(t)}Init`;
  }
  if (!ref.list) return base;
  return base.includes(' ') ? `(${base})[]` : `${base}[]`;
}

/** Schema kind code of a member or parameter (see native/schema.h). */
export function kindCode(ref: TypeRef, attribute = false): number {
  const t = ref.type;
  let kind: number;
  if (t.kind === 'primitive') kind = { string: 0, boolean: 1, integer: 2, decimal: 3, date: 4 }[t.name];
  else if (t.kind === 'enum') kind = 5;
  else kind = 6;
  return kind | (ref.list ? 8 : 0) | (attribute ? 16 : 0);
}
