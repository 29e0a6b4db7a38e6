/**
 * The API over raw HTTPS: the root document, list/get/add/update/remove on
 * several collections, the wire conventions (href/id attributes, `<link
 * rel>`, `<actions>`), and the engine's faults (404, 400, 409, 405).
 */
import { Reader, types } from '../../lib';
import { fault, useSimulator, xml } from './helpers';

const f = useSimulator();

describe('the API root', () => {
  test('product info, summary, special objects, links to every root collection and search links', async () => {
    const reply = await f.client.get('');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/xml;charset=UTF-8');
    const api = Reader.read(reply.body) as types.Api;
    expect(api).toBeInstanceOf(types.Api);
    expect(api.productInfo?.name).toBe('oVirt Engine');
    expect(api.productInfo?.version?.major).toBe(4);
    expect(api.specialObjects?.blankTemplate?.id).toBe('00000000-0000-0000-0000-000000000000');
    expect(api.summary?.vms?.total).toBe(0);
    expect(api.authenticatedUser?.href).toMatch(/^\/ovirt-engine\/api\/users\//);
    expect(reply.text).toContain('<link href="/ovirt-engine/api/vms" rel="vms"/>');
    expect(reply.text).toContain('<link href="/ovirt-engine/api/vms?search={query}" rel="vms/search"/>');
    expect(reply.text).toContain('<link href="/ovirt-engine/api/datacenters" rel="datacenters"/>');
    expect(reply.text).toContain('<link href="/ovirt-engine/api/events?search={query}" rel="events/search"/>');
    // Every root locator with a path has its link.
    const rels = [...reply.text.matchAll(/rel="([^"]+)"/g)].map((m) => m[1]).filter((r) => !r.endsWith('/search'));
    expect(rels.length).toBeGreaterThanOrEqual(40);
  });

  test('a fresh engine has the Default data center and cluster, the Blank template, the admin user', async () => {
    const dcs = await f.client.read<types.DataCenter[]>('datacenters');
    expect(dcs.map((d) => d.name)).toEqual(['Default']);
    const clusters = await f.client.read<types.Cluster[]>('clusters');
    expect(clusters.map((c) => c.name)).toEqual(['Default']);
    expect(clusters[0].dataCenter?.id).toBe(dcs[0].id);
    const blank = await f.client.read<types.Template>('templates/00000000-0000-0000-0000-000000000000');
    expect(blank.name).toBe('Blank');
    const users = await f.client.read<types.User[]>('users');
    expect(users[0].userName).toBe('admin@internal-authz');
  });
});

describe('VMs', () => {
  let vmId: string;

  test('add: 201, Location, href/id attributes, links for sub-collections, actions', async () => {
    const reply = await f.client.post('vms', xml('vm', '<name>vm-a</name><cluster><name>Default</name></cluster><template><name>Blank</name></template><memory>2147483648</memory>'));
    expect(reply.status).toBe(201);
    const vm = Reader.read(reply.body) as types.Vm;
    vmId = vm.id!;
    expect(vmId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(reply.headers.location).toBe(`${f.engine.url}/vms/${vmId}`);
    expect(reply.text).toMatch(new RegExp(`^<vm href="/ovirt-engine/api/vms/${vmId}" id="${vmId}">`));
    expect(vm.status).toBe('image_locked');
    expect(vm.memory).toBe(2 * 2 ** 30);
    expect(vm.cluster?.href).toMatch(/^\/ovirt-engine\/api\/clusters\//);
    expect(vm.template?.id).toBe('00000000-0000-0000-0000-000000000000');
    expect(reply.text).toContain(`<link href="/ovirt-engine/api/vms/${vmId}/diskattachments" rel="diskattachments"/>`);
    expect(reply.text).toContain(`<link href="/ovirt-engine/api/vms/${vmId}/nics" rel="nics"/>`);
    expect(reply.text).toContain(`<actions><link href="/ovirt-engine/api/vms/${vmId}/`);
    expect(reply.text).toContain(`<link href="/ovirt-engine/api/vms/${vmId}/start" rel="start"/>`);
    // The reader maps the list links to hrefs of the list members.
    expect(vm.nics?.href).toBe(`/ovirt-engine/api/vms/${vmId}/nics`);
    expect(vm.diskAttachments?.href).toBe(`/ovirt-engine/api/vms/${vmId}/diskattachments`);
  });

  test('get and list', async () => {
    const vm = await f.client.read<types.Vm>(`vms/${vmId}`);
    expect(vm.name).toBe('vm-a');
    expect(vm.status).toBe('down'); // image_locked → down after a delay of 0
    const vms = await f.client.read<types.Vm[]>('vms');
    expect(vms.map((v) => v.id)).toEqual([vmId]);
    expect((await f.client.read<types.Api>('')).summary?.vms?.total).toBe(1);
  });

  test('update changes only what is sent; nested structs merge', async () => {
    const reply = await f.client.put(`vms/${vmId}`, xml('vm', '<description>updated</description><cpu><topology><sockets>2</sockets></topology></cpu>'));
    expect(reply.status).toBe(200);
    const vm = Reader.read(reply.body) as types.Vm;
    expect(vm.description).toBe('updated');
    expect(vm.name).toBe('vm-a');
    expect(vm.memory).toBe(2 * 2 ** 30);
    expect(vm.cpu?.topology).toEqual(expect.objectContaining({ sockets: 2, cores: 1, threads: 1 }));
    // A caller cannot set the status.
    await f.client.put(`vms/${vmId}`, xml('vm', '<status>up</status>'));
    expect((await f.client.read<types.Vm>(`vms/${vmId}`)).status).toBe('down');
  });

  test('400 for missing mandatory members, in the engine\'s words', async () => {
    const noCluster = await f.client.post('vms', xml('vm', '<name>x</name><template><name>Blank</name></template>'));
    expect(noCluster.status).toBe(400);
    expect(fault(noCluster)).toEqual(expect.objectContaining({ reason: 'Incomplete parameters', detail: 'Vm [cluster.id|name] required for add' }));
    expect(noCluster.text).toMatch(/^<fault><reason>Incomplete parameters<\/reason><detail>/);
    const noTemplate = await f.client.post('vms', xml('vm', '<name>x</name><cluster><name>Default</name></cluster>'));
    expect(noTemplate.status).toBe(400);
    expect(fault(noTemplate).detail).toBe('Vm [template.id|name] required for add');
    const noName = await f.client.post('vms', xml('vm', '<cluster><name>Default</name></cluster><template><name>Blank</name></template>'));
    expect(fault(noName).detail).toBe('Vm [name] required for add');
  });

  test('a VM from scratch names the Blank template, as the engine requires', async () => {
    const noTemplate = await f.client.post('vms', xml('vm', '<name>scratch</name><cluster><name>Default</name></cluster><memory>1073741824</memory>'));
    expect(fault(noTemplate).detail).toBe('Vm [template.id|name] required for add');
    const reply = await f.client.post('vms', xml('vm', '<name>scratch</name><cluster><name>Default</name></cluster><template><name>Blank</name></template><memory>1073741824</memory><os><type>rhel_9x64</type></os>'));
    expect(reply.status).toBe(201);
    const vm = Reader.read(reply.body) as types.Vm;
    expect(vm.template?.id).toBe('00000000-0000-0000-0000-000000000000');
    expect(vm.os?.type).toBe('rhel_9x64');
  });

  test('409 for a duplicate name, on add and on rename', async () => {
    const dup = await f.client.post('vms', xml('vm', '<name>vm-a</name><cluster><name>Default</name></cluster><template><name>Blank</name></template>'));
    expect(dup.status).toBe(409);
    expect(fault(dup)).toEqual(expect.objectContaining({ reason: 'Operation Failed', detail: '[Cannot add VM. The given name is already in use.]' }));
    const rename = await f.client.put(`vms/${vmId}`, xml('vm', '<name>scratch</name>'));
    expect(rename.status).toBe(409);
    expect(fault(rename).detail).toBe('[Cannot update VM. The given name is already in use.]');
  });

  test('404 for unknown ids, also behind them and for actions; for linked entities that do not exist', async () => {
    const missing = await f.client.get('vms/00000000-1111-2222-3333-444444444444');
    expect(missing.status).toBe(404);
    expect(fault(missing)).toEqual(expect.objectContaining({ reason: 'Operation Failed', detail: 'Entity not found: 00000000-1111-2222-3333-444444444444' }));
    expect((await f.client.get('vms/nope/nics')).status).toBe(404);
    expect((await f.client.post('vms/nope/start', '<action/>')).status).toBe(404);
    expect((await f.client.delete('vms/nope')).status).toBe(404);
    expect((await f.client.put('vms/nope', '<vm/>')).status).toBe(404);
    const badCluster = await f.client.post('vms', xml('vm', '<name>y</name><cluster><name>no-such</name></cluster><template><name>Blank</name></template>'));
    expect(badCluster.status).toBe(404);
    expect(fault(badCluster).detail).toBe('Entity not found: Cluster: name=no-such');
  });

  test('unknown paths are 404 faults; wrong verbs 405; bad bodies 400', async () => {
    const unknown = await f.client.get('nosuchthing');
    expect(unknown.status).toBe(404);
    expect(fault(unknown).detail).toContain('/ovirt-engine/api/nosuchthing');
    expect((await f.client.get(`vms/${vmId}/nosuchthing`)).status).toBe(404);
    expect((await f.client.get('/ovirt-engine/elsewhere')).status).toBe(404);
    expect((await f.client.put('vms', '<vm/>')).status).toBe(405);
    expect((await f.client.get(`vms/${vmId}/start`)).status).toBe(405);
    const wrongType = await f.client.post('vms', '<host><name>h</name></host>');
    expect(wrongType.status).toBe(400);
    expect(fault(wrongType).detail).toMatch(/must be a 'vm' document, got a 'host'/);
    expect((await f.client.post('vms', '<vm><name>unclosed</vm>')).status).toBe(400);
    expect((await f.client.post('vms', '')).status).toBe(400);
  });

  test('remove: 200 and gone', async () => {
    const reply = await f.client.delete(`vms/${vmId}`);
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBe(0);
    expect((await f.client.get(`vms/${vmId}`)).status).toBe(404);
  });
});

describe('other collections', () => {
  test('data centers, clusters (also through the data center), hosts, tags', async () => {
    const dc = Reader.read((await f.client.post('datacenters', xml('data_center', '<name>dc2</name><local>false</local>'))).body) as types.DataCenter;
    expect(dc.status).toBe('uninitialized');
    const cluster = await f.client.post(`datacenters/${dc.id}/clusters`, xml('cluster', '<name>cl2</name>'));
    expect(cluster.status).toBe(201);
    const cl = Reader.read(cluster.body) as types.Cluster;
    expect(cl.dataCenter?.id).toBe(dc.id);
    expect((await f.client.read<types.Cluster[]>(`datacenters/${dc.id}/clusters`)).map((c) => c.name)).toEqual(['cl2']);
    expect((await f.client.read<types.Cluster[]>('clusters')).map((c) => c.name)).toEqual(['Default', 'cl2']);
    const noDc = await f.client.post('clusters', xml('cluster', '<name>lonely</name>'));
    expect(fault(noDc).detail).toBe('Cluster [data_center.id|name] required for add');

    const host = await f.client.post('hosts', xml('host', `<name>h1</name><address>h1.example.com</address><root_password>x</root_password><cluster id="${cl.id}"/>`));
    expect(host.status).toBe(201);
    const h = Reader.read(host.body) as types.Host;
    expect(h.status).toBe('installing');
    expect(h.rootPassword).toBeUndefined();
    expect((await f.client.read<types.Host>(`hosts/${h.id}`)).status).toBe('up');
    expect(fault(await f.client.post('hosts', xml('host', '<name>h2</name>'))).detail).toBe('Host [address] required for add');
    // Without a cluster, a host joins the one named Default.
    const inDefault = Reader.read((await f.client.post('hosts', xml('host', '<name>h3</name><address>h3.example.com</address>'))).body) as types.Host;
    expect((await f.client.read<types.Cluster>(`clusters/${inDefault.cluster!.id}`)).name).toBe('Default');

    const tag = Reader.read((await f.client.post('tags', xml('tag', '<name>prod</name>'))).body) as types.Tag;
    expect(tag.parent?.id).toBe('00000000-0000-0000-0000-000000000000');
    expect((await f.client.post('tags', xml('tag', '<name>prod</name>'))).status).toBe(409);
    const renamed = await f.client.put(`tags/${tag.id}`, xml('tag', '<name>production</name>'));
    expect((Reader.read(renamed.body) as types.Tag).name).toBe('production');
    expect((await f.client.delete(`tags/${tag.id}`)).status).toBe(200);
    expect((await f.client.read<types.Tag[]>('tags')).map((t) => t.name)).toEqual(['root']);
  });

  test('a VM\'s NICs and tags', async () => {
    const vm = Reader.read((await f.client.post('vms', xml('vm', '<name>with-nics</name><cluster><name>Default</name></cluster><template><name>Blank</name></template>'))).body) as types.Vm;
    const nic = await f.client.post(`vms/${vm.id}/nics`, xml('nic', '<name>nic1</name>'));
    expect(nic.status).toBe(201);
    const n = Reader.read(nic.body) as types.Nic;
    expect(n.href).toBe(`/ovirt-engine/api/vms/${vm.id}/nics/${n.id}`);
    expect(n.mac?.address).toMatch(/^56:6f:4a:/);
    expect(n.interface).toBe('virtio');
    expect((await f.client.post(`vms/${vm.id}/nics`, xml('nic', '<name>nic1</name>'))).status).toBe(409);
    expect(fault(await f.client.post(`vms/${vm.id}/nics`, xml('nic', '<interface>e1000</interface>'))).detail).toBe('Nic [name] required for add');
    expect((await f.client.read<types.Nic[]>(`vms/${vm.id}/nics`)).map((x) => x.name)).toEqual(['nic1']);

    const tag = Reader.read((await f.client.post('tags', xml('tag', '<name>web</name>'))).body) as types.Tag;
    expect((await f.client.post(`vms/${vm.id}/tags`, xml('tag', '<name>web</name>'))).status).toBe(201);
    expect((await f.client.post(`vms/${vm.id}/tags`, `<tag id="${tag.id}"/>`)).status).toBe(409);
    expect((await f.client.post(`vms/${vm.id}/tags`, xml('tag', '<name>nope</name>'))).status).toBe(404);
    expect((await f.client.read<types.Tag[]>(`vms/${vm.id}/tags`)).map((t) => t.name)).toEqual(['web']);
    expect((await f.client.read<types.Vm[]>('vms?search=tag%3Dweb')).map((v) => v.name)).toEqual(['with-nics']);
    expect((await f.client.delete(`vms/${vm.id}/tags/${tag.id}`)).status).toBe(200);
    expect(await f.client.read<types.Tag[]>(`vms/${vm.id}/tags`)).toEqual([]);
    expect((await f.client.read<types.Tag[]>('tags')).map((t) => t.name)).toContain('web'); // unassigned, not removed
  });

  test('empty collections are empty list documents', async () => {
    const reply = await f.client.get('bookmarks');
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('<bookmarks/>');
    expect(Reader.read(reply.body)).toEqual([]);
  });

  test('every root collection can be listed', async () => {
    const api = (await f.client.get('')).text;
    const rels = [...api.matchAll(/rel="([^"/]+)"/g)].map((m) => m[1]);
    for (const rel of rels) {
      const reply = await f.client.get(rel);
      if (rel === 'externalvmimports' || rel === 'externaltemplateimports' || rel === 'options') {
        expect(reply.status).toBe(405); // services without a list method
        continue;
      }
      if (reply.status !== 200) throw new Error(`GET ${rel}: ${reply.status} ${reply.text}`);
      expect(Array.isArray(Reader.read(reply.body))).toBe(true);
    }
  });
});
