/** Naming: model names (`disk_attachment`) to TypeScript and file names. */

export function words(name: string): string[] {
  return name.split('_').filter((w) => w.length > 0);
}

/** `disk_attachment` -> `DiskAttachment` */
export function pascal(name: string): string {
  return words(name)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** `disk_attachment` -> `diskAttachment` */
export function camel(name: string): string {
  const p = pascal(name);
  return p[0].toLowerCase() + p.slice(1);
}

/** `disk_attachment` -> `disk-attachment` */
export function kebab(name: string): string {
  return words(name).join('-');
}

/** `image_locked` -> `IMAGE_LOCKED` */
export function upper(name: string): string {
  return words(name).join('_').toUpperCase();
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key, quoted when it is not an identifier. */
export function key(name: string): string {
  return IDENTIFIER.test(name) ? name : `'${name}'`;
}

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await').split(' '),
);

/** Whether `name` cannot be a variable or parameter name. */
export function isReserved(name: string): boolean {
  return RESERVED.has(name);
}
