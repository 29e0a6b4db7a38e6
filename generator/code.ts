/**
 * A small code writer: the generator builds every file through it (lines,
 * indented blocks, JSDoc, managed imports) instead of string templates.
 */

export class CodeWriter {
  private readonly lines: string[] = [];
  private depth = 0;
  /** module -> imported names (value imports) */
  private readonly imports = new Map<string, Set<string>>();
  /** module -> imported names (type-only imports) */
  private readonly typeImports = new Map<string, Set<string>>();
  /** module -> namespace alias */
  private readonly namespaceImports = new Map<string, { alias: string; typeOnly: boolean }>();

  constructor(private readonly header: string) {}

  line(text = ''): this {
    this.lines.push(text === '' ? '' : '  '.repeat(this.depth) + text);
    return this;
  }

  /** Writes `open`, the body one level deeper, then `close`. */
  block(open: string, body: () => void, close = '}'): this {
    this.line(open);
    this.depth++;
    body();
    this.depth--;
    this.line(close);
    return this;
  }

  /** A JSDoc comment; empty lines in `text` stay paragraph breaks. */
  doc(...text: string[]): this {
    const body = text.flatMap((t) => t.split('\n'));
    if (body.length === 1) return this.line(`/** ${body[0]} */`);
    this.line('/**');
    for (const l of body) this.line(l === '' ? ' *' : ` * ${l}`);
    return this.line(' */');
  }

  import(module: string, ...names: string[]): this {
    let set = this.imports.get(module);
    if (set === undefined) this.imports.set(module, (set = new Set()));
    for (const n of names) set.add(n);
    return this;
  }

  importType(module: string, ...names: string[]): this {
    let set = this.typeImports.get(module);
    if (set === undefined) this.typeImports.set(module, (set = new Set()));
    for (const n of names) set.add(n);
    return this;
  }

  importNamespace(module: string, alias: string, typeOnly = false): this {
    this.namespaceImports.set(module, { alias, typeOnly });
    return this;
  }

  toString(): string {
    const out: string[] = [this.header];
    const importLines: string[] = [];
    for (const [module, { alias, typeOnly }] of [...this.namespaceImports].sort(([a], [b]) => cmp(a, b))) {
      importLines.push(`import ${typeOnly ? 'type ' : ''}* as ${alias} from '${module}';`);
    }
    const modules = [...new Set([...this.imports.keys(), ...this.typeImports.keys()])].sort(cmp);
    for (const module of modules) {
      const values = [...(this.imports.get(module) ?? [])].sort(cmp);
      const types = [...(this.typeImports.get(module) ?? [])].filter((t) => !values.includes(t)).sort(cmp);
      if (values.length > 0) importLines.push(`import { ${values.join(', ')} } from '${module}';`);
      if (types.length > 0) importLines.push(`import type { ${types.join(', ')} } from '${module}';`);
    }
    if (importLines.length > 0) out.push(...importLines, '');
    out.push(...this.lines);
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out.join('\n') + '\n';
  }
}

/** Deterministic, locale-independent string order. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
