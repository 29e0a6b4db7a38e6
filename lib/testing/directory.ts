/**
 * Users, groups, roles and permissions as an installed engine has them:
 * the `internal-authz` directory domain (with `admin`, and the users and
 * groups the options add, as `ovirt-aaa-jdbc-tool` would), the predefined
 * roles with their permits, and the SuperUser permission of `admin` on the
 * whole system. Users and groups are added to the engine from a directory
 * (`POST /users` with `user_name` and `domain`), roles made from permits,
 * permissions given on objects.
 */
import { createHash } from 'node:crypto';
import type { AddHook, DirectoryOptions, Engine, RemoveHook, UpdateHook } from './engine';
import { badRequest, conflict, notFound } from './faults';
import { make, type Obj } from './model';
import { PERMITS, PREDEFINED_ROLES } from './roles';
import type { Collection, Entity } from './store';

export const INTERNAL_DOMAIN = 'internal-authz';

/** A name-based UUID (version 3, MD5), as the engine makes a directory domain's id from its name. */
export function nameUuid(name: string): string {
  const b = createHash('md5').update(name, 'utf8').digest();
  b[6] = (b[6] & 0x0f) | 0x30;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A user's or group's domain, as the engine writes it: the link with the domain's name. */
function domainLink(domain: Entity): Obj {
  return make('domain', { id: domain.id, href: domain.href, name: domain.obj.name });
}

/** A directory entry of a user or group: what a search of the domain finds. */
function entry(kind: 'user' | 'group', domain: Entity, name: string): Obj {
  const id = nameUuid(`${domain.obj.name as string}/${kind}/${name}`);
  const common = { id, namespace: '*', domainEntryId: Buffer.from(id).toString('hex').slice(0, 32), domain: domainLink(domain) };
  return kind === 'user'
    ? make('user', { ...common, name, userName: `${name}@${domain.obj.name as string}`, principal: name, lastName: '', email: '', department: '' })
    : make('group', { ...common, name });
}

/** A directory entry goes in under its own (name-based) id, so it is the same on every run. */
function insertEntry(c: Collection, e: Obj): void {
  c.insert(e, e.id as string);
}

/**
 * Sets up the directory, the roles and admin's permission. `admin` is the
 * engine's user entity (already in `/users`).
 */
export function installDirectory(engine: Engine, admin: Entity, options: DirectoryOptions): void {
  const domainName = String((admin.obj.domain as Obj | undefined)?.name ?? INTERNAL_DOMAIN);
  const domain = engine.root('domains').insert(make('domain', { name: domainName }), nameUuid(domainName));
  admin.obj.domain = domainLink(domain);
  const users = [String(admin.obj.principal), ...(options.users ?? [])];
  const groups = [...(options.groups ?? [])];
  for (const [kind, names] of [['users', users], ['groups', groups]] as const) {
    const bad = names.find((n) => typeof n !== 'string' || n === '' || n.includes('@'));
    if (bad !== undefined) throw new TypeError(`directory.${kind}: names without the domain, got ${JSON.stringify(bad)}`);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice !== undefined) {
      throw new TypeError(`directory.${kind}: ${JSON.stringify(twice)} is ${kind === 'users' && twice === users[0] ? 'the engine\'s own user, in the directory already' : 'listed twice'}`);
    }
  }
  engine.store.populators.set('domains/*/users', (c) => {
    for (const n of users) insertEntry(c, entry('user', c.parent!, n));
  });
  engine.store.populators.set('domains/*/groups', (c) => {
    for (const n of groups) insertEntry(c, entry('group', c.parent!, n));
  });

  const roles = engine.root('roles');
  for (const r of PREDEFINED_ROLES) {
    const role = roles.insert(make('role', { name: r.name, description: r.description, administrative: r.administrative, mutable: false }), r.id);
    role.state.permits = r.permits ?? [...PERMITS.keys()];
  }
  engine.store.populators.set('roles/*/permits', (c) => {
    for (const id of (c.parent!.state.permits as number[] | undefined) ?? []) c.insert(permit(id, c.parent!), String(id));
  });

  const superUser = roles.get(PREDEFINED_ROLES[0].id)!;
  const systemPermission = make('permission', { role: superUser.link('role'), user: admin.link('user') });
  const id = nameUuid('permission/admin/SuperUser');
  engine.root('permissions').insert(systemPermission, id);
  engine.store.populators.set('users/*/permissions', (c) => {
    if (c.parent === admin) c.insert(make('permission', { role: superUser.link('role'), user: admin.link('user') }), id);
  });
}

function permit(id: number, role: Entity): Obj {
  const [name, administrative] = PERMITS.get(id)!;
  return make('permit', { name, administrative, role: role.link('role') });
}

/** The directory domain a user or group names (`domain` by id or name, or `name@domain`). */
function domainOf(engine: Engine, obj: Obj, fullName: string): Entity {
  const given = obj.domain as Obj | undefined;
  const domains = engine.root('domains');
  if (typeof given?.id === 'string') return domains.get(given.id) ?? (() => { throw badRequest(`Domain: '${given.id as string}' does not exist.`); })();
  const name = typeof given?.name === 'string' ? given.name : fullName.includes('@') ? fullName.slice(fullName.indexOf('@') + 1) : undefined;
  const found = name === undefined ? undefined : domains.named(name);
  if (found === undefined) throw notFound(`Domain: name=${name ?? ''}`);
  return found;
}

/** `POST /users`: a user of a directory becomes a user of the engine. */
export const addUser: AddHook = (engine, coll, obj) => {
  const userName = String(obj.userName);
  const domain = domainOf(engine, obj, userName);
  const principal = userName.includes('@') ? userName.slice(0, userName.indexOf('@')) : userName;
  const found = engine.childOf(domain, 'users').entities().find((e) => e.obj.principal === principal);
  if (found === undefined) throw badRequest(`No such user: ${userName} in domain ${domain.obj.name as string}`);
  if (coll.entities().some((u) => u.obj.userName === found.obj.userName)) throw conflict('Cannot add User. The user is already in the system.');
  const user = coll.insert(make('user', { ...copyOf(found), id: undefined, href: undefined }));
  engine.event(149, `User ${found.obj.userName as string} was added successfully to the system by ${engine.actor}.`);
  return user;
};

/** `POST /groups`: a group of a directory becomes a group of the engine. */
export const addGroup: AddHook = (engine, coll, obj) => {
  const fullName = String(obj.name);
  const domain = domainOf(engine, obj, fullName);
  const name = fullName.includes('@') ? fullName.slice(0, fullName.indexOf('@')) : fullName;
  const found = engine.childOf(domain, 'groups').named(name);
  if (found === undefined) throw badRequest(`No such group: ${fullName} in domain ${domain.obj.name as string}`);
  if (coll.named(name) !== undefined) throw conflict('Cannot add Group. The group is already in the system.');
  return coll.insert(make('group', { ...copyOf(found), id: undefined, href: undefined }));
};

function copyOf(e: Entity): Record<string, unknown> {
  return { ...e.obj };
}

/** `POST /roles`: a role made of permits (by id). */
export const addRole: AddHook = (engine, coll, obj, _query, inline) => {
  const given = (inline.permits ?? []) as Obj[];
  const ids = given.map((p) => Number(p.id));
  const unknown = given.find((_p, i) => !PERMITS.has(ids[i]));
  if (unknown !== undefined) throw notFound(String(unknown.id));
  obj.mutable = true;
  obj.administrative ??= ids.some((id) => PERMITS.get(id)![1]);
  const role = engine.insert(coll, obj);
  role.state.permits = [...new Set(ids)];
  return role;
};

function readOnly(operation: string): (role: Entity) => void {
  return (role) => {
    if (role.obj.mutable === false) throw conflict(`Cannot ${operation} Role. This Role is read-only and cannot be ${operation === 'remove' ? 'removed' : 'changed'}.`);
  };
}

export const updateRole: UpdateHook = (_engine, role) => {
  readOnly('update')(role);
  return false;
};

export const removeRole: RemoveHook = (engine, role) => {
  readOnly('remove')(role);
  if (engine.root('permissions').entities().some((p) => (p.obj.role as Obj | undefined)?.id === role.id)) {
    throw conflict('Cannot remove Role. The Role is in use by one or more permissions.');
  }
  engine.delete(role);
};

/** The member of a permission that names the object it is given on, by the object's type. */
const OWNER: Record<string, string> = {
  vm: 'vm',
  host: 'host',
  cluster: 'cluster',
  data_center: 'dataCenter',
  template: 'template',
  storage_domain: 'storageDomain',
  disk: 'disk',
  vm_pool: 'vmPool',
  user: 'user',
  group: 'group',
};

/** A permission added on an object (`vms/{id}/permissions`): the object it is on, and its role and user or group resolved. */
export const addPermission: AddHook = (engine, coll, obj) => {
  engine.resolveLinks(obj);
  const owner = coll.parent;
  const member = owner === undefined ? undefined : OWNER[owner.type];
  if (owner !== undefined && member !== undefined) obj[member] = owner.link();
  if (obj.user === undefined && obj.group === undefined) throw conflict('Cannot add Permission. The permission needs a user or a group.');
  const duplicate = coll.entities().some(
    (p) => (p.obj.role as Obj | undefined)?.id === (obj.role as Obj).id && ((p.obj.user as Obj | undefined)?.id ?? (p.obj.group as Obj | undefined)?.id) === ((obj.user as Obj | undefined)?.id ?? (obj.group as Obj | undefined)?.id),
  );
  if (duplicate) throw conflict('Cannot add Permission. Permission already exists.');
  return coll.insert(obj);
};

/** Patterns of the permission collections of objects. */
export const PERMISSION_COLLECTIONS = ['permissions', ...['vms', 'hosts', 'clusters', 'datacenters', 'templates', 'storagedomains', 'disks', 'vmpools', 'users', 'groups'].map((p) => `${p}/*/permissions`)];

