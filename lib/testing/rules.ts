/**
 * The engine's checks of mandatory members, from the generated input rules
 * (lib/generated/input-rules.ts: the model's declarations with the
 * engine's own rules where they differ). A request's parameters are an
 * object keyed by parameter name (`{ vm: <the body> }`, or an action's
 * parameters); rule paths start with a parameter name and follow members,
 * `name[]` standing for every item of a list.
 */
import { INPUT_RULES, type InputCondition, type InputRule } from '../generated/input-rules';
import { camel, type Obj } from './model';

/** The value at a member path; `[]` segments give every item (undefined when the path breaks off). */
function valuesAt(root: unknown, path: string): unknown[] {
  let values: unknown[] = [root];
  for (const part of path.split('.')) {
    const many = part.endsWith('[]');
    const prop = camel(many ? part.slice(0, -2) : part);
    const next: unknown[] = [];
    for (const v of values) {
      if (typeof v !== 'object' || v === null) return [];
      const member = (v as Obj)[prop];
      if (many) {
        if (!Array.isArray(member) || member.length === 0) return [];
        next.push(...member);
      } else {
        next.push(member);
      }
    }
    values = next;
  }
  return values;
}

function isSet(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  return !Array.isArray(v) || v.length > 0;
}

/** True when the path has a value (for `[]` paths: in every item, and there is at least one). */
function present(root: unknown, path: string): boolean {
  const values = valuesAt(root, path);
  return values.length > 0 && values.every(isSet);
}

function holds(root: unknown, c: InputCondition): boolean {
  if (c.present !== undefined) return present(root, c.path) === c.present;
  const value = valuesAt(root, c.path)[0];
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  const text = String(value);
  if (c.equals !== undefined) return c.equals.some((e) => e.toLowerCase() === text.toLowerCase());
  return c.matches !== undefined && new RegExp(c.matches).test(text);
}

/**
 * The rule a request meets among a method and its signatures (`add`,
 * `add_from_snapshot`, ...): the signature whose conditions hold (the one
 * with the most holding conditions, then the first declared), else the
 * base method's rule. Undefined when the methods have no rule.
 */
export function selectRule(service: string, methods: readonly string[], root: unknown): { method: string; rule: InputRule } | undefined {
  const rules = INPUT_RULES[service];
  if (rules === undefined) return undefined;
  let best: { method: string; rule: InputRule; score: number } | undefined;
  let base: { method: string; rule: InputRule } | undefined;
  for (const method of methods) {
    const rule = rules[method];
    if (rule === undefined) continue;
    if (rule.base === undefined) {
      base ??= { method, rule };
      continue;
    }
    if (rule.when === undefined) continue;
    const score = rule.when.filter((c) => holds(root, c)).length;
    const applies = rule.whenAny === true ? score > 0 : score === rule.when.length;
    if (applies && (best === undefined || score > best.score)) best = { method, rule, score };
  }
  if (best !== undefined) return { method: best.method, rule: best.rule };
  return base;
}

/** The mandatory members the request lacks, each as its alternatives. */
export function missing(rule: InputRule, root: unknown): (readonly string[])[] {
  const groups: (readonly string[])[] = [...rule.mandatory];
  for (const c of rule.cases) if (c.when.every((w) => holds(root, w))) groups.push(...c.mandatory);
  return groups.filter((alternatives) => !alternatives.some((p) => present(root, p)));
}

/**
 * A group of alternatives as the engine's fault writes it: relative to the
 * body (`cluster.id|name` for `vm.cluster.id` or `vm.cluster.name`), list
 * items without their brackets.
 */
export function describe(alternatives: readonly string[], body: string | undefined): string {
  const rel = alternatives.map((p) => {
    const clean = p.replace(/\[\]/g, '');
    return body !== undefined && clean.startsWith(`${body}.`) ? clean.slice(body.length + 1) : clean;
  });
  const first = rel[0];
  const cut = first.lastIndexOf('.');
  const prefix = cut < 0 ? '' : first.slice(0, cut + 1);
  if (prefix !== '' && rel.every((r) => r.startsWith(prefix) && !r.slice(prefix.length).includes('.'))) {
    return prefix + rel.map((r) => r.slice(prefix.length)).join('|');
  }
  return rel.join('|');
}
