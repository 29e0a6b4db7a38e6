/**
 * Mandatory members: every method of the input rules (lib/generated/
 * input-rules.ts, the model's declarations merged with the engine's own
 * rules from model/input_overrides.json) is walked. For each, a request is
 * made that meets the method's conditions (a signature's `when`, a case's)
 * and nothing else, and the simulator must answer the engine's 400 naming
 * exactly the members the rule lists. The requests go to the engine behind
 * the HTTP front, at a path of the rule's service found from the root.
 */
import { Writer } from '../../lib';
import { INPUT_RULES, type InputCondition, type InputRule } from '../../lib/generated/input-rules';
import { ManualClock } from '../../lib/testing/clock';
import { DEFAULT_DELAYS, Engine } from '../../lib/testing/engine';
import { BEHAVIOUR } from '../../lib/testing/behaviour';
import { installEngine } from '../../lib/testing/install';
import { SimulatorFault } from '../../lib/testing/faults';
import { camel, className, collectionType, entityType, idLocator, make, ROOT, service, type ServiceInfo } from '../../lib/testing/model';
import { describe as describeMembers } from '../../lib/testing/rules';
import { readModelJson } from '../support/model';

const model = readModelJson();
const typesByName = new Map<string, any>(model.types.map((t: any) => [t.name, t]));
const modelServices = new Map<string, any>(model.services.map((s: any) => [s.name, s]));
/** The services some URL reaches, by the model's locators from its root. */
const reachableFromRoot = new Set<string>([model.root]);
for (const queue = [model.root]; queue.length > 0; ) {
  for (const l of modelServices.get(queue.shift()!).locators) {
    if (!reachableFromRoot.has(l.service)) {
      reachableFromRoot.add(l.service);
      queue.push(l.service);
    }
  }
}

function newEngine(): Engine {
  const engine = new Engine({ delays: { ...DEFAULT_DELAYS }, behaviour: BEHAVIOUR, username: 'admin@internal', maxEvents: 1000, clock: new ManualClock(Date.UTC(2030, 0, 1)) });
  installEngine(engine, '00000000-0000-0000-0000-0000000000aa', true);
  return engine;
}

/** The first path from the root to each service, making an entity wherever an id is needed. */
function paths(engine: Engine): Map<string, string[]> {
  const found = new Map<string, string[]>([[ROOT.name, []]]);
  const queue: [ServiceInfo, string[]][] = [[ROOT, []]];
  while (queue.length > 0) {
    const [svc, segments] = queue.shift()!;
    if (segments.length > 8) continue;
    for (const l of svc.locators) {
      const next = service(l.service);
      if (found.has(next.name)) continue;
      let at: string[];
      if (l.path !== undefined) {
        at = [...segments, l.path];
      } else {
        if (idLocator(svc) !== l) continue;
        const coll = engine.store.walk(segments).collection;
        if (coll === undefined) continue;
        const type = collectionType(svc) ?? entityType(next) ?? 'identified';
        const e = coll.insert(make(type, {}));
        at = [...segments, e.id];
      }
      found.set(next.name, at);
      queue.push([next, at]);
    }
  }
  return found;
}

/** A value of the model type a path ends at, to make a member present. */
function sample(typeName: string): unknown {
  const t = typesByName.get(typeName);
  if (t === undefined || t.kind === 'primitive') {
    return { boolean: true, integer: 1, decimal: 1.5, date: new Date(0) }[typeName as 'boolean'] ?? 'x';
  }
  if (t.kind === 'enum') return t.values[0].name;
  return {};
}

/** The model type of each step of a path from a method's parameter. */
function setPath(root: Record<string, unknown>, methodDef: any, path: string, value?: unknown): void {
  const parts = path.split('.');
  const param = methodDef.parameters.find((p: any) => p.name === parts[0].replace(/\[\]$/, ''));
  let typeName: string = param.type.replace(/\[\]$/, '');
  let list = param.type.endsWith('[]');
  let holder: Record<string, unknown> = root;
  for (let i = 0; i < parts.length; i++) {
    const prop = camel(parts[i].replace(/\[\]$/, ''));
    const last = i === parts.length - 1;
    const leaf = last ? (value ?? sample(typeName)) : {};
    if (list) {
      const items = (holder[prop] as Record<string, unknown>[] | undefined) ?? [];
      if (items.length === 0) items.push((last ? leaf : {}) as Record<string, unknown>);
      holder[prop] = items;
      holder = items[0];
    } else {
      if (holder[prop] === undefined || last) holder[prop] = leaf;
      holder = holder[prop] as Record<string, unknown>;
    }
    if (last) return;
    const struct = typesByName.get(typeName);
    const member = [...(struct.attributes ?? []), ...(struct.links ?? [])].find((m: any) => m.name === parts[i + 1].replace(/\[\]$/, ''));
    typeName = member.type.replace(/\[\]$/, '');
    list = member.type.endsWith('[]');
  }
}

/** Sets what makes the conditions hold; returns the paths it set. */
function meet(root: Record<string, unknown>, methodDef: any, conditions: readonly InputCondition[]): string[] {
  const set: string[] = [];
  for (const c of conditions) {
    if (c.present === false) continue;
    let value: unknown;
    if (c.equals !== undefined) value = c.equals[0];
    if (c.matches !== undefined) value = ['someone', 'someone@domain'].find((v) => new RegExp(c.matches!).test(v));
    setPath(root, methodDef, c.path, value);
    set.push(c.path);
  }
  return set;
}

/** The members a request with only `set` lacks, as the rule lists them (a parent set alone does not give its members). */
function expectedMissing(groups: readonly (readonly string[])[], set: readonly string[]): (readonly string[])[] {
  return groups.filter((alternatives) => !alternatives.some((p) => set.includes(p)));
}

interface Walk {
  service: string;
  method: string;
  rule: InputRule;
}

const walks: Walk[] = [];
const documentedOnly: Walk[] = [];
for (const [svcName, methods] of Object.entries(INPUT_RULES)) {
  for (const [method, rule] of Object.entries(methods)) {
    if (rule.mandatory.length === 0 && rule.cases.length === 0) continue;
    if (rule.base !== undefined && rule.when === undefined) documentedOnly.push({ service: svcName, method, rule });
    else walks.push({ service: svcName, method, rule });
  }
}

describe('the input rules', () => {
  const engine = newEngine();
  const at = paths(engine);
  afterAll(() => engine.stop());

  test('cover the model\'s declarations and the engine\'s overrides', () => {
    expect(walks.length).toBeGreaterThan(100);
    const overridden = walks.filter((w) => w.rule.source !== 'model');
    expect(overridden.length).toBeGreaterThanOrEqual(15);
    for (const w of overridden) expect(w.rule.source).toMatch(/^Backend\w+Resource\b/);
    expect(INPUT_RULES.disks.add.mandatory).toEqual([['disk.provisioned_size'], ['disk.format']]);
  });

  test('a signature without a condition asks for what its base asks (so walking the base covers it)', () => {
    for (const w of documentedOnly) {
      const base = INPUT_RULES[w.service][w.rule.base!];
      expect({ method: `${w.service}.${w.method}`, mandatory: w.rule.mandatory }).toEqual({ method: `${w.service}.${w.method}`, mandatory: base.mandatory });
    }
  });

  test.each(walks.map((w) => [`${w.service}.${w.method}`, w] as const))('%s: a request without its members gets the engine\'s 400 naming them', (_name, w) => {
    const svc = service(w.service);
    const segments = at.get(w.service);
    if (segments === undefined) {
      // A service no URL reaches (the model lists it, no locator leads to it): its rule can never apply.
      const reachable = reachableFromRoot.has(w.service);
      expect({ service: w.service, reachable }).toEqual({ service: w.service, reachable: false });
      return;
    }
    const info = svc.methods.find((m) => m.name === w.method)!;
    const methodDef = modelServices.get(w.service).methods.find((m: any) => (m.full_name ?? m.name) === w.method);
    const bodyParam = info.parameters.find((p) => p.in && p.place === 'body');
    // A derived condition holds when any of its conditions does: meet the first only.
    const selecting = w.rule.whenAny === true ? w.rule.when!.slice(0, 1) : [...(w.rule.when ?? [])];
    const variants: { conditions: InputCondition[]; groups: (readonly string[])[] }[] = [{ conditions: selecting, groups: [...w.rule.mandatory] }];
    // Cases that hold on a request that sets nothing (a member absent) apply to every variant.
    const always = w.rule.cases.filter((c) => c.when.every((x) => x.present === false));
    const base = [...w.rule.mandatory, ...always.flatMap((c) => c.mandatory)];
    variants[0].groups = base;
    for (const c of w.rule.cases) if (!always.includes(c)) variants.push({ conditions: [...selecting, ...c.when], groups: [...base, ...c.mandatory] });
    for (const v of variants) {
      const root: Record<string, unknown> = {};
      const set = meet(root, methodDef, v.conditions);
      const lacking = expectedMissing(v.groups, set);
      if (lacking.length === 0) continue;
      let verb: string;
      let path: string[];
      let body: string;
      let label: string;
      let operation: string;
      if (info.kind === 'action') {
        verb = 'POST';
        path = [...segments, info.path!];
        body = Writer.write(make('action', root));
        label = 'Action';
        operation = camel(w.rule.base ?? w.method);
      } else {
        verb = info.kind === 'add' ? 'POST' : 'PUT';
        path = segments;
        const type = bodyParam!.type;
        body = Writer.write(make(type, (root[camel(bodyParam!.name)] as object | undefined) ?? {}));
        label = className(type);
        operation = info.kind;
      }
      let fault: SimulatorFault | undefined;
      try {
        engine.handle({ method: verb, segments: path, query: new URLSearchParams(), body: Buffer.from(body) });
      } catch (error) {
        if (!(error instanceof SimulatorFault)) throw error;
        fault = error;
      }
      const expected = `${label} [${lacking.map((g) => describeMembers(g, bodyParam?.name)).join(', ')}] required for ${operation}`;
      expect({ request: `${verb} ${path.join('/')} ${body}`, status: fault?.status, reason: fault?.reason, detail: fault?.detail }).toEqual({
        request: `${verb} ${path.join('/')} ${body}`,
        status: 400,
        reason: 'Incomplete parameters',
        detail: expected,
      });
    }
  });
});

describe('the engine\'s rules where the model says otherwise', () => {
  const engine = newEngine();
  afterAll(() => engine.stop());
  const post = (segments: string[], body: string): { status: number; detail?: string } => {
    try {
      return { status: engine.handle({ method: 'POST', segments, query: new URLSearchParams(), body: Buffer.from(body) }).status };
    } catch (error) {
      if (error instanceof SimulatorFault) return { status: error.status, detail: error.detail };
      throw error;
    }
  };

  test('a floating image disk needs only provisioned_size and format (no interface, no storage domain)', () => {
    const sd = post(['storagedomains'], '<storage_domain><name>data</name><type>data</type><storage><type>nfs</type><address>nfs.example.com</address><path>/data</path></storage><host><name>h</name></host></storage_domain>');
    expect(sd.status).toBe(404); // no host named h: the storage domain is looked up after the rules passed
    expect(post(['disks'], '<disk><format>cow</format></disk>')).toEqual({ status: 400, detail: 'Disk [provisioned_size] required for add' });
  });

  test('a direct LUN disk: the LUN type, and the logical unit\'s address, target, port and id for iSCSI only', () => {
    expect(post(['disks'], '<disk><lun_storage/></disk>')).toEqual({ status: 400, detail: 'Disk [lun_storage.type] required for add' });
    expect(post(['disks'], '<disk><lun_storage><type>iscsi</type><logical_units><logical_unit id="lun1"/></logical_units></lun_storage></disk>')).toEqual({
      status: 400,
      detail: 'Disk [lun_storage.logical_units.address, lun_storage.logical_units.target, lun_storage.logical_units.port] required for add',
    });
    expect(post(['disks'], '<disk><lun_storage><type>fcp</type><logical_units><logical_unit id="lun1"/></logical_units></lun_storage></disk>').status).toBe(201);
  });

  test('a VM from a snapshot takes no template; a user name with its domain needs no domain', () => {
    expect(post(['vms'], '<vm><name>clone</name><cluster><name>Default</name></cluster><snapshots><snapshot/></snapshots></vm>')).toEqual({
      status: 400,
      detail: 'Vm [snapshots.id] required for add',
    });
    expect(post(['users'], '<user><user_name>someone</user_name></user>')).toEqual({ status: 400, detail: 'User [domain.id|name] required for add' });
    // The rules pass; the directory has no such user.
    expect(post(['users'], '<user><user_name>someone@internal-authz</user_name></user>')).toEqual({ status: 400, detail: 'No such user: someone@internal-authz in domain internal-authz' });
  });
});
