/**
 * The engine behind the HTTP front: requests on paths below the API root
 * become list, get, add, update, remove and actions on the store, with
 * the engine's rules (mandatory members, unique names, states, faults),
 * jobs and events. Behaviour of particular types lives in behaviour.ts;
 * everything else is generic over the service metadata.
 */
import { Reader, Writer } from '../index';
import { isBlank } from '../xml/reader';
import { badRequest, conflict, incomplete, notFound, SimulatorFault } from './faults';
import {
  API_PREFIX,
  BLANK_TEMPLATE_ID,
  camel,
  className,
  label,
  mergeInto,
  hasMember,
  hasQuery,
  linkLocators,
  make,
  method,
  type MethodInfo,
  type Obj,
  type ServiceInfo,
  ROOT,
  ROOT_COLLECTIONS,
  service,
  typeOf,
} from './model';
import type { Clock } from './clock';
import { describe as describeMembers, missing, selectRule } from './rules';
import { Scheduler } from './scheduler';
import { compareValues, fieldsOf, matches, parseSearch } from './search';
import { type Collection, type Entity, parseFollow, type Route, Store } from './store';

/** How long each simulated transition takes, in milliseconds. */
export interface SimulatorDelays {
  /** New VM: `image_locked` → `down`. */
  vmCreate: number;
  /** Start: `wait_for_launch` → `powering_up` (and `restoring_state` → `up` for a suspended VM). */
  vmLaunch: number;
  /** Start: `powering_up` → `up`. */
  vmBoot: number;
  /** Stop and shutdown: `powering_down` → `down`. */
  vmStop: number;
  /** Suspend: `saving_state` → `suspended`. */
  vmSuspend: number;
  /** Migration and reboot: `migrating`/`reboot_in_progress` → `up`. */
  vmMigrate: number;
  /** New disk (and the disks of a VM made from a template): `locked` → `ok`. */
  diskCreate: number;
  /** New snapshot, snapshot restore and preview: `locked` → `ok`. */
  snapshot: number;
  /** Host deactivate: `preparing_for_maintenance` → `maintenance`. */
  hostMaintenance: number;
  /** Host activate: `unassigned` → `up`. */
  hostActivate: number;
  /** New host: `installing` → `up`. */
  hostInstall: number;
  /** Storage domain attach and activate: `locked`/`activating` → `active` (and deactivate → `maintenance`). */
  storageDomain: number;
  /** New template: `locked` → `ok`. */
  templateCreate: number;
  /** Host upgrade check: started (event 884) → completed (event 885). */
  hostUpgradeCheck: number;
  /** Export of a VM or template (to an export domain or an OVA): `image_locked` → `down`. */
  vmExport: number;
}

export const DEFAULT_DELAYS: SimulatorDelays = {
  vmCreate: 1000,
  vmLaunch: 300,
  vmBoot: 1000,
  vmStop: 500,
  vmSuspend: 800,
  vmMigrate: 1000,
  diskCreate: 800,
  snapshot: 800,
  hostMaintenance: 800,
  hostActivate: 800,
  hostInstall: 1500,
  storageDomain: 800,
  templateCreate: 1000,
  hostUpgradeCheck: 1000,
  vmExport: 1000,
};

export interface ApiRequest {
  method: string;
  /** Path segments below the API root, decoded. */
  segments: string[];
  query: URLSearchParams;
  body: Buffer;
}

export interface ApiReply {
  status: number;
  /** The body, or its parts in order (a list is sent without joining its items). */
  body?: Buffer | Buffer[];
  headers?: Record<string, string>;
}

/** Root collections whose items have unique names. */
const UNIQUE_NAMES = new Set([
  'vms',
  'templates',
  'hosts',
  'clusters',
  'datacenters',
  'storagedomains',
  'tags',
  'vmpools',
  'macpools',
  'instancetypes',
  'affinitylabels',
  'bookmarks',
  'roles',
  'vms/*/nics',
  'templates/*/nics',
  'hosts/*/nics',
  'clusters/*/affinitygroups',
]);

/** Statuses a caller cannot set with add or update: the engine owns them. */
const ENGINE_OWNED = ['status', 'snapshotStatus', 'href'];


export interface EventLinks {
  vm?: Entity;
  host?: Entity;
  cluster?: Entity;
  dataCenter?: Entity;
  storageDomain?: Entity;
  template?: Entity;
}

/** `inline`: the sub-collections the request carried inside the object (`vm.snapshots`, `role.permits`), taken out of it. */
export type AddHook = (engine: Engine, coll: Collection, obj: Obj, query: URLSearchParams, inline: Record<string, unknown[]>) => Entity;
/** Returns true when it applied the update itself. */
export type UpdateHook = (engine: Engine, e: Entity, changes: Obj, query: URLSearchParams) => boolean;
export type RemoveHook = (engine: Engine, e: Entity, query: URLSearchParams) => void;
export interface ActionOutcome {
  job?: Entity;
  /** Members of the returned `<action>` (out parameters). */
  values?: Record<string, unknown>;
}
export type ActionHook = (engine: Engine, e: Entity, action: Obj, query: URLSearchParams) => ActionOutcome | void;
export type Populator = (engine: Engine, c: Collection) => void;

/** Lists that are more than their stored items (by pattern): the query decides. */
export type ListHook = (engine: Engine, coll: Collection, query: URLSearchParams, items: Entity[]) => Entity[];

/**
 * What particular collections and actions do beyond generic storage
 * (lib/testing/behaviour.ts), keyed by path pattern (`vms`,
 * `vms/*\/diskattachments`), for actions `pattern:action`, and for
 * `allContent` by type.
 */
export interface Behaviour {
  addHooks: Record<string, AddHook>;
  updateHooks: Record<string, UpdateHook>;
  removeHooks: Record<string, RemoveHook>;
  actions: Record<string, ActionHook>;
  populators: Record<string, Populator>;
  /** What `all_content=true` adds to entities of a type. */
  allContent: Record<string, (engine: Engine, e: Entity) => Obj>;
  listHooks: Record<string, ListHook>;
}

export interface DirectoryOptions {
  /** Users of the directory (`internal-authz`) besides `admin` (names without the domain). */
  users?: readonly string[];
  /** Groups of the `internal-authz` directory. */
  groups?: readonly string[];
}

export interface EngineConfig {
  delays: SimulatorDelays;
  behaviour: Behaviour;
  /** The user operations are attributed to (`admin@internal`). */
  username: string;
  /** Most events kept (oldest dropped first). */
  maxEvents: number;
  /** Users and groups of the internal directory besides admin. */
  directory?: DirectoryOptions;
  /** The clock every transition, expiry and written time goes by. */
  clock: Clock;
}

export class Engine {
  readonly store = new Store();
  readonly scheduler: Scheduler;
  readonly clock: Clock;
  readonly config: EngineConfig;
  /** Running VMs per host id. */
  readonly hostLoad = new Map<string, number>();
  private eventSeq = 0;
  instanceId = '3a2bd6e8-6a5f-4d8d-8f4e-2f9f5e0c2b11';
  /** The admin user entity (set up at start). */
  user!: Entity;

  constructor(config: EngineConfig) {
    this.config = config;
    this.clock = config.clock;
    this.scheduler = new Scheduler(config.clock);
    for (const [pattern, fill] of Object.entries(config.behaviour.populators)) this.store.populators.set(pattern, (c) => fill(this, c));
  }

  /** The clock's time as a Date (what the engine writes as "now"). */
  date(): Date {
    return new Date(this.clock.now());
  }

  get delays(): SimulatorDelays {
    return this.config.delays;
  }

  /** The user name as events write it (`admin@internal-authz`). */
  get actor(): string {
    const [name, domain] = this.config.username.split('@');
    return domain === undefined ? name : `${name}@${domain}-authz`;
  }

  // ---- requests ----

  /** The correlation id of the request being handled (`correlation_id`, or the `Correlation-Id` header). */
  private correlationId: string | undefined;

  handle(request: ApiRequest): ApiReply {
    this.scheduler.runDue();
    this.correlationId = request.query.get('correlation_id') ?? undefined;
    try {
      return this.route(request);
    } finally {
      this.correlationId = undefined;
    }
  }

  private route(request: ApiRequest): ApiReply {
    const { segments } = request;
    const verb = request.method.toUpperCase();
    if (segments.length === 0) {
      if (verb !== 'GET') throw methodNotAllowed(verb);
      return this.xml(200, this.apiRoot());
    }
    const route = this.store.walk(segments);
    if (route.action !== undefined) {
      if (verb !== 'POST') throw methodNotAllowed(verb);
      return this.action(route, request);
    }
    if (route.entity !== undefined) {
      switch (verb) {
        case 'GET':
          return this.get(route, request);
        case 'PUT':
          return this.update(route, request);
        case 'DELETE':
          return this.remove(route, request);
        default:
          throw methodNotAllowed(verb);
      }
    }
    if (route.collection !== undefined) {
      switch (verb) {
        case 'GET':
          return this.list(route, request);
        case 'POST':
          return this.add(route, request);
        default:
          throw methodNotAllowed(verb);
      }
    }
    if (verb === 'POST' && method(route.svc, 'add') !== undefined) {
      // An add-only service that keeps nothing (external imports): accept the request.
      const m = method(route.svc, 'add')!;
      const type = m.parameters.find((p) => p.place === 'body')?.type ?? 'action';
      const obj = this.readBody(request.body, type);
      return this.xml(201, Writer.write(obj));
    }
    throw methodNotAllowed(verb);
  }

  xml(status: number, body: string | Buffer | Buffer[], headers?: Record<string, string>): ApiReply {
    return { status, body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body, headers };
  }

  /** Reads a request body of the expected type; 400 when it can't. */
  readBody(body: Buffer, type: string, allowEmpty = false): Obj {
    if (isBlank(body)) {
      if (allowEmpty) return make(type);
      throw badRequest(`The request body is empty; a <${type}> document is expected`);
    }
    let value: unknown;
    try {
      value = Reader.read(body);
    } catch (error) {
      throw badRequest(`The request body can't be read: ${(error as Error).message}`);
    }
    const got = typeOf(value);
    if (got !== type) {
      throw badRequest(`The request body must be a '${type}' document, got ${got === undefined ? 'a list or an unknown document' : `a '${got}'`}`);
    }
    return value as Obj;
  }

  // ---- the API root ----

  apiRoot(): string {
    const vms = this.store.root('vms').entities();
    const hosts = this.store.root('hosts').entities();
    const sds = this.store.root('storagedomains').entities();
    const users = this.store.root('users').entities();
    const running = (s: unknown): boolean => s !== 'down' && s !== 'suspended' && s !== 'image_locked' && s !== undefined;
    const api = make('api', {
      productInfo: {
        name: 'oVirt Engine',
        vendor: 'ovirt.org',
        version: { major: 4, minor: 5, build: 6, revision: 0, fullVersion: '4.5.6-1.el9' },
        instanceId: this.instanceId,
      },
      specialObjects: {
        blankTemplate: { id: BLANK_TEMPLATE_ID, href: `${API_PREFIX}/templates/${BLANK_TEMPLATE_ID}` },
        rootTag: { id: BLANK_TEMPLATE_ID, href: `${API_PREFIX}/tags/${BLANK_TEMPLATE_ID}` },
      },
      summary: {
        vms: { total: vms.length, active: vms.filter((e) => running(e.obj.status)).length },
        hosts: { total: hosts.length, active: hosts.filter((e) => e.obj.status === 'up').length },
        users: { total: users.length, active: 1 },
        storageDomains: {
          total: sds.length,
          active: sds.filter((e) => Array.isArray(e.obj.dataCenters) && e.obj.dataCenters.length > 0).length,
        },
      },
      time: this.date(),
      authenticatedUser: this.user.link('user'),
      effectiveUser: this.user.link('user'),
    });
    let links = '';
    for (const l of ROOT.locators) {
      if (l.path === undefined) continue;
      links += `<link href="${API_PREFIX}/${l.path}" rel="${l.path}"/>`;
      if (hasQuery(method(service(l.service), 'list'), 'search')) {
        links += `<link href="${API_PREFIX}/${l.path}?search={query}" rel="${l.path}/search"/>`;
      }
    }
    const xml = Writer.write(api);
    return `${xml.slice(0, -'</api>'.length)}${links}</api>`;
  }

  // ---- list and get ----

  private list(route: Route, request: ApiRequest): ApiReply {
    const coll = route.collection!;
    const m = method(route.svc, 'list');
    if (m === undefined) throw methodNotAllowed('GET');
    const q = request.query;
    let items = coll.entities();
    const listHook = this.config.behaviour.listHooks[coll.pattern];
    if (listHook !== undefined) items = listHook(this, coll, q, items);
    if (coll.pattern === 'events') {
      const from = q.get('from');
      if (from !== null && hasQuery(m, 'from')) {
        const n = Number(from);
        if (!Number.isFinite(n)) throw badRequest(`The 'from' parameter must be a number, got '${from}'`);
        items = items.filter((e) => Number(e.id) > n);
      }
      items.reverse(); // newest first, as the engine lists them
    }
    const search = q.get('search');
    const max = parseMax(q.get('max'));
    let pageSize: number | undefined;
    if (search !== null && search.trim() !== '' && hasQuery(m, 'search')) {
      const parsed = parseSearch(search);
      const caseSensitive = q.get('case_sensitive') === 'true';
      for (const f of fieldsOf(parsed)) this.checkField(coll.type, f);
      if (parsed.where !== undefined) items = items.filter((e) => matches(parsed, (f) => this.field(e, f), caseSensitive, () => freeText(e)));
      if (parsed.sort.length > 0) {
        const keyed = items.map((e) => ({ e, keys: parsed.sort.map((s) => this.field(e, s.field)) }));
        keyed.sort((a, b) => {
          for (let i = 0; i < parsed.sort.length; i++) {
            const c = compareValues(a.keys[i], b.keys[i]);
            if (c !== 0) return parsed.sort[i].descending ? -c : c;
          }
          return 0;
        });
        items = keyed.map((k) => k.e);
      }
      if (parsed.page !== undefined) {
        pageSize = max ?? 100;
        items = items.slice((parsed.page - 1) * pageSize, parsed.page * pageSize);
      }
    }
    if (max !== undefined && pageSize === undefined) items = items.slice(0, max);
    const follow = hasQuery(m, 'follow') ? parseFollow(q.get('follow')) : undefined;
    return this.xml(200, this.store.renderListDocument(coll.type, items, follow, this.allContent(coll.type, q)));
  }

  /** With `all_content=true` (or the All-Content header), what the engine adds to an entity of the type (a VM's console, OVF, ...). */
  private allContent(type: string, query: URLSearchParams): ((e: Entity) => Obj) | undefined {
    const content = this.config.behaviour.allContent[type];
    if (content === undefined || query.get('all_content') !== 'true') return undefined;
    return (e) => content(this, e);
  }

  private get(route: Route, request: ApiRequest): ApiReply {
    const e = route.entity!;
    const m = method(route.svc, 'get');
    if (m === undefined) throw methodNotAllowed('GET');
    const follow = hasQuery(m, 'follow') ? parseFollow(request.query.get('follow')) : undefined;
    const nextRun = request.query.get('next_run') === 'true' && e.state.nextRun !== undefined;
    if (nextRun) {
      const copy = make(e.type, { ...e.obj });
      mergeInto(copy, e.state.nextRun as Obj);
      return this.xml(200, Writer.write(copy));
    }
    const content = this.allContent(e.type, request.query);
    if (follow === undefined && content === undefined) return this.xml(200, this.store.render(e));
    return this.xml(200, this.store.renderText(e, follow, undefined, content?.(e)));
  }

  // ---- add, update, remove ----

  private add(route: Route, request: ApiRequest): ApiReply {
    const coll = route.collection!;
    if (method(route.svc, 'add') === undefined) throw methodNotAllowed('POST');
    const obj = this.readBody(request.body, coll.type);
    // Through a view (a data center's clusters) the URL names the member the view filters on.
    if (coll.view !== undefined && coll.reference === undefined) coll.implied(obj);
    this.checkInput(route.svc, 'add', obj, className(coll.type), 'add');
    let entity: Entity;
    if (coll.reference !== undefined) {
      entity = this.addReference(coll, obj);
    } else {
      const inline = this.clean(obj, coll);
      const hook = this.config.behaviour.addHooks[coll.pattern];
      entity = hook !== undefined ? hook(this, coll, obj, request.query, inline) : this.insert(coll, obj);
    }
    return this.xml(201, this.store.render(entity), { Location: entity.href });
  }

  /** Adds an object to a collection after the generic checks (unique names, links). */
  insert(coll: Collection, obj: Obj, id?: string): Entity {
    this.resolveLinks(obj);
    this.checkUniqueName(coll, obj, 'add');
    return coll.insert(obj, id);
  }

  private addReference(coll: Collection, obj: Obj): Entity {
    const source = coll.reference!;
    const target = this.lookup(source, obj, className(coll.type), 'add');
    if (coll.get(target.id) !== undefined) {
      throw conflict(`Cannot attach ${label(coll.type)}. The ${label(coll.type)} is already attached to the ${label(coll.parent!.type)}.`);
    }
    return coll.refer(target);
  }

  /** Finds the entity an object names by `id` or `name` (400 if neither, 404 if none). */
  lookup(source: Collection, obj: Obj | undefined, typeLabel: string, operation: string, member?: string): Entity {
    const prefix = member === undefined ? '' : `${member}.`;
    if (obj === undefined || (typeof obj.id !== 'string' && typeof obj.name !== 'string')) {
      throw incomplete(typeLabel, [`${prefix}id|name`], operation);
    }
    const found = typeof obj.id === 'string' ? source.get(obj.id) : source.named(obj.name as string);
    if (found === undefined) {
      throw notFound(typeof obj.id === 'string' ? obj.id : `${className(source.type)}: name=${obj.name}`);
    }
    return found;
  }

  private update(route: Route, request: ApiRequest): ApiReply {
    const e = route.entity!;
    if (method(route.svc, 'update') === undefined) throw methodNotAllowed('PUT');
    const changes = this.readBody(request.body, e.type);
    this.checkInput(route.svc, 'update', changes, className(e.type), 'update');
    this.clean(changes, e.coll);
    delete changes.id;
    this.resolveLinks(changes);
    const hook = this.config.behaviour.updateHooks[e.coll.pattern];
    if (hook !== undefined && hook(this, e, changes, request.query)) return this.xml(200, this.store.render(e));
    this.applyChanges(e, changes);
    return this.xml(200, this.store.render(e));
  }

  /** Merges changes into an entity (checking a new name), and renders it afresh. */
  applyChanges(e: Entity, changes: Obj): void {
    const oldName = e.obj.name;
    if (typeof changes.name === 'string' && changes.name !== oldName) this.checkUniqueName(e.coll, changes, 'update', e);
    mergeInto(e.obj, changes);
    if (e.obj.name !== oldName) e.coll.renamed(e, oldName);
    e.touch();
  }

  private remove(route: Route, request: ApiRequest): ApiReply {
    const e = route.entity!;
    if (method(route.svc, 'remove') === undefined) throw methodNotAllowed('DELETE');
    const coll = route.collection ?? e.coll;
    const pattern = route.pattern.slice(0, -2); // drop '/*'
    const hook = this.config.behaviour.removeHooks[pattern];
    if (hook !== undefined) hook(this, e, request.query);
    else this.delete(e, coll);
    return { status: 200 };
  }

  /** Removes an entity from the collection it was reached through (a reference is only unassigned). */
  delete(e: Entity, _through?: Collection): void {
    e.coll.delete(e);
    e.generation++;
  }

  // ---- actions ----

  private action(route: Route, request: ApiRequest): ApiReply {
    const action = this.readBody(request.body, 'action', true);
    const methods = route.svc.methods.filter((m) => m.kind === 'action' && m.path === route.action);
    this.checkInput(route.svc, 'action', action, 'Action', route.action!);
    const key = `${route.pattern}:${route.action}`;
    const handler = this.config.behaviour.actions[key];
    const result: Obj = make('action', { status: 'complete' });
    if (handler !== undefined && route.entity !== undefined) {
      const out = handler(this, route.entity, action, request.query);
      if (out !== undefined) {
        if (out.job !== undefined) result.job = out.job.link('job');
        if (out.values !== undefined) Object.assign(result, out.values);
      }
    }
    // An out parameter the handler did not give echoes its input (the engine fills it in).
    for (const m of methods as MethodInfo[]) {
      for (const p of m.parameters) {
        if (!p.out || p.place !== 'action') continue;
        if (result[p.prop] === undefined && action[p.prop] !== undefined) result[p.prop] = action[p.prop];
      }
    }
    return this.xml(200, Writer.write(result));
  }

  // ---- rules ----

  /**
   * Drops what a caller cannot set: statuses, hrefs, and inline
   * sub-collections (added through their own URLs); returns those, for the
   * operations that take them (a role's permits, a VM's snapshots to clone).
   */
  clean(obj: Obj, coll: Collection): Record<string, unknown[]> {
    for (const k of ENGINE_OWNED) delete obj[k];
    const inline: Record<string, unknown[]> = {};
    for (const l of linkLocators(coll.itemService)) {
      const prop = camel(l.name);
      if (Array.isArray(obj[prop])) {
        inline[prop] = obj[prop] as unknown[];
        delete obj[prop];
      }
    }
    delete obj.actions;
    return inline;
  }

  /** Replaces links given by id or name with `{ id, href }` of the entity (404 if there is none). */
  resolveLinks(obj: Obj): void {
    for (const key of Object.keys(obj)) {
      const value = obj[key];
      if (value === undefined || value === null || key === 'href') continue;
      if (Array.isArray(value)) {
        if (value.length === 0 || typeof value[0] !== 'object') continue;
        const type = typeOf(value[0]);
        const rootPath = type === undefined ? undefined : ROOT_COLLECTIONS.get(type);
        if (rootPath === undefined) continue;
        const root = this.store.root(rootPath);
        obj[key] = value.map((item: Obj) => (this.hasKey(item) ? this.lookup(root, item, className(type!), 'add').link(type) : item));
        continue;
      }
      if (typeof value !== 'object' || value instanceof Date) continue;
      const type = typeOf(value);
      const rootPath = type === undefined ? undefined : ROOT_COLLECTIONS.get(type);
      if (rootPath === undefined || !this.hasKey(value as Obj)) continue;
      obj[key] = this.lookup(this.store.root(rootPath), value as Obj, className(type!), 'add').link(type);
    }
  }

  private hasKey(o: Obj): boolean {
    return typeof o.id === 'string' || typeof o.name === 'string';
  }

  checkUniqueName(coll: Collection, obj: Obj, operation: string, self?: Entity): void {
    const name = obj.name;
    if (typeof name !== 'string' || !UNIQUE_NAMES.has(coll.pattern)) return;
    let scope: Collection = coll;
    if (coll.view !== undefined) scope = coll.view.source;
    const other = scope.named(name);
    if (other !== undefined && other !== self) {
      throw conflict(`Cannot ${operation} ${label(coll.type)}. The given name is already in use.`);
    }
  }

  /**
   * 400 `Incomplete parameters` when a request lacks members the engine
   * requires: the rules of lib/generated/input-rules.ts for the method (or
   * the signature whose conditions the request meets). `value` is the body
   * of an add or update, or the `<action>` of an action.
   */
  checkInput(svc: ServiceInfo, kind: 'add' | 'update' | 'action', value: Obj, typeLabel: string, path: string): void {
    const methods = svc.methods.filter((m) => m.kind === kind && (kind !== 'action' || m.path === path));
    if (methods.length === 0) return;
    // Keyed like the paths' first segment after camel-casing (`data_center` → `dataCenter`).
    let root: Record<string, unknown>;
    let body: string | undefined;
    if (kind === 'action') {
      // An action's parameters are the members of its <action>.
      root = {};
      for (const m of methods) for (const p of m.parameters) if (p.in) root[p.prop] = value[p.prop];
    } else {
      body = methods[0].parameters.find((p) => p.in && p.place === 'body')?.name;
      if (body === undefined) return;
      root = { [camel(body)]: value };
    }
    const selected = selectRule(svc.name, methods.map((m) => m.name), root);
    if (selected === undefined) return;
    const lacking = missing(selected.rule, root);
    if (lacking.length === 0) return;
    const operation = kind === 'action' ? camel(selected.rule.base ?? selected.method) : kind;
    throw incomplete(typeLabel, lacking.map((g) => describeMembers(g, body)), operation);
  }

  // ---- search fields ----

  private checkField(type: string, field: string): void {
    const dot = field.indexOf('.');
    if (dot > 0) {
      // A field of linked objects: `vm.name`, `Clusters.name`.
      const other = SEARCH_OBJECTS[field.slice(0, dot)];
      if (other === undefined) throw badRequest(`Search query syntax error: '${field.slice(0, dot)}' is not an object the search knows`);
      this.checkField(other, field.slice(dot + 1));
      return;
    }
    if (SPECIAL_FIELDS.has(field)) return;
    const prop = camel(field);
    if (hasMember(type, prop)) return;
    throw badRequest(`Search query syntax error: '${field}' is not a property of ${label(type)}`);
  }

  /** The value of a search field for an entity (names for links; values of every linked object for `object.field`). */
  field(e: Entity, field: string): unknown {
    const obj = e.obj;
    const dot = field.indexOf('.');
    if (dot > 0) {
      const values: unknown[] = [];
      for (const r of this.related(e, SEARCH_OBJECTS[field.slice(0, dot)])) {
        const v = this.field(r, field.slice(dot + 1));
        if (Array.isArray(v)) values.push(...v);
        else if (v !== undefined) values.push(v);
      }
      return values;
    }
    switch (field) {
      case 'usrname':
        return [obj.userName, obj.principal];
      case 'correlation_id':
        return obj.correlationId ?? e.state.correlationId;
      case 'memory':
        return typeof obj.memory === 'number' && (e.type === 'vm' || e.type === 'template') ? Math.round(obj.memory / 2 ** 20) : obj.memory;
      case 'os':
        return (obj.os as Obj | undefined)?.type;
      case 'ip':
        return e.state.ips;
      case 'datacenter': {
        const dc = obj.dataCenter ?? this.linked(obj.cluster)?.obj.dataCenter;
        return this.linked(dc)?.obj.name;
      }
      case 'storage':
        return Array.isArray(obj.storageDomains) ? obj.storageDomains.map((s: Obj) => this.linked(s)?.obj.name) : undefined;
      case 'tag': {
        const tags = e.children?.get('tags');
        return tags === undefined ? [] : tags.entities().map((t) => t.obj.name);
      }
    }
    const value = obj[camel(field)];
    if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? this.linked(v)?.obj.name : v));
      return this.linked(value)?.obj.name ?? (value as Obj).name;
    }
    return value;
  }

  /**
   * The objects of a type an entity is linked with, for `object.field`
   * searches: the ones it links to (an event's VM, a VM's cluster); when
   * its type has no such link, the ones linking to it (a data center's
   * clusters, a host's VMs), or its cluster's data center.
   */
  related(e: Entity, type: string): Entity[] {
    if (e.type === type) return [e];
    const out = new Set<Entity>();
    const add = (link: unknown): void => {
      if (typeOf(link) !== type) return;
      const target = this.linked(link);
      if (target !== undefined) out.add(target);
    };
    for (const v of Object.values(e.obj)) {
      if (Array.isArray(v)) v.forEach(add);
      else add(v);
    }
    // A type with a link to such objects is related only through it (a VM's host; an event's VM).
    const direct = hasMember(e.type, camel(type));
    if (out.size === 0 && !direct) {
      const path = ROOT_COLLECTIONS.get(type);
      if (path !== undefined) {
        const refers = (v: unknown): boolean => typeof v === 'object' && v !== null && (v as Obj).id === e.id && typeOf(v) === e.type;
        for (const o of this.root(path).entities()) {
          if (Object.values(o.obj).some((v) => (Array.isArray(v) ? v.some(refers) : refers(v)))) out.add(o);
        }
      }
      if (out.size === 0 && type === 'data_center') {
        const cluster = this.linked(e.obj.cluster);
        if (cluster !== undefined) return this.related(cluster, type);
      }
    }
    return [...out];
  }

  /** The sub-collection of an entity at a locator path (`diskattachments`). */
  childOf(e: Entity, path: string): Collection {
    const loc = e.service.locators.find((l) => l.path === path);
    if (loc === undefined) throw new Error(`simulator: ${e.type} has no sub-collection '${path}'`);
    return this.store.child(e, path, service(loc.service));
  }

  /** The root collection at `path`. */
  root(path: string): Collection {
    return this.store.root(path);
  }

  /** The entity a stub link points to. */
  linked(link: unknown): Entity | undefined {
    if (typeof link !== 'object' || link === null) return undefined;
    const href = (link as Obj).href;
    return typeof href === 'string' ? this.store.resolve(href) : undefined;
  }

  // ---- transitions, jobs, events ----

  /**
   * Runs `steps` one after another on an entity, each after its delay; a
   * later chain on the same entity (or its removal) cancels the rest.
   */
  chain(e: Entity, steps: readonly (readonly [number, () => void])[]): void {
    const generation = ++e.generation;
    const run = (i: number): void => {
      if (i >= steps.length) return;
      const [delay, step] = steps[i];
      this.scheduler.after(delay, () => {
        if (e.removed || e.generation !== generation) return;
        step();
        e.touch();
        run(i + 1);
      });
    };
    run(0);
  }

  /** Sets an entity's member and renders it afresh. */
  set(e: Entity, values: Record<string, unknown>): void {
    Object.assign(e.obj, values);
    e.touch();
  }

  /** Keeps the running-VM count per host right when a VM's host changes. */
  placeVm(vm: Entity, host: Entity | undefined): void {
    const old = (vm.obj.host as Obj | undefined)?.id;
    if (old !== undefined) this.hostLoad.set(old, (this.hostLoad.get(old) ?? 1) - 1);
    if (host === undefined) {
      delete vm.obj.host;
    } else {
      vm.obj.host = host.link('host');
      this.hostLoad.set(host.id, (this.hostLoad.get(host.id) ?? 0) + 1);
    }
    vm.touch();
  }

  private readonly counters = new Map<string, number>();

  /** The next number of a counter of this engine (1, 2, ...): MAC addresses, addresses of started VMs. */
  next(counter: string): number {
    const n = (this.counters.get(counter) ?? 0) + 1;
    this.counters.set(counter, n);
    return n;
  }

  startJob(description: string): Entity {
    const now = this.date();
    const jobs = this.store.root('jobs');
    if (jobs.items.size >= this.config.maxEvents) {
      // Drop the oldest finished job, as the engine's cleanup would.
      for (const j of jobs.items.values()) {
        if (j.obj.status !== 'started') {
          jobs.delete(j);
          break;
        }
      }
    }
    const job = jobs.insert(
      make('job', {
        description,
        status: 'started',
        startTime: now,
        lastUpdated: now,
        external: false,
        autoCleared: true,
        owner: this.user.link('user'),
      }),
    );
    // The engine gives every command a correlation id: the caller's, or its own.
    job.state.correlationId = this.correlationId ?? job.id.slice(0, 8);
    return job;
  }

  endJob(job: Entity, status: 'finished' | 'failed' = 'finished'): void {
    const now = this.date();
    this.set(job, { status, endTime: now, lastUpdated: now });
  }

  event(code: number, description: string, links: EventLinks = {}, severity: 'normal' | 'warning' | 'error' | 'alert' = 'normal'): Entity {
    const events = this.store.root('events');
    const index = ++this.eventSeq;
    const obj = make('event', {
      index,
      code,
      severity,
      time: this.date(),
      description,
      origin: 'oVirt',
      customId: -1,
      floodRate: 30,
      logOnHost: false,
      user: this.user?.link('user'),
      correlationId: this.correlationId,
    });
    for (const [key, e] of Object.entries(links)) if (e !== undefined) obj[key] = e.link();
    const entity = events.insert(obj, String(index));
    if (events.items.size > this.config.maxEvents) {
      const oldest = events.items.values().next().value;
      if (oldest !== undefined) events.delete(oldest);
    }
    return entity;
  }

  /** The last event id given (events get increasing ids from 1). */
  get lastEventId(): number {
    return this.eventSeq;
  }

  private warming: NodeJS.Immediate | undefined;

  /**
   * Renders the entities of the given root collections in the background,
   * a few hundred at a time between requests, so the first full list is
   * served from the cache too.
   */
  warmUp(paths: readonly string[], batch = 250): void {
    const queue = paths.map((p) => this.store.root(p).entities());
    let list = 0;
    let at = 0;
    const step = (): void => {
      this.warming = undefined;
      let n = 0;
      while (list < queue.length && n < batch) {
        const items = queue[list];
        if (at >= items.length) {
          list++;
          at = 0;
          continue;
        }
        const e = items[at++];
        if (!e.removed && e.xml === undefined) {
          try {
            this.store.render(e);
          } catch {
            // A request will render it (and report the error); warming is only a head start.
            return;
          }
          n++;
        }
      }
      if (list < queue.length) this.warming = setImmediate(step);
    };
    this.warming = setImmediate(step);
  }

  stop(): void {
    this.scheduler.stop();
    this.clock.stop();
    if (this.warming !== undefined) clearImmediate(this.warming);
    this.warming = undefined;
  }
}

const SPECIAL_FIELDS = new Set(['memory', 'os', 'ip', 'datacenter', 'storage', 'tag', 'id', 'name', 'usrname', 'correlation_id']);

/** The objects a search names in `object.field` (singular or plural, any case), by model type. */
const SEARCH_OBJECTS: Record<string, string> = (() => {
  const names: Record<string, string> = {
    vm: 'vm',
    host: 'host',
    cluster: 'cluster',
    datacenter: 'data_center',
    template: 'template',
    storage: 'storage_domain',
    storagedomain: 'storage_domain',
    disk: 'disk',
    user: 'user',
    group: 'group',
    event: 'event',
    network: 'network',
    pool: 'vm_pool',
    vmpool: 'vm_pool',
    vnicprofile: 'vnic_profile',
    job: 'job',
    quota: 'quota',
  };
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(names)) {
    out[k] = v;
    out[`${k}s`] = v;
  }
  return out;
})();

/** The text free-text search matches: names and descriptions. */
function freeText(e: Entity): unknown[] {
  const o = e.obj;
  return [o.name, o.description, o.comment, o.userName, o.alias];
}

function methodNotAllowed(verb: string): SimulatorFault {
  return new SimulatorFault(405, `The method ${verb} is not allowed here`, 'Method Not Allowed');
}

function parseMax(text: string | null): number | undefined {
  if (text === null || text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n)) throw badRequest(`The 'max' parameter must be an integer, got '${text}'`);
  return n < 0 ? undefined : n;
}

