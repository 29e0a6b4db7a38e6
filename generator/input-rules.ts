/**
 * The input rules: which members each method needs, as the engine checks
 * them. They are the model's declarations (model/input_detail.json, from the
 * `@InputDetail` of the API model) merged with hand-written overrides
 * (model/input_overrides.json) where the engine's REST layer validates
 * otherwise; each override names the engine's check it mirrors.
 *
 * Both files are checked against the model: every method exists, every
 * member path resolves, every override has a target and a rule. The merged
 * rules are emitted as lib/generated/input-rules.ts, which the engine
 * simulator enforces, and generator/docs.ts lists them in the generated docs
 * ("Needs", "Also accepts", "Needed by").
 *
 * A path starts with a parameter of the method and follows member names;
 * `name[]` is every item of a list. A mandatory entry is a list of
 * alternatives, any one of which is enough. A signature (`add_from_snapshot`
 * of `add`) needs its base's members and its own; it applies when its `when`
 * conditions hold (the engine's branch), otherwise the base's rule does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GeneratedFile, newFile } from './common';
import type { Member, Method, Model, Service, StructType, Type } from './model';

const INPUT_RULES_FILE = 'lib/generated/input-rules.ts';

/** A condition on the request: a member is (not) present, equals one of some values, or matches a regular expression. */
export interface InputCondition {
  path: string;
  present?: boolean;
  equals?: string[];
  matches?: string;
}

export interface InputCase {
  when: InputCondition[];
  mandatory: string[][];
  rule: string;
}

export interface InputRule {
  /** The base method of a signature. */
  base?: string;
  /** When a signature applies (absent: only through its base, whose rule is the same). */
  when?: InputCondition[];
  /** `when` holds if any of its conditions does (derived from the model), not all (the engine's branches). */
  whenAny?: boolean;
  mandatory: string[][];
  optional: string[][];
  /** More members needed when conditions hold. */
  cases: InputCase[];
  /** `model` (input_detail.json), or the engine's check the rule mirrors. */
  source: string;
}

export type InputRules = Record<string, Record<string, InputRule>>;

interface RawDetail {
  mandatory: string[][];
  optional: string[][];
}

export interface InputOverride {
  service: string;
  /** The method's full name (`add_from_snapshot`). */
  method: string;
  /** The members the engine requires instead of the model's. */
  mandatory?: string[][];
  /** When the signature applies (the engine's branch). */
  when?: InputCondition[];
  /** Members the engine requires in some cases only. */
  cases?: InputCase[];
  /** The engine's check this mirrors: the Backend*Resource class, method and validateParameters call. */
  rule: string;
  /** Why the model's declaration is not what the engine does. */
  note?: string;
}

/** The folder holding input_detail.json and input_overrides.json (the repository's model/). */
function defaultModelDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'model');
    if (fs.existsSync(path.join(candidate, 'input_detail.json'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('input rules: model/input_detail.json not found above generator/');
}

const OVERRIDE_KEYS = ['service', 'method', 'rule', 'note', 'mandatory', 'when', 'cases'];
const CASE_KEYS = ['when', 'mandatory', 'rule'];
const CONDITION_KEYS = ['path', 'present', 'equals', 'matches'];

/** A key the overrides' format lacks (a misspelt `mandatory`) would be ignored: refused instead, by name. */
function knownKeys(entry: object, keys: readonly string[], where: string): void {
  for (const key of Object.keys(entry)) {
    if (!keys.includes(key)) throw new Error(`${where}: unknown key '${key}' (known: ${keys.join(', ')})`);
  }
}

function readInputFiles(dir = defaultModelDir()): { detail: Record<string, Record<string, RawDetail>>; overrides: InputOverride[] } {
  const detail = JSON.parse(fs.readFileSync(path.join(dir, 'input_detail.json'), 'utf8')) as Record<string, Record<string, RawDetail>>;
  const raw = JSON.parse(fs.readFileSync(path.join(dir, 'input_overrides.json'), 'utf8')) as { overrides: InputOverride[] };
  return { detail, overrides: raw.overrides };
}

/**
 * Checks a member path against the method's parameters and the model's
 * types; throws what is wrong. Returns the members the path goes through
 * (`vm.cluster.id`: `cluster` of `vm`, `id` of `cluster`).
 */
export function checkPath(service: Service, method: Method, p: string, where: string): Member[] {
  const parts = p.split('.');
  const first = parts[0].replace(/\[\]$/, '');
  const param = method.parameters.find((x) => x.name === first);
  if (param === undefined) throw new Error(`${where}: '${p}' starts with '${first}', which is no parameter of ${service.name}.${method.fullName}`);
  let type: Type = param.ref.type;
  let list = param.ref.list;
  const members: Member[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const many = part.endsWith('[]');
    if (many && !list) throw new Error(`${where}: '${p}': '${part}' is not a list`);
    if (i === parts.length - 1) break;
    const next = parts[i + 1].replace(/\[\]$/, '');
    if (type.kind !== 'struct') throw new Error(`${where}: '${p}': '${part}' has no members (it is ${type.name})`);
    if (list && !many) throw new Error(`${where}: '${p}': '${part}' is a list; write '${part}[]'`);
    const member = [...(type as StructType).attributes, ...(type as StructType).links].find((m) => m.name === next);
    if (member === undefined) throw new Error(`${where}: '${p}': the type ${type.name} has no member '${next}'`);
    members.push(member);
    type = member.ref.type;
    list = member.ref.list;
  }
  return members;
}

function methodOf(model: Model, serviceName: string, fullName: string, where: string): { service: Service; method: Method } {
  const service = model.services.find((s) => s.name === serviceName);
  if (service === undefined) throw new Error(`${where}: no service '${serviceName}' in the model`);
  const method = service.methods.find((m) => m.fullName === fullName);
  if (method === undefined) throw new Error(`${where}: the service ${serviceName} has no method '${fullName}'`);
  return { service, method };
}

/**
 * When a model signature applies, derived from its own members: a member
 * nested in a struct selects it by the presence of its parent
 * (`vm.snapshots[].id`: when `vm.snapshots` is given, `host.ssh.user.password`:
 * when `host.ssh.user` is), a member of a parameter by its own presence
 * (`host.root_password`). Any one of them selects it.
 */
function derivedWhen(own: string[][]): InputCondition[] | undefined {
  const paths = new Set<string>();
  for (const alternatives of own) {
    const parts = alternatives[0].replace(/\[\]/g, '').split('.');
    paths.add(parts.length > 2 ? parts.slice(0, -1).join('.') : parts.join('.'));
  }
  if (paths.size === 0) return undefined;
  return [...paths].map((p) => ({ path: p, present: true }));
}

const key = (alternatives: string[]): string => alternatives.join('|');

/** Loads, checks and merges the model's declarations and the overrides. */
function mergeInputRules(model: Model, detail: Record<string, Record<string, RawDetail>>, overrides: InputOverride[]): InputRules {
  const rules: InputRules = {};
  const own = new Map<string, string[][]>();
  // The model's declarations.
  for (const [serviceName, methods] of Object.entries(detail)) {
    for (const [fullName, d] of Object.entries(methods)) {
      const where = `input_detail.json ${serviceName}.${fullName}`;
      const { service, method } = methodOf(model, serviceName, fullName, where);
      for (const group of [...d.mandatory, ...d.optional]) {
        if (!Array.isArray(group) || group.length === 0) throw new Error(`${where}: an empty list of alternatives`);
        for (const p of group) checkPath(service, method, p, where);
      }
      (rules[serviceName] ??= {})[fullName] = { mandatory: d.mandatory, optional: d.optional, cases: [], source: 'model', ...(method.base === undefined ? {} : { base: method.base }) };
      own.set(`${serviceName}.${fullName}`, d.mandatory);
    }
  }
  // The overrides.
  const seen = new Set<string>();
  const overrideGaveMandatory = new Set<string>();
  for (const o of overrides) {
    const where = `input_overrides.json ${o.service}.${o.method}`;
    knownKeys(o, OVERRIDE_KEYS, where);
    for (const c of o.cases ?? []) knownKeys(c, CASE_KEYS, `${where}: a case`);
    for (const c of [...(o.when ?? []), ...(o.cases ?? []).flatMap((x) => x.when ?? [])]) knownKeys(c, CONDITION_KEYS, `${where}: a condition`);
    if (typeof o.rule !== 'string' || o.rule.trim() === '') throw new Error(`${where}: every override names the engine's rule it mirrors`);
    if (o.mandatory === undefined && o.when === undefined && o.cases === undefined) throw new Error(`${where}: the override changes nothing`);
    if (seen.has(`${o.service}.${o.method}`)) throw new Error(`${where}: a second override of the same method`);
    seen.add(`${o.service}.${o.method}`);
    const { service, method } = methodOf(model, o.service, o.method, where);
    const check = (p: string): Member[] => checkPath(service, method, p, where);
    for (const group of o.mandatory ?? []) {
      if (group.length === 0) throw new Error(`${where}: an empty list of alternatives`);
      group.forEach(check);
    }
    for (const c of [...(o.when ?? []), ...(o.cases ?? []).flatMap((x) => x.when)]) {
      check(c.path);
      const kinds = [c.present !== undefined, c.equals !== undefined, c.matches !== undefined].filter(Boolean).length;
      if (kinds !== 1) throw new Error(`${where}: a condition on '${c.path}' needs one of present, equals, matches`);
      if (c.matches !== undefined) new RegExp(c.matches);
    }
    for (const c of o.cases ?? []) {
      if (c.when.length === 0 || c.mandatory.length === 0 || typeof c.rule !== 'string') throw new Error(`${where}: a case needs when, mandatory and its rule`);
      for (const group of c.mandatory) {
        if (!Array.isArray(group) || group.length === 0) throw new Error(`${where}: an empty list of alternatives in a case`);
        group.forEach(check);
      }
    }
    if (o.when !== undefined && method.base === undefined) throw new Error(`${where}: 'when' selects a signature; ${o.method} is not one`);
    const target = ((rules[o.service] ??= {})[o.method] ??= {
      mandatory: [],
      optional: [],
      cases: [],
      source: 'model',
      ...(method.base === undefined ? {} : { base: method.base }),
    });
    if (o.mandatory !== undefined) {
      overrideGaveMandatory.add(`${o.service}.${o.method}`);
      target.mandatory = o.mandatory;
      own.set(`${o.service}.${o.method}`, o.mandatory);
    }
    if (o.when !== undefined) target.when = o.when;
    if (o.cases !== undefined) target.cases = o.cases;
    target.source = o.rule;
  }
  // Signatures: their base's members and their own; derived conditions where no override gave them.
  for (const [serviceName, methods] of Object.entries(rules)) {
    for (const [fullName, rule] of Object.entries(methods)) {
      if (rule.base === undefined) continue;
      const base = methods[rule.base];
      const overridden = seen.has(`${serviceName}.${fullName}`);
      const mine = own.get(`${serviceName}.${fullName}`) ?? [];
      if (rule.when === undefined && !overridden) {
        rule.when = derivedWhen(mine.filter((g) => !base?.mandatory.some((b) => key(b) === key(g))));
        if (rule.when !== undefined) rule.whenAny = true;
      }
      // An override's members are the whole of the engine's branch; the model's add to their base's.
      if (base === undefined || overrideGaveMandatory.has(`${serviceName}.${fullName}`)) continue;
      const merged = [...base.mandatory];
      for (const g of mine) if (!merged.some((b) => key(b) === key(g))) merged.push(g);
      rule.mandatory = merged;
      const optional = [...base.optional];
      for (const g of rule.optional) if (!optional.some((b) => key(b) === key(g))) optional.push(g);
      rule.optional = optional;
      rule.cases = [...base.cases, ...rule.cases];
    }
  }
  return rules;
}

/** The rules of the model's own folder, read and merged once per model (the docs and the emitted file share them). */
const loaded = new WeakMap<Model, InputRules>();

export function loadInputRules(model: Model, dir?: string): InputRules {
  let rules = dir === undefined ? loaded.get(model) : undefined;
  if (rules === undefined) {
    const { detail, overrides } = readInputFiles(dir);
    rules = mergeInputRules(model, detail, overrides);
    if (dir === undefined) loaded.set(model, rules);
  }
  return rules;
}

function sortedRules(rules: InputRules): InputRules {
  const out: InputRules = {};
  for (const s of Object.keys(rules).sort()) {
    out[s] = {};
    for (const m of Object.keys(rules[s]).sort()) out[s][m] = rules[s][m];
  }
  return out;
}

/** lib/generated/input-rules.ts: the merged rules as data. */
export function emitInputRules(model: Model, dir?: string): GeneratedFile {
  const rules = sortedRules(loadInputRules(model, dir));
  const w = newFile(model);
  w.doc(
    'Which input members each method needs, as the engine checks them: the model\'s',
    'declarations (model/input_detail.json) merged with the overrides where the engine\'s',
    'REST layer validates otherwise (model/input_overrides.json, each naming the engine\'s',
    'check). Keyed by service, then by the method\'s full name. See generator/input-rules.ts.',
  );
  w.line('export interface InputCondition {');
  w.line('  readonly path: string;');
  w.line('  readonly present?: boolean;');
  w.line('  readonly equals?: readonly string[];');
  w.line('  readonly matches?: string;');
  w.line('}');
  w.line('');
  w.line('export interface InputCase {');
  w.line('  readonly when: readonly InputCondition[];');
  w.line('  readonly mandatory: readonly (readonly string[])[];');
  w.line('  readonly rule: string;');
  w.line('}');
  w.line('');
  w.line('export interface InputRule {');
  w.line('  /** The base method of a signature. */');
  w.line('  readonly base?: string;');
  w.line('  /** When the signature applies (all conditions, or any with `whenAny`); absent: only through its base. */');
  w.line('  readonly when?: readonly InputCondition[];');
  w.line('  readonly whenAny?: boolean;');
  w.line('  /** Member paths, each a list of alternatives (any one is enough). */');
  w.line('  readonly mandatory: readonly (readonly string[])[];');
  w.line('  readonly optional: readonly (readonly string[])[];');
  w.line('  /** More members needed when conditions hold. */');
  w.line('  readonly cases: readonly InputCase[];');
  w.line("  /** 'model', or the engine's check the rule mirrors. */");
  w.line('  readonly source: string;');
  w.line('}');
  w.line('');
  const methods = Object.values(rules).reduce((n, m) => n + Object.keys(m).length, 0);
  const overridden = Object.values(rules).reduce((n, m) => n + Object.values(m).filter((r) => r.source !== 'model').length, 0);
  w.line(`/** ${methods} methods, ${overridden} of them with the engine's rule instead of the model's. */`);
  w.line('export const INPUT_RULES: { readonly [service: string]: { readonly [method: string]: InputRule } } = {');
  for (const [s, ms] of Object.entries(rules)) {
    w.line(`  ${s}: {`);
    for (const [m, r] of Object.entries(ms)) w.line(`    ${m}: ${JSON.stringify(r)},`);
    w.line('  },');
  }
  w.line('};');
  return { path: INPUT_RULES_FILE, text: w.toString() };
}
