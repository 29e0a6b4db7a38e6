/** What the emitters share: headers, reference links, TypeScript type names. */
import { CodeWriter } from './code';
import type { Annotations, Model, StructType, Type, TypeRef } from './model';
import { camel, kebab, pascal } from './names';

export const REFERENCE = 'http://ovirt.github.io/ovirt-engine-api-model/master/';

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

export function typeLink(type: { name: string }): string {
  return `${REFERENCE}#types/${type.name}`;
}

export function memberLink(type: StructType, member: { name: string; link: boolean }): string {
  return `${REFERENCE}#types/${type.name}/${member.link ? 'links' : 'attributes'}/${member.name}`;
}

export function serviceLink(service: { name: string }): string {
  return `${REFERENCE}#services/${service.name}`;
}

export function methodLink(service: { name: string }, method: { fullName: string }): string {
  return `${REFERENCE}#services/${service.name}/methods/${method.fullName}`;
}

export function parameterLink(service: { name: string }, method: { fullName: string }, parameter: { name: string }): string {
  return `${methodLink(service, method)}/parameters/${parameter.name}`;
}

/** JSDoc lines for `since`/`deprecated` annotations. */
export function annotationLines(a: Annotations): string[] {
  const lines: string[] = [];
  if (a.since !== undefined) lines.push(`@since API ${a.since}`);
  if (a.deprecated) lines.push('@deprecated The model marks it deprecated.');
  return lines;
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

/** TypeScript type of a value as the SDK returns it (`ns` prefixes type names). */
export function valueType(ref: TypeRef, ns = ''): string {
  const t = ref.type;
  let base: string;
  if (t.kind === 'primitive') {
    base = { boolean: 'boolean', string: 'string', integer: 'number', decimal: 'number', date: 'Date' }[t.name];
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
    base = ns + className(t);
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
