/** lib/services/: one class per service and their index; lib/generated/service-metadata.ts: the services as data. */
import { CodeWriter } from './code';
import { argName, className, GeneratedFile, inputType, locatorName, methodName, newFile, propName, serviceClass, valueType } from './common';
import { docsFor } from './docs';
import type { Docs } from './docs';
import type { Method, Model, Parameter, Service, TypeRef } from './model';
import { camel, kebab, key, pascal, upper } from './names';

function serviceFile(s: Service): string {
  return `${kebab(s.name)}-service`;
}

const RESERVED_OPTIONS = new Set(['query', 'headers', 'signal']);

function optionsName(s: Service, m: Method): string {
  return `${serviceClass(s)}${pascal(m.fullName)}Options`;
}

/** Parameters that go into the options object (all `in` ones but an add/update body). */
function optionParameters(m: Method): Parameter[] {
  return m.parameters.filter((p) => p.in && p.place !== 'body');
}

function bodyParameter(m: Method): Parameter | undefined {
  return m.parameters.find((p) => p.in && p.place === 'body');
}

function outParameter(m: Method): Parameter | undefined {
  return m.parameters.find((p) => p.out);
}

/** Writes `const <name> = { wire: opts.prop, ... };` and returns `<name>`, or `{}` when there is nothing. */
function emitObject(w: CodeWriter, name: string, entries: [string, string][]): string {
  if (entries.length === 0) return '{}';
  w.block(`const ${name} = {`, () => {
    for (const [k, v] of entries) w.line(`${key(k)}: ${v},`);
  }, '};');
  return name;
}

function emitQuery(w: CodeWriter, m: Method): string {
  const q = optionParameters(m).filter((p) => p.place === 'query');
  return emitObject(w, 'query', q.map((p) => [p.wireName, `opts.${propName(p.name)}`]));
}

function emitAction(w: CodeWriter, m: Method): string {
  const a = optionParameters(m).filter((p) => p.place === 'action');
  return emitObject(w, 'action', a.map((p) => [propName(p.name), `opts.${propName(p.name)}`]));
}

/** The kind {@link checkParameters} (lib/service.ts) checks a parameter's values with. */
function parameterKind(ref: TypeRef): string {
  const t = ref.type;
  const one = t.kind === 'struct' ? `t.${className(t)}` : t.kind === 'enum' ? "'enum'" : `'${t.name}'`;
  return ref.list ? `[${one}]` : one;
}

function parametersConst(m: Method): string {
  return `${upper(m.fullName)}_PARAMETERS`;
}

/** `const START_PARAMETERS = methodParameters('VmService.start', { ... });` */
function emitParameters(w: CodeWriter, s: Service, m: Method): void {
  const options = optionParameters(m);
  const body = bodyParameter(m);
  const entries = options.map((p) => `${key(propName(p.name))}: ${parameterKind(p.ref)}`);
  const args = [`'${serviceClass(s)}.${methodName(m)}'`, entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`];
  if (body !== undefined) {
    if (body.ref.type.kind !== 'struct') throw new Error(`${s.name}.${m.fullName}: the body is not a struct`);
    // Named as the writer names it: after its type (`vm`), or its list document (`bricks`).
    const name = camel(body.ref.list ? body.ref.type.listTag! : body.ref.type.name);
    args.push(`['${name}', ${parameterKind(body.ref)}]`);
  }
  w.line(`const ${parametersConst(m)} = methodParameters(${args.join(', ')});`);
}

function emitOptions(w: CodeWriter, s: Service, m: Method, docs: Docs): string {
  const params = optionParameters(m);
  if (params.length === 0) return 'RequestOptions';
  const name = optionsName(s, m);
  w.doc(...docs.options(s, m));
  w.block(`export interface ${name} extends RequestOptions {`, () => {
    for (const p of params) {
      if (RESERVED_OPTIONS.has(propName(p.name))) throw new Error(`${s.name}.${m.fullName}: parameter '${p.name}' clashes with a request option`);
      w.doc(...docs.option(s, m, p));
      w.line(`${key(propName(p.name))}?: ${inputType(p.ref, 't.')};`);
    }
  });
  w.line();
  return name;
}

function emitMethod(w: CodeWriter, s: Service, m: Method, options: string, actionMembers: ReadonlySet<string>, docs: Docs): void {
  const out = outParameter(m);
  const body = bodyParameter(m);
  const returns = out === undefined ? 'void' : valueType(out.ref, 't.');
  w.doc(...docs.method(s, m, options));
  const args = body !== undefined ? `${argName(body)}: ${inputType(body.ref, 't.')}, opts: ${options} = {}` : `opts: ${options} = {}`;
  w.block(`${methodName(m)}(${args}): Promise<${returns}> {`, () => {
    w.line(`const refused = checkParameters(${parametersConst(m)}, opts${body !== undefined ? `, ${argName(body)}` : ''});`);
    w.line('if (refused !== undefined) return Promise.reject(refused);');
    const cast = returns === 'void' ? '' : ` as Promise<${returns}>`;
    switch (m.kind) {
      case 'get':
      case 'list':
        w.line(`return this._get(${emitQuery(w, m)}, opts)${cast};`);
        break;
      case 'add':
      case 'update': {
        if (body === undefined || body.ref.type.kind !== 'struct') {
          throw new Error(`${s.name}.${m.fullName}: ${m.kind} needs one struct body parameter`);
        }
        const call = m.kind === 'add' ? '_add' : '_update';
        w.line(`return this.${call}(${argName(body)}, '${body.ref.type.name}', ${emitQuery(w, m)}, opts)${cast};`);
        break;
      }
      case 'remove': {
        const query = emitQuery(w, m);
        const action = optionParameters(m).some((p) => p.place === 'action') ? `, ${emitAction(w, m)}` : '';
        w.line(`return this._remove(${query}, opts${action});`);
        break;
      }
      case 'action': {
        if (optionParameters(m).some((p) => p.place !== 'action')) throw new Error(`${s.name}.${m.fullName}: action with a query parameter`);
        const member = out === undefined ? 'undefined' : `'${propName(out.name)}'`;
        if (out !== undefined && !actionMembers.has(out.name)) {
          throw new Error(`${s.name}.${m.fullName}: the action type has no member '${out.name}'`);
        }
        w.line(`return this._action('${m.path}', ${emitAction(w, m)}, ${member}, opts)${returns === 'void' ? ' as Promise<void>' : cast};`);
        break;
      }
    }
  });
  w.line();
  if (m.kind === 'list' && out !== undefined && out.ref.list) {
    const item = valueType({ type: out.ref.type, list: false }, 't.');
    w.doc(...docs.stream(s, m));
    w.block(`${methodName(m)}Stream(opts: ${options} = {}): AsyncGenerator<${item}, void, undefined> {`, () => {
      w.line(`const refused = checkParameters(${parametersConst(m)}, opts, undefined, '${serviceClass(s)}.${methodName(m)}Stream');`);
      w.line('if (refused !== undefined) return refusedStream(refused);');
      w.line(`return this._stream(${emitQuery(w, m)}, opts) as AsyncGenerator<${item}, void, undefined>;`);
    });
    w.line();
  }
}

function emitService(model: Model, s: Service, actionMembers: ReadonlySet<string>): GeneratedFile {
  const w = newFile(model);
  const name = serviceClass(s);
  w.import('../service', 'Service');
  if (s.methods.length > 0) w.importType('../service', 'RequestOptions');
  if (s.methods.length > 0) w.import('../service', 'checkParameters', 'methodParameters');
  if (s.methods.some((m) => m.kind === 'list')) w.import('../service', 'refusedStream');
  if (s.locators.some((l) => l.parameter !== undefined)) w.import('../service', 'idSegment');
  const usesTypes = s.methods.some((m) => m.parameters.some((p) => p.ref.type.kind !== 'primitive'));
  // The checks name the classes of struct parameters (values); other uses are types only.
  const checksStructs = s.methods.some((m) => m.parameters.some((p) => p.in && p.ref.type.kind === 'struct'));
  if (usesTypes) w.importNamespace('../types', 't', !checksStructs);
  if (s.methods.some((m) => m.parameters.some((p) => p.out && p.ref.list))) w.importType('../struct', 'List');
  for (const l of s.locators) {
    if (l.service !== s) w.import(`./${serviceFile(l.service)}`, serviceClass(l.service));
  }

  const docs = docsFor(model);
  const optionTypes = new Map<Method, string>();
  for (const m of s.methods) optionTypes.set(m, emitOptions(w, s, m, docs));
  if (s.methods.length > 0) {
    w.doc('The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts).');
    for (const m of s.methods) emitParameters(w, s, m);
    w.line();
  }

  const isRoot = s === model.root;
  w.doc(...docs.service(s));
  w.block(`export class ${name} extends Service {`, () => {
    for (const m of s.methods) emitMethod(w, s, m, optionTypes.get(m)!, actionMembers, docs);
    for (const l of s.locators) {
      const target = serviceClass(l.service);
      w.doc(...docs.locator(l));
      if (l.parameter !== undefined) {
        const p = camel(l.parameter);
        const segment = `idSegment(${p}, '${name}.${locatorName(l)}')`;
        w.block(`${locatorName(l)}(${p}: string | number): ${target} {`, () => {
          w.line(`return new ${target}(this.connection, ${isRoot ? segment : `\`\${this.path}/\${${segment}}\``});`);
        });
      } else {
        w.block(`${locatorName(l)}(): ${target} {`, () => {
          w.line(`return new ${target}(this.connection, ${isRoot ? `'${l.path}'` : `\`\${this.path}/${l.path}\``});`);
        });
      }
      w.line();
    }
    w.doc('Returns the service at `path` below this one (for example `\'vms/123/nics\'`); sends no request.');
    w.block('override service(path: string): Service {', () => {
      w.line("if (path === '') return this;");
      if (s.locators.length === 0) {
        w.line('return super.service(path);');
        return;
      }
      w.line("const slash = path.indexOf('/');");
      w.line('const head = slash < 0 ? path : path.slice(0, slash);');
      w.line("const rest = slash < 0 ? '' : path.slice(slash + 1);");
      const named = s.locators.filter((l) => l.path !== undefined);
      if (named.length > 0) {
        w.block('switch (head) {', () => {
          for (const l of named) w.line(`case '${l.path}': return this.${locatorName(l)}().service(rest);`);
        });
      }
      const byId = s.locators.find((l) => l.parameter !== undefined);
      if (byId !== undefined) w.line(`return this.${locatorName(byId)}(decodeURIComponent(head)).service(rest);`);
      else w.line('return super.service(path);');
    });
  });
  return { path: `lib/services/${serviceFile(s)}.ts`, text: w.toString() };
}

function refInfo(p: { ref: import('./model').TypeRef }): string {
  return `type: '${p.ref.type.name}', list: ${p.ref.list}, kind: '${p.ref.type.kind}'`;
}

function emitMetadata(model: Model, services: Service[]): GeneratedFile {
  const w = newFile(model);
  w.importType('../service', 'ServiceInfo');
  w.doc('The services of the API as data: methods with their wire details, and locators.', `The root service is \`${model.root.name}\`.`);
  w.line(`export const ROOT_SERVICE = '${model.root.name}';`);
  w.line();
  w.block('export const SERVICES: Readonly<Record<string, ServiceInfo>> = {', () => {
    for (const s of services) {
      w.block(`${key(s.name)}: {`, () => {
        w.line(`name: '${s.name}',`);
        w.line(`className: '${serviceClass(s)}',`);
        w.block('methods: [', () => {
          for (const m of s.methods) {
            w.block('{', () => {
              w.line(`name: '${m.fullName}', method: '${methodName(m)}', kind: '${m.kind}', verb: '${m.verb}',${m.path !== undefined ? ` path: '${m.path}',` : ''}`);
              w.block('parameters: [', () => {
                for (const p of m.parameters) {
                  w.line(
                    `{ name: '${p.name}', prop: '${propName(p.name)}', ${refInfo(p)}, in: ${p.in}, out: ${p.out}, place: '${p.place}', wireName: '${p.wireName}' },`,
                  );
                }
              }, '],');
            }, '},');
          }
        }, '],');
        w.block('locators: [', () => {
          for (const l of s.locators) {
            const where = l.parameter !== undefined ? `parameter: '${l.parameter}'` : `path: '${l.path}'`;
            w.line(`{ name: '${l.name}', method: '${locatorName(l)}', ${where}, service: '${l.service.name}' },`);
          }
        }, '],');
      }, '},');
    }
  }, '};');
  return { path: 'lib/generated/service-metadata.ts', text: w.toString() };
}

export function emitServices(model: Model): GeneratedFile[] {
  const action = model.structs.find((t) => t.name === 'action');
  if (action === undefined) throw new Error('model: no action type');
  const actionMembers = new Set(action.attributes.map((a) => a.name));
  const services = model.services.filter((s) => !model.pseudoServices.includes(s.name));
  const files = services.map((s) => emitService(model, s, actionMembers));
  files.push(emitMetadata(model, services));
  const index = newFile(model);
  index.doc(
    'Every service of the oVirt API (`import { services } from \'ovirt-engine-sdk\'`). The root is',
    `{@link ${serviceClass(model.root)}}, which \`connection.systemService()\` returns.`,
  );
  for (const s of services) {
    const options = s.methods.filter((m) => optionParameters(m).length > 0).map((m) => `type ${optionsName(s, m)}`);
    index.line(`export { ${[serviceClass(s), ...options].join(', ')} } from './${serviceFile(s)}';`);
  }
  if (model.pseudoServices.length > 0) {
    index.line();
    index.line(`// Not generated: ${model.pseudoServices.map((n) => `'${n}'`).join(', ')} have no methods and no locator leads to them.`);
  }
  files.push({ path: 'lib/services/index.ts', text: index.toString() });
  return files;
}
