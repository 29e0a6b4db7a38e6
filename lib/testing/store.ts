/**
 * The simulator's in-memory state: collections of entities addressed by
 * their API paths, and their XML. Collections are created on first use
 * from the service metadata, so every collection reachable from the root
 * service exists; a few are views over another collection (the clusters of
 * a data center are the clusters whose `data_center` is that one) or
 * references (a VM's tags are tags of `/tags`).
 *
 * Rendering: an entity's XML (its members by the SDK's Writer, plus the
 * `<actions>` and `<link rel>`s the engine adds) is cached as a Buffer and
 * dropped when the entity changes, so a list is a concatenation.
 */
import { randomUUID } from 'node:crypto';
import { Writer } from '../index';
import { notFound, SimulatorFault, badRequest } from './faults';
import {
  actionPaths,
  API_PREFIX,
  camel,
  collectionType,
  elementTag,
  entityType,
  escapeXml,
  hasMember,
  idLocator,
  linkLocators,
  listTag,
  type LocatorInfo,
  make,
  memberTag,
  type Obj,
  ROOT,
  service,
  type ServiceInfo,
  typeOf,
} from './model';

/** `follow=disk_attachments.disk,nics` as a tree: name → what to follow inside it. */
export type FollowTree = Map<string, FollowTree>;

export function parseFollow(text: string | null): FollowTree | undefined {
  if (text === null || text.trim() === '') return undefined;
  const tree: FollowTree = new Map();
  for (const item of text.split(',')) {
    let node = tree;
    for (const part of item.trim().split('.')) {
      if (part === '') continue;
      let next = node.get(part);
      if (next === undefined) {
        next = new Map();
        node.set(part, next);
      }
      node = next;
    }
  }
  return tree.size === 0 ? undefined : tree;
}

export class Entity {
  readonly path: string;
  readonly href: string;
  /** Cached rendering (no follow). */
  xml: Buffer | undefined;
  removed = false;
  /** Sub-collections by locator path, created on first use. */
  children: Map<string, Collection> | undefined;
  /** Bumped by every state change that cancels the pending transitions. */
  generation = 0;
  /** Behaviour state (next-run changes, seed data for lazy children, ...). */
  readonly state: Record<string, unknown> = {};

  constructor(
    readonly id: string,
    public obj: Obj,
    readonly coll: Collection,
    /** For a reference collection (a VM's tags): the entity referred to. */
    readonly target?: Entity,
  ) {
    this.path = `${coll.path}/${id}`;
    this.href = `${API_PREFIX}/${this.path}`;
    if (target === undefined) {
      // A type without an id (an external import) keeps its id in the URL only: the writer refuses members a type lacks.
      if (hasMember(coll.type, 'id')) obj.id = id;
      obj.href = this.href;
    }
  }

  get type(): string {
    return this.coll.type;
  }

  /** The entity service (its locators and actions). */
  get service(): ServiceInfo {
    return this.coll.itemService;
  }

  /** The entity's data changed: render it again next time. */
  touch(): void {
    this.xml = undefined;
  }

  /** A stub link to this entity, as a member of another one: `{ id, href }` of its type. */
  link(type = this.type): Obj {
    return make(type, { id: this.id, href: this.href });
  }
}

interface ViewRule {
  /** Path of the root collection the view filters. */
  source: string;
  /** The member of the source items that points to the parent entity. */
  member: string;
  /** The member is a list of links. */
  list?: boolean;
}

/** Sub-collections that are views of a root collection (by canonical pattern). */
const VIEWS: Record<string, ViewRule> = {
  'datacenters/*/clusters': { source: 'clusters', member: 'dataCenter' },
  'datacenters/*/networks': { source: 'networks', member: 'dataCenter' },
  'storagedomains/*/disks': { source: 'disks', member: 'storageDomains', list: true },
  'networks/*/vnicprofiles': { source: 'vnicprofiles', member: 'network' },
};

/** Sub-collections whose items refer to entities of a root collection. */
const REFERENCES: Record<string, string> = {
  'vms/*/tags': 'tags',
  'hosts/*/tags': 'tags',
  'templates/*/tags': 'tags',
  'vms/*/affinitylabels': 'affinitylabels',
  'hosts/*/affinitylabels': 'affinitylabels',
  'clusters/*/networks': 'networks',
};

export class Collection {
  readonly items = new Map<string, Entity>();
  /** Own items by exact name (the first one with that name). */
  readonly byName = new Map<string, Entity>();
  readonly itemService: ServiceInfo;
  readonly type: string;
  /** Fills the collection on first use (seeded children). */
  populate: ((c: Collection) => void) | undefined;
  view: { source: Collection; rule: ViewRule } | undefined;
  reference: Collection | undefined;

  constructor(
    readonly store: Store,
    /** Path below the API root: `vms`, `vms/123/nics`. */
    readonly path: string,
    /** Canonical pattern: `vms`, `vms/*\/nics`. */
    readonly pattern: string,
    readonly service: ServiceInfo,
    readonly parent: Entity | undefined,
  ) {
    const loc = idLocator(service);
    this.itemService = loc !== undefined ? SERVICE(loc.service) : service;
    this.type = collectionType(service) ?? entityType(this.itemService) ?? 'identified';
  }

  private fill(): void {
    const populate = this.populate;
    if (populate !== undefined) {
      this.populate = undefined;
      populate(this);
    }
  }

  private passes(e: Entity): boolean {
    const v = this.view!;
    const value = e.obj[v.rule.member];
    const parentId = this.parent!.id;
    if (v.rule.list) return Array.isArray(value) && value.some((x) => (x as Obj)?.id === parentId);
    return (value as Obj | undefined)?.id === parentId;
  }

  /** The items, in insertion order. */
  entities(): Entity[] {
    this.fill();
    if (this.view !== undefined) return this.view.source.entities().filter((e) => this.passes(e));
    const out: Entity[] = [];
    for (const e of this.items.values()) {
      if (e.target !== undefined && e.target.removed) continue;
      out.push(e);
    }
    return out;
  }

  get size(): number {
    this.fill();
    return this.view !== undefined ? this.entities().length : this.items.size;
  }

  get(id: string): Entity | undefined {
    this.fill();
    if (this.view !== undefined) {
      const e = this.view.source.get(id);
      return e !== undefined && this.passes(e) ? e : undefined;
    }
    const e = this.items.get(id);
    if (e?.target?.removed) return undefined;
    return e;
  }

  /** An item by exact name (own and view collections). */
  named(name: string): Entity | undefined {
    this.fill();
    if (this.view !== undefined) {
      for (const e of this.entities()) if (e.obj.name === name) return e;
      return undefined;
    }
    const e = this.byName.get(name);
    return e !== undefined && !e.removed ? e : undefined;
  }

  /** Sets the member a view filters on to its parent (a cluster added to a data center's clusters). */
  implied(obj: Obj): void {
    const rule = this.view!.rule;
    const link = this.parent!.link();
    if (rule.list) {
      const list = Array.isArray(obj[rule.member]) ? (obj[rule.member] as Obj[]) : [];
      if (!list.some((x) => x.id === link.id)) list.push(link);
      obj[rule.member] = list;
    } else {
      obj[rule.member] = link;
    }
  }

  /** Stores a new object (an instance of the collection's type); ids are UUIDs unless given. */
  insert(obj: Obj, id: string = randomUUID()): Entity {
    this.fill();
    if (this.view !== undefined) {
      this.implied(obj);
      return this.view.source.insert(obj, id);
    }
    if (this.items.has(id)) throw new SimulatorFault(409, `[Cannot add ${this.type}. An object with id ${id} already exists.]`);
    const e = new Entity(id, obj, this);
    this.items.set(id, e);
    this.index(e);
    return e;
  }

  /** Adds a reference to an entity of the referenced collection. */
  refer(target: Entity): Entity {
    this.fill();
    const e = new Entity(target.id, target.obj, this, target);
    this.items.set(target.id, e);
    return e;
  }

  index(e: Entity): void {
    const name = e.obj.name;
    if (typeof name === 'string' && !this.byName.has(name)) this.byName.set(name, e);
  }

  /** The entity's name changes from `old`: keep the name index right. */
  renamed(e: Entity, old: unknown): void {
    if (typeof old === 'string' && this.byName.get(old) === e) {
      this.byName.delete(old);
      for (const other of this.items.values()) {
        if (other !== e && other.obj.name === old) {
          this.byName.set(old, other);
          break;
        }
      }
    }
    this.index(e);
  }

  /** Removes an own item (and with it its sub-collections). */
  delete(e: Entity): void {
    if (e.coll !== this) {
      e.coll.delete(e);
      return;
    }
    this.items.delete(e.id);
    if (e.target === undefined) {
      e.removed = true;
      const name = e.obj.name;
      if (typeof name === 'string' && this.byName.get(name) === e) this.renamed(e, name);
    }
  }
}

interface Decoration {
  /** `<actions>…</actions>` split where the entity's href goes. */
  actions: string[] | undefined;
  /** The `<link rel>`s of the sub-collections, split where the href goes. */
  links: string[];
  locators: LocatorInfo[];
}

const decorations = new Map<string, Decoration>();

/** What the engine adds to an entity of a service: actions and sub-collection links, as templates. */
function decoration(svc: ServiceInfo): Decoration {
  let d = decorations.get(svc.name);
  if (d === undefined) {
    const paths = actionPaths(svc);
    const locators = linkLocators(svc);
    const template = (segments: readonly string[], open: string, close: string): string[] => {
      const parts = [`${open}<link href="`];
      segments.forEach((p, i) => parts.push(`/${p}" rel="${p}"/>${i === segments.length - 1 ? close : '<link href="'}`));
      return parts;
    };
    d = {
      actions: paths.length === 0 ? undefined : template(paths, '<actions>', '</actions>'),
      links: locators.length === 0 ? [''] : template(locators.map((l) => l.path!), '', ''),
      locators,
    };
    decorations.set(svc.name, d);
  }
  return d;
}

/** `Collection` needs `service()` under another name (its constructor has a `service` parameter). */
const SERVICE = service;

/** Where a request path leads. */
export interface Route {
  /** The service at the end of the path. */
  svc: ServiceInfo;
  /** A collection service's collection. */
  collection?: Collection;
  /** An entity service's entity. */
  entity?: Entity;
  /** The action path (last segment), for a POST to an action. */
  action?: string;
  /** The canonical pattern (`vms/*\/nics`, `vms/*`). */
  pattern: string;
}

export class Store {
  readonly roots = new Map<string, Collection>();
  /** Fillers of seeded sub-collections, by canonical pattern. */
  readonly populators = new Map<string, (c: Collection) => void>();

  /** The root collection at `path` (`vms`). */
  root(path: string): Collection {
    let c = this.roots.get(path);
    if (c === undefined) {
      const loc = ROOT.locators.find((l) => l.path === path);
      if (loc === undefined) throw new Error(`simulator: no root collection '${path}'`);
      c = new Collection(this, path, path, service(loc.service), undefined);
      this.configure(c);
      this.roots.set(path, c);
    }
    return c;
  }

  /** The sub-collection of `entity` at locator path `seg`. */
  child(entity: Entity, seg: string, svc: ServiceInfo): Collection {
    const owner = entity.target ?? entity;
    owner.children ??= new Map();
    let c = owner.children.get(seg);
    if (c === undefined) {
      c = new Collection(this, `${owner.path}`.concat('/', seg), `${owner.coll.pattern}/*/${seg}`, svc, owner);
      this.configure(c);
      owner.children.set(seg, c);
    }
    return c;
  }

  private configure(c: Collection): void {
    const view = VIEWS[c.pattern];
    if (view !== undefined) c.view = { source: this.root(view.source), rule: view };
    const ref = REFERENCES[c.pattern];
    if (ref !== undefined) c.reference = this.root(ref);
    c.populate = this.populators.get(c.pattern);
  }

  /**
   * Walks a path below the API root (segments already split) through the
   * services' locators. Unknown ids are 404 faults, like unknown paths.
   */
  walk(segments: readonly string[]): Route {
    let svc = ROOT;
    let collection: Collection | undefined;
    let entity: Entity | undefined;
    let pattern = '';
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      const loc = svc.locators.find((l) => l.path === seg);
      if (loc !== undefined) {
        const next = service(loc.service);
        collection = entity === undefined ? this.root(seg) : this.child(entity, seg, next);
        pattern = collection.pattern;
        entity = undefined;
        svc = next;
        continue;
      }
      if (i === segments.length - 1 && svc.methods.some((m) => m.kind === 'action' && m.path === seg)) {
        return { svc, collection, entity, action: seg, pattern };
      }
      const idLoc = idLocator(svc);
      if (idLoc !== undefined && collection !== undefined) {
        const found = collection.get(seg);
        if (found === undefined) throw notFound(seg);
        entity = found;
        pattern = `${found.coll.pattern}/*`;
        collection = undefined;
        svc = service(idLoc.service);
        continue;
      }
      throw new SimulatorFault(404, `No resource at '${API_PREFIX}/${segments.slice(0, i + 1).join('/')}'`, 'Not Found');
    }
    return { svc, collection, entity, pattern };
  }

  /** The entity an href (or a path below the API root) points to, if any. */
  resolve(href: string): Entity | undefined {
    let path = href;
    if (path.startsWith(API_PREFIX)) path = path.slice(API_PREFIX.length);
    const segments = path.split('?')[0].split('/').filter((s) => s !== '');
    try {
      const route = this.walk(segments);
      return route.action === undefined ? route.entity : undefined;
    } catch {
      return undefined;
    }
  }

  // ---- rendering ----

  /** The entity's XML as cached bytes. */
  render(e: Entity): Buffer {
    const shown = e.target ?? e;
    if (shown.xml === undefined) shown.xml = Buffer.from(this.renderText(shown, undefined), 'utf8');
    return shown.xml;
  }

  /**
   * The entity's XML, following the links named in `follow`; `tag` renames
   * the root element; `obj` shows other members than the entity's own (all
   * content), with the entity's actions and links.
   */
  renderText(e: Entity, follow: FollowTree | undefined, tag?: string, obj?: Obj): string {
    const shown = e.target ?? e;
    if (follow === undefined && shown.xml !== undefined && tag === undefined && obj === undefined) return shown.xml.toString('utf8');
    const own = elementTag(shown.type);
    const xml = Writer.write(obj ?? shown.obj);
    const close = `</${own}>`;
    const selfClosing = !xml.endsWith(close);
    const firstEnd = xml.indexOf('>');
    let open = selfClosing ? xml.slice(0, -2) : xml.slice(0, firstEnd);
    let body = selfClosing ? '' : xml.slice(firstEnd + 1, -close.length);
    const deco = decoration(shown.service);
    const href = escapeXml(shown.href);
    const actions = deco.actions === undefined ? '' : deco.actions.join(href);
    const followed = new Set<string>();
    let inlined = '';
    let links: string;
    if (follow === undefined) {
      links = deco.links.join(href);
    } else {
      links = '';
      for (const l of deco.locators) {
        const sub = follow.get(l.name);
        if (sub !== undefined) {
          followed.add(l.name);
          inlined += this.renderList(shown, l.path!, service(l.service), l.name, sub);
        } else {
          links += `<link href="${href}/${l.path}" rel="${l.path}"/>`;
        }
      }
    }
    if (follow !== undefined) {
      for (const [name, sub] of follow) {
        if (followed.has(name)) continue;
        body = this.inlineLink(shown, body, name, sub);
      }
    }
    if (tag !== undefined && tag !== own) open = `<${tag}${open.slice(own.length + 1)}`;
    return `${open}>${actions}${body}${inlined}${links}</${tag ?? own}>`;
  }

  /** A followed sub-collection as the list member element (`<disk_attachments>…`). */
  private renderList(owner: Entity, seg: string, svc: ServiceInfo, name: string, follow: FollowTree): string {
    const c = this.child(owner, seg, svc);
    const tag = memberTag(owner.type, camel(name)) ?? listTag(c.type);
    const deeper = follow.size > 0 ? follow : undefined;
    let out = `<${tag}>`;
    for (const item of c.entities()) out += deeper === undefined ? this.render(item).toString('utf8') : this.renderText(item, deeper);
    return `${out}</${tag}>`;
  }

  /** Replaces the stub of a single link (`<cluster href id/>`) by the full entity. */
  private inlineLink(owner: Entity, body: string, name: string, follow: FollowTree): string {
    const prop = camel(name);
    const value = owner.obj[prop];
    const linkType = typeOf(value);
    if (typeof value !== 'object' || value === null || Array.isArray(value) || linkType === undefined) {
      if (!hasMember(owner.type, prop)) {
        throw badRequest(`Can't follow '${name}': the ${owner.type} type has no such link`);
      }
      return body;
    }
    const link = value as Obj;
    if (typeof link.href !== 'string') return body;
    const target = this.resolve(link.href);
    if (target === undefined) return body;
    const tag = memberTag(owner.type, prop) ?? elementTag(linkType);
    const stub = Writer.write(make(linkType, { href: link.href, id: link.id }), { root: tag });
    const at = body.indexOf(stub);
    if (at < 0) return body;
    const full = this.renderText(target, follow.size > 0 ? follow : undefined, tag);
    return body.slice(0, at) + full + body.slice(at + stub.length);
  }

  /**
   * A list document (`<vms>…</vms>`) of entities of `type`, as parts to
   * send one after the other: the cached XML of each entity is not copied.
   */
  renderListDocument(type: string, entities: readonly Entity[], follow: FollowTree | undefined, content?: (e: Entity) => Obj): Buffer[] {
    const tag = listTag(type);
    if (entities.length === 0) return [Buffer.from(`<${tag}/>`, 'utf8')];
    const parts: Buffer[] = new Array<Buffer>(entities.length + 2);
    parts[0] = Buffer.from(`<${tag}>`, 'utf8');
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i];
      parts[i + 1] =
        follow === undefined && content === undefined ? this.render(e) : Buffer.from(this.renderText(e, follow, undefined, content?.(e)), 'utf8');
    }
    parts[entities.length + 1] = Buffer.from(`</${tag}>`, 'utf8');
    return parts;
  }
}
