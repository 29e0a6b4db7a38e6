/**
 * The text of every generated doc comment: facts from the model, in our own
 * words (the model file carries no prose). For each class, member, `*Init`
 * member, enum value, service, method and option: its type (an enum's
 * values), its wire name and where it travels (element, XML attribute, query
 * parameter, `<action>` child), the request a method sends (`POST /vms`),
 * `@since`/`@deprecated`, a link to the reference of the model's release,
 * and, from the input rules the simulator enforces (generator/input-rules.ts),
 * what each method needs and accepts.
 *
 * The emitters call these functions at their `w.doc(...)` sites; nothing here
 * decides what code is generated.
 */
import { argName, className, locatorName, methodName, propName, serviceClass } from './common';
import { checkPath, loadInputRules } from './input-rules';
import type { InputCondition, InputRule, InputRules } from './input-rules';
import type { Annotations, EnumType, Locator, Member, Method, Model, Parameter, Service, StructType, Type, TypeRef } from './model';
import { camel } from './names';

/**
 * The folder of the API reference for a model: `https://ovirt.github.io/ovirt-engine-api-model/<major>.<minor>/`.
 * The reference site publishes one folder per major.minor line (`4.4/`,
 * `4.5/`, named by the first three characters of the release's tag or
 * branch) besides `master/`; there is no folder per patch release. The
 * line is taken from the model's release tag, or from its version when it
 * has none (a model.json an engine serves).
 */
export function referenceBase(model: Pick<Model, 'releaseTag' | 'version'>): string {
  const from = model.releaseTag ?? model.version;
  const line = /^(\d+)\.(\d+)/.exec(from);
  if (line === null) throw new Error(`model: cannot tell the release line of '${from}' for the reference links`);
  return `https://ovirt.github.io/ovirt-engine-api-model/${line[1]}.${line[2]}/`;
}

/** Enum values listed in full in a member's doc; a longer enum is named with its count. */
const MAX_LISTED_VALUES = 16;

/** Where a service is found below the API root, and the locator calls that lead there. */
interface ServicePlace {
  /** `/vms/{vm_id}/nics` */
  path: string;
  /** `systemService().vmsService().vmService(id)` */
  chain: string;
}

/** One need of an `*Init` member: a method and the alternatives (or the case) it is part of. */
interface Need {
  service: Service;
  method: Method;
  text: string;
}

const cache = new WeakMap<Model, Docs>();

/** The doc texts of a model (built once per model, with its input rules). */
export function docsFor(model: Model): Docs {
  let docs = cache.get(model);
  if (docs === undefined) cache.set(model, (docs = new Docs(model, loadInputRules(model))));
  return docs;
}

export class Docs {
  private readonly reference: string;
  private readonly places = new Map<Service, ServicePlace[]>();
  private readonly needs = new Map<Member, Need[]>();

  constructor(
    private readonly model: Model,
    private readonly rules: InputRules,
  ) {
    this.reference = referenceBase(model);
    this.findPlaces();
    this.findNeeds();
  }

  // ---- links ----

  private typeLink(t: Type): string {
    return `{@link ${this.reference}#types/${t.name} | reference: ${t.name}}`;
  }

  private serviceLink(s: Service): string {
    return `{@link ${this.reference}#services/${s.name} | reference: ${s.name}}`;
  }

  /** A signature has no section of its own in the reference: it is described in its base method's. */
  private methodLink(s: Service, m: Method): string {
    const name = m.base ?? m.fullName;
    return `{@link ${this.reference}#services/${s.name}/methods/${name} | reference: ${s.name}.${name}}`;
  }

  // ---- types ----

  struct(t: StructType): string[] {
    const counts = `${t.attributes.length} attribute${t.attributes.length === 1 ? '' : 's'} and ${t.links.length} link${t.links.length === 1 ? '' : 's'}`;
    const wire = t.listTag === undefined ? `\`<${t.tag}>\`` : `\`<${t.tag}>\` (a list: \`<${t.listTag}>\` with one \`<${t.tag}>\` per item)`;
    return [
      `The \`${t.name}\` type of the API, on the wire ${wire}; ${counts}.`,
      '',
      `Create one with \`new ${className(t)}({ ... })\`, or pass a plain {@link ${className(t)}Init} object where one is`,
      'expected. The reader fills only the members the engine sends; the others are undefined.',
      '',
      `Reference: ${this.typeLink(t)}`,
      ...annotations(t.annotations),
    ];
  }

  /** A member of a struct class, as the SDK returns it. */
  member(t: StructType, m: Member): string[] {
    return [
      `${sentence(this.typeText(m.ref, 'read'))}. On the wire: ${memberWire(t, m, 'read')}.`,
      '',
      `Reference: ${this.typeLink(t)} (its \`${m.name}\` ${m.link ? 'link' : 'attribute'})`,
      ...annotations(m.annotations),
    ];
  }

  constructorDoc(t: StructType): string[] {
    return [
      `Creates a \`${t.name}\` from \`init\`: a plain object or another instance; nested plain objects become instances`,
      'of their types, and a member name the type does not have is refused (the SDK\'s `Error`, naming it).',
    ];
  }

  init(t: StructType): string[] {
    return [
      `A \`${t.name}\` as the SDK accepts it: a {@link ${className(t)}} or a plain object of the same shape, at any depth.`,
      'Members left undefined are not sent; a member name the type does not have, at any depth, is refused before',
      'anything is sent (the SDK\'s `Error`, naming its path). The members some methods need are marked "Needed by".',
      '',
      `Reference: ${this.typeLink(t)}`,
    ];
  }

  initHref(t: StructType): string[] {
    return [`\`string\`, the object's address in the API. On the wire: XML attribute \`href\` of \`<${t.tag}>\`.`, '', `Reference: ${this.typeLink(t)}`];
  }

  /** A member of an `*Init` interface: its type, wire name, and the methods that need it. */
  initMember(t: StructType, m: Member): string[] {
    const lines = [`${sentence(this.typeText(m.ref, 'write'))}. On the wire: ${memberWire(t, m, 'write')}.`];
    const needs = this.needs.get(m) ?? [];
    if (needs.length > 0) {
      lines.push('', 'Needed by:');
      for (const n of needs) lines.push(`- \`${serviceClass(n.service)}.${methodName(n.method)}\`: ${n.text}`);
    }
    lines.push('', `Reference: ${this.typeLink(t)} (its \`${m.name}\` ${m.link ? 'link' : 'attribute'})`, ...annotations(m.annotations));
    return lines;
  }

  enumObject(t: EnumType): string[] {
    return [
      `The ${t.values.length} values of the \`${t.name}\` enum, keyed in UPPER_CASE, each the string sent and read on the wire.`,
      '',
      'A value the SDK does not know (from a newer engine) is read as its plain string, so members of this',
      `type are \`${className(t)} | (string & {})\`: compare with these constants and keep a default branch.`,
      '',
      `Reference: ${this.typeLink(t)}`,
      ...annotations(t.annotations),
    ];
  }

  enumValue(t: EnumType, v: EnumType['values'][number]): string[] {
    return [`\`'${v.name}'\` on the wire.`, '', `Reference: ${this.typeLink(t)}`, ...annotations(v.annotations)];
  }

  enumType(t: EnumType): string[] {
    return [
      `One of the ${t.values.length} values of {@link ${className(t)}} this SDK knows. Members typed by the enum also admit`,
      'other strings (values of a newer engine).',
      '',
      `Reference: ${this.typeLink(t)}`,
    ];
  }

  // ---- services ----

  service(s: Service): string[] {
    const lines = [`The \`${s.name}\` service of the API.`, ''];
    const places = this.places.get(s) ?? [];
    if (places.length === 0) {
      lines.push('No locator of the API leads to it: it has no path below the API root.');
    } else {
      const first = places[0];
      const others = places.length - 1;
      lines.push(`Path below the API root: \`${first.path || '/'}\`${others > 0 ? ` (and ${others} other${others === 1 ? '' : 's'}, such as \`${places[1].path}\`)` : ''}.`);
      lines.push(`Reached with \`connection.${first.chain}\`; locators send nothing.`);
    }
    lines.push('', `Reference: ${this.serviceLink(s)}`, ...annotations(s.annotations));
    return lines;
  }

  locator(l: Locator): string[] {
    const below = l.parameter !== undefined ? `\`{${placeholder(l)}}\`` : `\`${l.path}\``;
    const id = l.parameter !== undefined ? [`The \`${camel(l.parameter)}\` is a non-empty string or an integer; anything else throws the SDK's \`Error\`.`] : [];
    return [`Locates the \`${l.service.name}\` service at ${below} below this one; sends nothing.`, ...id, '', `Reference: ${this.serviceLink(l.service)}`, ...annotations(l.annotations)];
  }

  /**
   * What a method sends: `POST /vms/{vm_id}/start`. For a service found at
   * several paths, the first, with their count; for one without a path, the
   * verb alone.
   */
  private request(s: Service, m: Method): string {
    const places = this.places.get(s) ?? [];
    if (places.length === 0) return `\`${m.verb}\` to the service`;
    const base = places[0].path;
    const path = m.kind === 'action' ? `${base}/${m.path}` : base || '/';
    return `\`${m.verb} ${path}\`${places.length > 1 ? ` (or the same below any other of the service's ${places.length} paths)` : ''}`;
  }

  /**
   * A method: what it sends and returns, when the engine takes a signature's
   * branch, what it needs and accepts, its parameters.
   */
  method(s: Service, m: Method, options: string): string[] {
    const body = m.parameters.find((p) => p.in && p.place === 'body');
    const out = m.parameters.find((p) => p.out);
    const req = this.request(s, m);
    const lines: string[] = [];
    switch (m.kind) {
      case 'get':
        lines.push(`Retrieves the \`${out?.ref.type.name}\`: sends ${req} and reads the \`<${out?.wireName}>\` the engine answers.`);
        break;
      case 'list':
        lines.push(`Lists the \`${out?.ref.type.name}\` objects: sends ${req} and reads the \`<${out?.wireName}>\` the engine answers, one item per \`<${out?.itemTag ?? (out?.ref.type as StructType | undefined)?.tag}>\`.`);
        break;
      case 'add':
        lines.push(`Adds a \`${body?.ref.type.name}\`: sends ${req} with it as the \`<${body?.wireName}>\` body, and reads the object the engine answers.`);
        break;
      case 'update':
        lines.push(`Updates the \`${body?.ref.type.name}\`: sends ${req} with the \`<${body?.wireName}>\` body. Members left undefined are not sent, so the engine keeps them.`);
        break;
      case 'remove':
        lines.push(`Removes: sends ${req}${m.parameters.some((p) => p.in && p.place === 'action') ? ' with an `<action>` body holding the parameters given' : ''}.`);
        break;
      case 'action':
        lines.push(`The \`${m.fullName}\` action: sends ${req} with an \`<action>\` body holding the parameters given${out === undefined ? '' : `, and reads \`<${out.wireName}>\` from the \`<action>\` the engine answers`}.`);
        break;
    }
    const rule = this.rule(s, m);
    lines.push(...this.signature(s, m, rule));
    if (rule !== undefined) lines.push(...this.ruleLines(s, m, rule, () => true));
    lines.push('', `Reference: ${this.methodLink(s, m)}`);
    if (body !== undefined) {
      lines.push(`@param ${argName(body)} The \`${body.name}\` to send: ${this.typeText(body.ref, 'write')}. What it needs and accepts is listed above.`);
    }
    lines.push(`@param opts ${options === 'RequestOptions' ? 'Extra `query`, `headers` and `signal` ({@link RequestOptions}).' : `The method's parameters and extra \`query\`, \`headers\`, \`signal\` ({@link ${options}}).`}`);
    if (out !== undefined) {
      const what = m.kind === 'add' || m.kind === 'update' ? `The \`${out.ref.type.name}\` as the engine answers it.` : `The \`${out.name}\`: ${this.typeText(out.ref, 'read')}.`;
      lines.push(`@returns ${what}`);
    }
    lines.push(...annotations(m.annotations));
    return lines;
  }

  /** `listStream()`: the streaming twin of a list method. */
  stream(s: Service, m: Method): string[] {
    const out = m.parameters.find((p) => p.out);
    return [
      `Like {@link ${serviceClass(s)}.${methodName(m)}} (it sends ${this.request(s, m)} with the same options), but yields`,
      `each \`${out?.ref.type.name}\` as it arrives: the response is parsed while it downloads, so a list of any size`,
      'is read with the memory of one object.',
      '',
      `Reference: ${this.methodLink(s, m)}`,
      `@param opts The method's parameters and extra \`query\`, \`headers\`, \`signal\`.`,
      ...annotations(m.annotations),
    ];
  }

  options(s: Service, m: Method): string[] {
    return [
      `Options of {@link ${serviceClass(s)}.${methodName(m)}}: the method's parameters,`,
      'and extra `query`, `headers` and `signal`. Undefined options are not sent.',
      '',
      `Reference: ${this.methodLink(s, m)}`,
    ];
  }

  /** An option: its type, where it travels in the request, and the members of it the method needs or accepts. */
  option(s: Service, m: Method, p: Parameter): string[] {
    const where = p.place === 'query' ? `as query parameter \`${p.wireName}\`` : `as \`<${p.wireName}>\` in the \`<action>\` body`;
    const lines = [`${sentence(this.typeText(p.ref, 'write'))}, sent ${where} of ${this.request(s, m)}.`];
    const rule = this.rule(s, m);
    if (rule !== undefined) {
      const mine = (path: string): boolean => path === p.name || path.startsWith(`${p.name}.`) || path.startsWith(`${p.name}[]`);
      lines.push(...this.ruleLines(s, m, rule, mine));
    }
    lines.push('', `Reference: ${this.methodLink(s, m)}`, ...annotations(p.annotations));
    return lines;
  }

  // ---- input rules ----

  private rule(s: Service, m: Method): InputRule | undefined {
    return this.rules[s.name]?.[m.fullName];
  }

  /** When the engine takes a signature's branch; for a base method, its signatures. */
  private signature(s: Service, m: Method, rule: InputRule | undefined): string[] {
    if (m.base !== undefined) {
      const base = s.methods.find((x) => x.fullName === m.base && x.base === undefined);
      const lines = ['', `A signature of \`${base === undefined ? m.base : methodName(base)}\`: the same request, with the members of this case.`];
      if (rule?.when !== undefined) lines.push(`The engine takes this branch when ${conditions(s, m, rule.when, rule.whenAny === true ? 'or' : 'and')}.`);
      return lines;
    }
    const signatures = s.methods.filter((x) => x.base === m.fullName);
    if (signatures.length === 0) return [];
    const named = signatures.map((x) => {
      const when = this.rule(s, x)?.when;
      return when === undefined ? `\`${methodName(x)}\`` : `\`${methodName(x)}\` (when ${conditions(s, x, when, this.rule(s, x)?.whenAny === true ? 'or' : 'and')})`;
    });
    return ['', `Its signatures send the same request for particular cases: ${named.join(', ')}.`];
  }

  /** "Needs" and "Also accepts" of a rule, limited to the paths `keep` selects. */
  private ruleLines(s: Service, m: Method, rule: InputRule, keep: (path: string) => boolean): string[] {
    const lines: string[] = [];
    const mandatory = rule.mandatory.filter((g) => g.some(keep));
    const cases = rule.cases.map((c) => ({ ...c, mandatory: c.mandatory.filter((g) => g.some(keep)) })).filter((c) => c.mandatory.length > 0);
    const optional = rule.optional.filter((g) => g.some(keep));
    if (mandatory.length > 0 || cases.length > 0) {
      lines.push('', 'Needs (the engine refuses the request without them):');
      for (const g of mandatory) lines.push(`- ${alternatives(s, m, g)}`);
      for (const c of cases) {
        lines.push(`- when ${conditions(s, m, c.when, 'and')}: ${c.mandatory.map((g) => alternatives(s, m, g)).join(', ')}`);
      }
    }
    if (optional.length > 0) {
      lines.push('', `Also accepts: ${optional.map((g) => alternatives(s, m, g)).join(', ')}.`);
    }
    if (lines.length > 0) {
      lines.push('', rule.source === 'model' ? 'Rule: the API model\'s input declaration.' : `Rule: the engine's check, ${rule.source}.`);
    }
    return lines;
  }

  // ---- type text ----

  /** `a \`Vm\``, `a list of \`Nic\``, an enum with its values. */
  private typeText(ref: TypeRef, side: 'read' | 'write'): string {
    const t = ref.type;
    let one: string;
    if (t.kind === 'primitive') {
      one = { boolean: '`boolean`', string: '`string`', integer: '`number` (an integer)', decimal: '`number` (a decimal)', date: side === 'read' ? '`Date`' : '`Date` (or an ISO 8601 string)' }[t.name];
    } else if (t.kind === 'enum') {
      const values = t.values.length <= MAX_LISTED_VALUES ? t.values.map((v) => `\`${v.name}\``).join(', ') : `${t.values.length} values`;
      one = `\`${className(t)}\` (${values}; ${side === 'read' ? 'or another string, from a newer engine' : 'another string is sent as it is'})`;
    } else {
      one = side === 'read' ? `\`${className(t)}\`` : `\`${className(t)}Init\` (a \`${className(t)}\` or a plain object)`;
    }
    return ref.list ? `a list of ${one}` : one;
  }

  // ---- precomputation ----

  /** Every path of every service below the root, shortest first. */
  private findPlaces(): void {
    const walk = (s: Service, path: string, chain: string, onPath: Set<Service>): void => {
      let list = this.places.get(s);
      if (list === undefined) this.places.set(s, (list = []));
      list.push({ path, chain });
      if (onPath.has(s)) return;
      const next = new Set(onPath).add(s);
      for (const l of s.locators) {
        const segment = l.parameter !== undefined ? `{${placeholder(l)}}` : l.path;
        const arg = l.parameter !== undefined ? camel(l.parameter) : '';
        walk(l.service, `${path}/${segment}`, `${chain}.${locatorName(l)}(${arg})`, next);
      }
    };
    walk(this.model.root, '', 'systemService()', new Set());
    for (const list of this.places.values()) {
      list.sort((a, b) => a.path.split('/').length - b.path.split('/').length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
  }

  /** For every struct member, the methods whose input rules need it (along a path through it). */
  private findNeeds(): void {
    for (const s of this.model.services) {
      for (const m of s.methods) {
        const rule = this.rule(s, m);
        if (rule === undefined) continue;
        const seen = new Set<string>();
        const add = (path: string, text: string): void => {
          for (const member of checkPath(s, m, path, `input rules of ${s.name}.${m.fullName}`)) {
            const k = `${s.name}.${m.fullName}.${member.name}.${text}`;
            if (seen.has(k)) continue;
            seen.add(k);
            let list = this.needs.get(member);
            if (list === undefined) this.needs.set(member, (list = []));
            list.push({ service: s, method: m, text });
          }
        };
        for (const g of rule.mandatory) for (const p of g) add(p, alternatives(s, m, g));
        for (const c of rule.cases) {
          for (const g of c.mandatory) for (const p of g) add(p, `${alternatives(s, m, g)} when ${conditions(s, m, c.when, 'and')}`);
        }
      }
    }
  }
}

// ---- helpers ----

/** The JSDoc lines of `since`/`deprecated`. */
function annotations(a: Annotations): string[] {
  const lines: string[] = [];
  if (a.since !== undefined) lines.push(`@since API ${a.since}`);
  if (a.deprecated) lines.push('@deprecated The API model marks it deprecated.');
  return lines;
}

/** `{vm_id}`: the locator's name and its parameter. */
function placeholder(l: Locator): string {
  return `${l.name}_${l.parameter}`;
}

/** Where a member is on the wire, as the engine sends it (`read`) or the SDK writes it (`write`). */
function memberWire(t: StructType, m: Member, side: 'read' | 'write'): string {
  if (m.attribute) return `XML attribute \`${m.tag}\` of \`<${t.tag}>\``;
  if (!m.ref.list) {
    const element = `element \`<${m.tag}>\``;
    return m.link && side === 'read' ? `${element}; as a link it carries the object's \`id\` and \`href\` unless the call follows it (option \`follow\`)` : element;
  }
  const items = `element \`<${m.tag}>\` with one \`<${m.itemTag}>\` per item`;
  if (!m.link) return items;
  if (side === 'write') return `${items} (a list read as a link and never fetched is not sent)`;
  return `a link, \`<link rel="${m.rel}" href="..."/>\`, which \`connection.followLink()\` fetches; with option \`follow\`, ${items}`;
}

/** A type text at the start of a sentence. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A rule path as the user writes it: the body argument's or the option's
 * name, then camelCase members (`vm.cpuProfile.id`, `opts.host.id`).
 */
function tsPath(s: Service, m: Method, path: string): string {
  const parts = path.split('.');
  const first = parts[0].replace(/\[\]$/, '');
  const param = m.parameters.find((p) => p.name === first);
  if (param === undefined) throw new Error(`input rules: ${s.name}.${m.fullName}: '${path}' names no parameter`);
  const rest = parts.slice(1).map((p) => (p.endsWith('[]') ? `${propName(p.slice(0, -2))}[]` : propName(p)));
  const head = param.place === 'body' ? argName(param) : `opts.${propName(param.name)}`;
  return [head + parts[0].slice(first.length), ...rest].join('.');
}

function alternatives(s: Service, m: Method, group: readonly string[]): string {
  return group.map((p) => `\`${tsPath(s, m, p)}\``).join(' or ');
}

function conditions(s: Service, m: Method, when: readonly InputCondition[], join: 'and' | 'or'): string {
  return when
    .map((c) => {
      const p = `\`${tsPath(s, m, c.path)}\``;
      if (c.present !== undefined) return c.present ? `${p} is given` : `${p} is not given`;
      if (c.equals !== undefined) return c.equals.length === 1 ? `${p} is \`${c.equals[0]}\`` : `${p} is one of ${c.equals.map((v) => `\`${v}\``).join(', ')}`;
      return `${p} matches \`${c.matches}\``;
    })
    .join(` ${join} `);
}

