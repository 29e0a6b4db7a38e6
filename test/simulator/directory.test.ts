/**
 * Users, groups, roles and permissions as on an installed engine: the
 * internal-authz directory domain, users and groups added from it, the
 * predefined roles and their permits, permissions on objects.
 */
import { Reader, types } from '../../lib';
import { EngineSimulator } from '../../lib/testing';
import { Client, fault, useSimulator, xml } from './helpers';

const f = useSimulator({ seed: { vms: 3 }, directory: { users: ['myuser1', 'auditor'], groups: ['developers'] } });

describe('the directory domain', () => {
  test('internal-authz is listed, with admin and the users and groups of the directory', async () => {
    const domains = await f.client.read<types.Domain[]>('domains');
    expect(domains.map((d) => d.name)).toEqual(['internal-authz']);
    // The engine's id of a directory domain is a name-based UUID of its name.
    expect(domains[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const users = await f.client.read<types.User[]>(`domains/${domains[0].id}/users`);
    expect(users.map((u) => u.userName)).toEqual(['admin@internal-authz', 'myuser1@internal-authz', 'auditor@internal-authz']);
    expect(users[1].principal).toBe('myuser1');
    expect(users[1].domain?.id).toBe(domains[0].id);
    const found = await f.client.read<types.User[]>(`domains/${domains[0].id}/users?search=${encodeURIComponent('usrname=myuser1*')}`);
    expect(found.map((u) => u.principal)).toEqual(['myuser1']);
    expect((await f.client.read<types.Group[]>(`domains/${domains[0].id}/groups`)).map((g) => g.name)).toEqual(['developers']);
  });

  test('a directory user or group has the same id on every simulator (a name-based UUID, as the domain\'s)', async () => {
    const ids = async (client: Client): Promise<string[]> => {
      const [domain] = await client.read<types.Domain[]>('domains');
      const users = await client.read<types.User[]>(`domains/${domain.id}/users`);
      const groups = await client.read<types.Group[]>(`domains/${domain.id}/groups`);
      return [...users, ...groups].map((e) => e.id!);
    };
    const first = await ids(f.client);
    expect(first).toHaveLength(4);
    for (const id of first) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const other = await EngineSimulator.start({ delays: 0, directory: { users: ['myuser1', 'auditor'], groups: ['developers'] } });
    const client = new Client(other);
    try {
      await client.login();
      expect(await ids(client)).toEqual(first);
    } finally {
      client.close();
      await other.stop();
    }
  });

  test('the directory option refuses a name listed twice, or admin listed again', async () => {
    await expect(EngineSimulator.start({ directory: { users: ['admin'] } })).rejects.toBeInstanceOf(TypeError);
    await expect(EngineSimulator.start({ directory: { users: ['admin', 'bob'] } })).rejects.toThrow(new TypeError('directory.users: "admin" is the engine\'s own user, in the directory already'));
    await expect(EngineSimulator.start({ directory: { users: ['bob', 'carol', 'bob'] } })).rejects.toThrow(new TypeError('directory.users: "bob" is listed twice'));
    await expect(EngineSimulator.start({ directory: { groups: ['devs', 'devs'] } })).rejects.toThrow(new TypeError('directory.groups: "devs" is listed twice'));
    await expect(EngineSimulator.start({ directory: { users: ['bob@internal-authz'] } })).rejects.toThrow(new TypeError('directory.users: names without the domain, got "bob@internal-authz"'));
  });

  test('the engine\'s users: admin at first; a directory user added by user_name and domain, found by usrname', async () => {
    const before = await f.client.read<types.User[]>('users');
    expect(before.map((u) => u.userName)).toEqual(['admin@internal-authz']);
    const added = await f.client.post('users', xml('user', '<user_name>myuser1@internal-authz</user_name><domain><name>internal-authz</name></domain>'));
    expect(added.status).toBe(201);
    const user = Reader.read(added.body) as types.User;
    expect(user.userName).toBe('myuser1@internal-authz');
    expect(user.domain?.name).toBe('internal-authz');
    const byName = await f.client.read<types.User[]>(`users?search=${encodeURIComponent('usrname=myuser1@internal-authz')}`);
    expect(byName.map((u) => u.id)).toEqual([user.id]);
    expect(fault(await f.client.post('users', xml('user', '<user_name>myuser1@internal-authz</user_name><domain><name>internal-authz</name></domain>'))).detail).toMatch(/already in the system/);
    // The domain may come from the user name alone.
    expect((await f.client.post('users', xml('user', '<user_name>auditor@internal-authz</user_name>'))).status).toBe(201);
    const nobody = await f.client.post('users', xml('user', '<user_name>nobody</user_name><domain><name>internal-authz</name></domain>'));
    expect(nobody.status).toBe(400);
    expect(fault(nobody).detail).toBe('No such user: nobody in domain internal-authz');
    expect(fault(await f.client.post('users', xml('user', '<user_name>nobody</user_name>'))).detail).toBe('User [domain.id|name] required for add');
    expect((await f.client.post('users', xml('user', '<user_name>x</user_name><domain><name>nope</name></domain>'))).status).toBe(404);
  });

  test('a directory group is added by name and domain', async () => {
    const reply = await f.client.post('groups', xml('group', '<name>developers</name><domain><name>internal-authz</name></domain>'));
    expect(reply.status).toBe(201);
    expect((await f.client.read<types.Group[]>('groups')).map((g) => g.name)).toEqual(['developers']);
    expect((await f.client.post('groups', xml('group', '<name>testers</name><domain><name>internal-authz</name></domain>'))).status).toBe(400);
  });
});

describe('roles', () => {
  test('the predefined roles, with their permits', async () => {
    const roles = await f.client.read<types.Role[]>('roles');
    const names = roles.map((r) => r.name);
    for (const name of ['SuperUser', 'UserRole', 'UserVmManager', 'GlusterAdmin', 'ClusterAdmin', 'DataCenterAdmin', 'PowerUserRole', 'TemplateAdmin', 'StorageAdmin', 'HostAdmin', 'NetworkAdmin']) {
      expect(names).toContain(name);
    }
    const superUser = roles.find((r) => r.name === 'SuperUser')!;
    expect(superUser).toEqual(expect.objectContaining({ id: '00000000-0000-0000-0000-000000000001', administrative: true, mutable: false }));
    const userRole = roles.find((r) => r.name === 'UserRole')!;
    expect(userRole.id).toBe('00000000-0000-0000-0001-000000000001');
    expect(userRole.administrative).toBe(false);
    const permits = await f.client.read<types.Permit[]>(`roles/${userRole.id}/permits`);
    const permitNames = permits.map((p) => p.name);
    expect(permitNames).toEqual(expect.arrayContaining(['login', 'run_vm', 'stop_vm', 'shut_down_vm', 'change_vm_cd', 'connect_to_vm']));
    expect(permitNames).not.toContain('create_vm');
    expect(permits.find((p) => p.name === 'login')).toEqual(expect.objectContaining({ id: '1300', administrative: false }));
    expect(permits[0].role?.id).toBe(userRole.id);
    const all = await f.client.read<types.Permit[]>(`roles/${superUser.id}/permits`);
    expect(all.length).toBeGreaterThan(90);
    expect(all.find((p) => p.name === 'configure_engine')?.administrative).toBe(true);
  });

  test('a role made of permits; predefined roles cannot change', async () => {
    const reply = await f.client.post('roles', xml('role', '<name>VmStarter</name><permits><permit id="1300"/><permit id="22"/></permits>'));
    expect(reply.status).toBe(201);
    const role = Reader.read(reply.body) as types.Role;
    expect(role.mutable).toBe(true);
    expect(role.administrative).toBe(false);
    expect((await f.client.read<types.Permit[]>(`roles/${role.id}/permits`)).map((p) => p.name)).toEqual(['login', 'run_vm']);
    expect(fault(await f.client.post('roles', xml('role', '<name>Empty</name>'))).detail).toBe('Role [permits.id] required for add');
    expect((await f.client.post('roles', xml('role', '<name>Bad</name><permits><permit id="99999"/></permits>'))).status).toBe(404);
    expect((await f.client.post('roles', xml('role', '<name>UserRole</name><permits><permit id="1300"/></permits>'))).status).toBe(409);
    expect((await f.client.delete('roles/00000000-0000-0000-0001-000000000001')).status).toBe(409);
    expect((await f.client.put('roles/00000000-0000-0000-0001-000000000001', xml('role', '<description>x</description>'))).status).toBe(409);
    expect((await f.client.delete(`roles/${role.id}`)).status).toBe(200);
  });
});

describe('permissions', () => {
  test('admin is SuperUser on the whole system', async () => {
    const [admin] = await f.client.read<types.User[]>(`users?search=${encodeURIComponent('usrname=admin@internal-authz')}`);
    const system = await f.client.read<types.Permission[]>('permissions');
    expect(system).toHaveLength(1);
    expect(system[0].role?.id).toBe('00000000-0000-0000-0000-000000000001');
    expect(system[0].user?.id).toBe(admin.id);
    expect((await f.client.read<types.Permission[]>(`users/${admin.id}/permissions`)).map((p) => p.role?.id)).toEqual(['00000000-0000-0000-0000-000000000001']);
  });

  test('a role given to a user on a VM, by the role\'s name', async () => {
    const [vm] = await f.client.read<types.Vm[]>('vms?max=1');
    const [user] = await f.client.read<types.User[]>(`users?search=${encodeURIComponent('usrname=myuser1@internal-authz')}`);
    const reply = await f.client.post(`vms/${vm.id}/permissions`, xml('permission', `<role><name>UserVmManager</name></role><user id="${user.id}"/>`));
    expect(reply.status).toBe(201);
    const permission = Reader.read(reply.body) as types.Permission;
    expect(permission.role?.id).toBe('def00006-0000-0000-0000-def000000006');
    expect(permission.vm?.id).toBe(vm.id);
    expect((await f.client.read<types.Permission[]>(`vms/${vm.id}/permissions`)).map((p) => p.user?.id)).toEqual([user.id]);
    expect((await f.client.post(`vms/${vm.id}/permissions`, xml('permission', `<role><name>UserVmManager</name></role><user id="${user.id}"/>`))).status).toBe(409);
    expect((await f.client.post(`vms/${vm.id}/permissions`, xml('permission', `<role><name>NoSuchRole</name></role><user id="${user.id}"/>`))).status).toBe(404);
    expect(fault(await f.client.post(`vms/${vm.id}/permissions`, xml('permission', '<user><name>x</name></user>'))).detail).toMatch(/^Permission \[role.id\|name/);
  });
});
