/**
 * Queries: search (wildcards, and/or, case, sortby, page), max, follow,
 * all_content.
 */
import { Reader, types } from '../../lib';
import { parseSearch } from '../../lib/testing/search';
import { fault, useSimulator } from './helpers';

const f = useSimulator({ seed: { random: 7, dataCenters: 2, clusters: 2, hosts: 4, storageDomains: 2, vms: 300, disksPerVm: 2, nicsPerVm: 2 } });

const names = async (query: string): Promise<string[]> => (await f.client.read<types.Vm[]>(`vms?${query}`)).map((v) => v.name!);
const search = (text: string, extra = ''): Promise<string[]> => names(`search=${encodeURIComponent(text)}${extra}`);

describe('the search language', () => {
  test('parses conditions, and/or, sortby and page', () => {
    expect(parseSearch('name=web* and status=up sortby name desc page 2')).toEqual({
      where: { kind: 'and', left: { kind: 'cond', field: 'name', op: '=', value: 'web*' }, right: { kind: 'cond', field: 'status', op: '=', value: 'up' } },
      sort: [{ field: 'name', descending: true }],
      page: 2,
    });
    expect(parseSearch('Vms: name = "a b" or memory>=4096').where).toEqual({
      kind: 'or',
      left: { kind: 'cond', field: 'name', op: '=', value: 'a b' },
      right: { kind: 'cond', field: 'memory', op: '>=', value: '4096' },
    });
    expect(parseSearch('sortby name').where).toBeUndefined();
  });

  test('syntax errors and unknown fields are 400 faults', async () => {
    const bad = await f.client.get(`vms?search=${encodeURIComponent('name=')}`);
    expect(bad.status).toBe(400);
    expect(fault(bad).detail).toMatch(/Search query syntax error/);
    const unknown = await f.client.get(`vms?search=${encodeURIComponent('colour=red')}`);
    expect(unknown.status).toBe(400);
    expect(fault(unknown).detail).toMatch(/'colour' is not a property of VM/);
    expect((await f.client.get(`vms?search=${encodeURIComponent('name=a page 0')}`)).status).toBe(400);
  });
});

describe('search', () => {
  let all: types.Vm[];
  beforeAll(async () => {
    all = await f.client.read<types.Vm[]>('vms');
  });

  test('name= with * wildcards', async () => {
    const expected = all.filter((v) => v.name!.startsWith('web-')).map((v) => v.name);
    expect(expected.length).toBeGreaterThan(10);
    expect(await search('name=web-*')).toEqual(expected);
    expect(await search('name=*-0001')).toEqual([all[0].name]);
    expect(await search(`name=${all[5].name}`)).toEqual([all[5].name]);
    expect(await search('name=nothing-like-this*')).toEqual([]);
  });

  test('status= and and', async () => {
    const up = all.filter((v) => v.status === 'up');
    expect(up.length).toBeGreaterThan(100);
    expect(await search('status=up')).toEqual(up.map((v) => v.name));
    expect(await search('status=up and name=db-*')).toEqual(up.filter((v) => v.name!.startsWith('db-')).map((v) => v.name));
    expect(await search('name=db-* status=up')).toEqual(await search('status=up and name=db-*')); // and is implied
    expect(await search('status!=up')).toEqual(all.filter((v) => v.status !== 'up').map((v) => v.name));
    expect(await search('status=down or status=suspended')).toEqual(all.filter((v) => v.status === 'down' || v.status === 'suspended').map((v) => v.name));
  });

  test('case-insensitive unless case_sensitive=true', async () => {
    const web = await search('name=web-*');
    expect(await search('name=WEB-*')).toEqual(web);
    expect(await search('STATUS=UP')).toEqual(await search('status=up'));
    expect(await search('name=WEB-*', '&case_sensitive=true')).toEqual([]);
    expect(await search('name=web-*', '&case_sensitive=true')).toEqual(web);
  });

  test('sortby name asc|desc, page N with max as the page size', async () => {
    const sorted = all.map((v) => v.name!).sort();
    expect(await search('sortby name asc')).toEqual(sorted);
    expect(await search('sortby name desc')).toEqual([...sorted].reverse());
    expect(await search('name=* sortby name desc page 1', '&max=10')).toEqual([...sorted].reverse().slice(0, 10));
    expect(await search('name=* sortby name desc page 3', '&max=10')).toEqual([...sorted].reverse().slice(20, 30));
    expect(await search('sortby name page 2')).toEqual(sorted.slice(100, 200)); // pages of 100 without max
    expect(await search('sortby name page 99', '&max=10')).toEqual([]);
  });

  test('links by the linked entity\'s name, memory in MB, os, ip', async () => {
    const cluster = (await f.client.read<types.Cluster[]>('clusters'))[1];
    const inCluster = all.filter((v) => v.cluster?.id === cluster.id).map((v) => v.name);
    expect(await search(`cluster=${cluster.name}`)).toEqual(inCluster);
    const big = all.filter((v) => v.memory! >= 16 * 2 ** 30).map((v) => v.name);
    expect(await search('memory>=16384')).toEqual(big);
    const rhel9 = all.filter((v) => v.os?.type === 'rhel_9x64').map((v) => v.name);
    expect(await search('os=rhel_9x64')).toEqual(rhel9);
    const anUp = all.find((v) => v.status === 'up')!;
    const devices = await f.client.read<types.ReportedDevice[]>(`vms/${anUp.id}/reporteddevices`);
    const ip = devices[0].ips![0].address!;
    expect(await search(`ip=${ip}`)).toEqual([anUp.name]);
    const host = await f.client.read<types.Host>(anUp.host!.href!.replace('/ovirt-engine/api/', ''));
    expect(await search(`host=${host.name}`)).toEqual(all.filter((v) => v.host?.id === host.id).map((v) => v.name));
  });

  test('max limits any list; search on other collections', async () => {
    expect(await names('max=5')).toEqual(all.slice(0, 5).map((v) => v.name));
    expect(await names('max=0')).toEqual([]);
    expect((await f.client.get('vms?max=x')).status).toBe(400);
    const hosts = await f.client.read<types.Host[]>(`hosts?search=${encodeURIComponent('status=up sortby name desc')}`);
    expect(hosts.every((h) => h.status === 'up')).toBe(true);
    expect(hosts.map((h) => h.name)).toEqual(hosts.map((h) => h.name!).sort().reverse());
    const disks = await f.client.read<types.Disk[]>(`disks?search=${encodeURIComponent(`name=${all[0].name}_Disk*`)}`);
    expect(disks.map((d) => d.name)).toEqual([`${all[0].name}_Disk1`, `${all[0].name}_Disk2`]);
  });

  test('all_content is accepted', async () => {
    const reply = await f.client.get('vms?all_content=true&max=2', { headers: { 'All-Content': 'true' } });
    expect(reply.status).toBe(200);
    expect((Reader.read(reply.body) as types.Vm[]).length).toBe(2);
  });
});

describe('follow', () => {
  test('inlines linked collections in a list, instead of their <link>', async () => {
    const reply = await f.client.get('vms?max=3&follow=disk_attachments,nics');
    const vms = Reader.read(reply.body) as types.Vm[];
    expect(vms).toHaveLength(3);
    for (const vm of vms) {
      expect(vm.diskAttachments).toHaveLength(2);
      expect(vm.diskAttachments![0]).toBeInstanceOf(types.DiskAttachment);
      expect(vm.diskAttachments![0].bootable).toBe(true);
      expect(vm.diskAttachments![0].disk?.href).toMatch(/^\/ovirt-engine\/api\/disks\//);
      expect(vm.nics!.map((n) => n.name)).toEqual(['nic1', 'nic2']);
    }
    expect(reply.text).not.toContain('rel="diskattachments"');
    expect(reply.text).not.toContain('rel="nics"');
    expect(reply.text).toContain('rel="snapshots"');
  });

  test('nested follow and single links (the linked entity replaces its stub)', async () => {
    const reply = await f.client.get('vms?max=1&follow=disk_attachments.disk,cluster.data_center');
    const [vm] = Reader.read(reply.body) as types.Vm[];
    const disk = vm.diskAttachments![0].disk!;
    expect(disk.name).toBe(`${vm.name}_Disk1`);
    expect(disk.provisionedSize).toBeGreaterThan(0);
    expect(vm.cluster?.name).toMatch(/-cl01$/);
    expect(vm.cluster?.dataCenter?.name).toBe('amsterdam');
  });

  test('works on get, and an unknown name is a 400', async () => {
    const [first] = await f.client.read<types.Vm[]>('vms?max=1');
    const vm = await f.client.read<types.Vm>(`vms/${first.id}?follow=nics,template`);
    expect(vm.nics).toHaveLength(2);
    expect(vm.template?.name).toBeDefined();
    const bad = await f.client.get(`vms/${first.id}?follow=wheels`);
    expect(bad.status).toBe(400);
    expect(fault(bad).detail).toMatch(/wheels/);
  });
});

describe('search by linked objects, by correlation id, by user name, free text', () => {
  test('events by vm.name= and host.name= (the objects an event is about)', async () => {
    const vm = (await f.client.read<types.Vm[]>(`vms?search=${encodeURIComponent('status=down')}&max=1`))[0];
    await f.client.post(`vms/${vm.id}/start`, '<action/>');
    const up = await f.client.read<types.Vm>(`vms/${vm.id}?follow=host`);
    const byVm = await f.client.read<types.Event[]>(`events?search=${encodeURIComponent(`vm.name=${vm.name}`)}`);
    expect(byVm.map((e) => e.code)).toEqual(expect.arrayContaining([153, 32]));
    expect(byVm.every((e) => e.vm?.id === vm.id)).toBe(true);
    const byHost = await f.client.read<types.Event[]>(`events?search=${encodeURIComponent(`host.name=${up.host!.name}`)}`);
    expect(byHost.length).toBeGreaterThan(1);
    expect(byHost.every((e) => e.host?.id === up.host!.id)).toBe(true);
    expect(byHost.map((e) => e.description)).toContain(`VM ${vm.name} started on Host ${up.host!.name}`);
    // The plural and any case name the same objects.
    expect((await f.client.read<types.Event[]>(`events?search=${encodeURIComponent(`Vms.name=${vm.name}`)}`)).map((e) => e.id)).toEqual(byVm.map((e) => e.id));
  });

  test('jobs by correlation_id=, given as a query parameter or a header', async () => {
    const vm = (await f.client.read<types.Vm[]>(`vms?search=${encodeURIComponent('status=down')}&max=1`))[0];
    await f.client.post(`vms/${vm.id}/start?correlation_id=start-42`, '<action/>');
    const jobs = await f.client.read<types.Job[]>(`jobs?search=${encodeURIComponent('correlation_id=start-42')}`);
    expect(jobs.map((j) => j.description)).toEqual([`Launching VM ${vm.name}`]);
    await f.client.request('POST', `vms/${vm.id}/stop`, { body: '<action/>', headers: { 'Correlation-Id': 'stop-43' } });
    expect((await f.client.read<types.Job[]>(`jobs?search=${encodeURIComponent('correlation_id=stop-43')}`)).map((j) => j.description)).toEqual([`Stopping VM ${vm.name}`]);
    const events = await f.client.read<types.Event[]>(`events?search=${encodeURIComponent('correlation_id=stop-43')}`);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.correlationId === 'stop-43')).toBe(true);
  });

  test('data centers by Clusters.name=, VMs by Hosts.name= and Datacenter.name=', async () => {
    const clusters = await f.client.read<types.Cluster[]>('clusters');
    const dcs = await f.client.read<types.DataCenter[]>(`datacenters?search=${encodeURIComponent(`Clusters.name=${clusters[1].name}`)}`);
    expect(dcs.map((d) => d.id)).toEqual([clusters[1].dataCenter!.id]);
    const host = (await f.client.read<types.Host[]>(`hosts?search=${encodeURIComponent('status=up')}`))[0];
    const onHost = await f.client.read<types.Vm[]>(`vms?search=${encodeURIComponent(`Hosts.name=${host.name}`)}`);
    expect(onHost.length).toBeGreaterThan(0);
    expect(onHost.every((v) => v.host?.id === host.id)).toBe(true);
    expect(await search(`Hosts.name=${host.name}`)).toEqual(await search(`host=${host.name}`));
    const dc = await f.client.read<types.DataCenter>(`datacenters/${clusters[0].dataCenter!.id}`);
    const inDc = await search(`Datacenter.name=${dc.name}`);
    expect(inDc).toEqual(await search(`datacenter=${dc.name}`));
    expect(inDc.length).toBeGreaterThan(0);
    const wrong = await f.client.get(`vms?search=${encodeURIComponent('Planets.name=mars')}`);
    expect(wrong.status).toBe(400);
    expect(fault(wrong).detail).toMatch(/'planets' is not an object/);
    expect((await f.client.get(`vms?search=${encodeURIComponent('Hosts.colour=red')}`)).status).toBe(400);
  });

  test('free text: a value alone matches names and descriptions', async () => {
    const clusters = await f.client.read<types.Cluster[]>('clusters');
    const byText = await f.client.read<types.Cluster[]>(`clusters?search=${encodeURIComponent(clusters[1].name!)}`);
    expect(byText.map((c) => c.name)).toEqual([clusters[1].name]);
    const vms = await f.client.read<types.Vm[]>('vms');
    expect(await search('Database')).toEqual(vms.filter((v) => v.description === 'Database server').map((v) => v.name));
    expect(await search('Database status=up')).toEqual(vms.filter((v) => v.description === 'Database server' && v.status === 'up').map((v) => v.name));
    expect(await search('nothing-like-this')).toEqual([]);
  });
});
