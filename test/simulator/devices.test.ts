/**
 * What an installed engine shows of VMs, templates, hosts and networks
 * beyond their own members: graphics consoles, CD-ROMs and display; the
 * members `all_content` adds; template versions; host NICs, network
 * attachments, power management and fence agents; the management network
 * on every data center and cluster, vNIC profiles of new VM networks; the
 * events of an upgrade check.
 */
import { Reader, types } from '../../lib';
import { EngineSimulator } from '../../lib/testing';
import { Client, fault, useSimulator, xml } from './helpers';

const f = useSimulator({ seed: { random: 3, dataCenters: 1, clusters: 2, hosts: 4, storageDomains: 2, vms: 40 } });

async function vmWhere(test: (vm: types.Vm) => boolean): Promise<types.Vm> {
  const vm = (await f.client.read<types.Vm[]>('vms')).find(test);
  if (vm === undefined) throw new Error('no such VM in the seed');
  return vm;
}

describe('VM consoles, CD-ROM, display', () => {
  test('graphics consoles follow the display: VNC alone, SPICE with VNC; ids are the protocol in hex', async () => {
    const vnc = await vmWhere((v) => v.display?.type === 'vnc');
    const consoles = await f.client.read<types.GraphicsConsole[]>(`vms/${vnc.id}/graphicsconsoles`);
    expect(consoles.map((c) => [c.id, c.protocol])).toEqual([['766e63', 'vnc']]);
    expect(consoles[0].vm?.id).toBe(vnc.id);
    const spice = await vmWhere((v) => v.display?.type === 'spice');
    expect((await f.client.read<types.GraphicsConsole[]>(`vms/${spice.id}/graphicsconsoles`)).map((c) => [c.id, c.protocol])).toEqual([
      ['7370696365', 'spice'],
      ['766e63', 'vnc'],
    ]);
  });

  test('a running VM\'s console has its host\'s address and a port; a ticket and a remote viewer file', async () => {
    const up = await vmWhere((v) => v.status === 'up');
    const host = await f.client.read<types.Host>(`hosts/${up.host!.id}`);
    const [console] = await f.client.read<types.GraphicsConsole[]>(`vms/${up.id}/graphicsconsoles`);
    expect(console.address).toBe(host.address);
    expect(console.port).toBeGreaterThanOrEqual(5900);
    const ticket = Reader.read((await f.client.post(`vms/${up.id}/graphicsconsoles/${console.id}/ticket`, '<action/>')).body) as types.Action;
    expect(ticket.ticket?.value).toMatch(/^\w{12}$/);
    const file = Reader.read((await f.client.post(`vms/${up.id}/graphicsconsoles/${console.id}/remoteviewerconnectionfile`, '<action/>')).body) as types.Action;
    expect(file.remoteViewerConnectionFile).toContain(`host=${host.address}`);
    const down = await vmWhere((v) => v.status === 'down');
    const [idle] = await f.client.read<types.GraphicsConsole[]>(`vms/${down.id}/graphicsconsoles`);
    expect(idle.address).toBeUndefined();
    expect((await f.client.post(`vms/${down.id}/graphicsconsoles/${idle.id}/ticket`, '<action/>')).status).toBe(409);
  });

  test('a ticket through the VM and through its console is the same action: the given value and expiry, else a new one for two hours', async () => {
    const up = await vmWhere((v) => v.status === 'up');
    const [console] = await f.client.read<types.GraphicsConsole[]>(`vms/${up.id}/graphicsconsoles`);
    for (const path of [`vms/${up.id}/ticket`, `vms/${up.id}/graphicsconsoles/${console.id}/ticket`]) {
      const made = Reader.read((await f.client.post(path, '<action/>')).body) as types.Action;
      expect(made.ticket?.value).toMatch(/^\w{12}$/);
      expect(made.ticket?.expiry).toBe(7200);
      const given = Reader.read((await f.client.post(path, xml('action', '<ticket><value>s3cret</value><expiry>60</expiry></ticket>'))).body) as types.Action;
      expect([given.ticket?.value, given.ticket?.expiry]).toEqual(['s3cret', 60]);
    }
  });

  test('every VM has one CD-ROM, empty until an image is inserted', async () => {
    const vm = await vmWhere((v) => v.status === 'down');
    const [cdrom] = await f.client.read<types.Cdrom[]>(`vms/${vm.id}/cdroms`);
    expect(cdrom.file?.id).toBe('');
    expect(cdrom.vm?.id).toBe(vm.id);
    const changed = await f.client.put(`vms/${vm.id}/cdroms/${cdrom.id}`, xml('cdrom', '<file id="rhel-9.4-x86_64-dvd.iso"/>'));
    expect(changed.status).toBe(200);
    expect((await f.client.read<types.Cdrom>(`vms/${vm.id}/cdroms/${cdrom.id}`)).file?.id).toBe('rhel-9.4-x86_64-dvd.iso');
  });

  test('a new VM from the Blank template has its display, a VNC console and a CD-ROM', async () => {
    const cluster = (await f.client.read<types.Cluster[]>('clusters'))[0];
    const vm = Reader.read((await f.client.post('vms', xml('vm', `<name>fresh</name><cluster id="${cluster.id}"/><template><name>Blank</name></template>`))).body) as types.Vm;
    expect(vm.display?.type).toBe('vnc');
    expect((await f.client.read<types.GraphicsConsole[]>(`vms/${vm.id}/graphicsconsoles`)).map((c) => c.protocol)).toEqual(['vnc']);
    expect(await f.client.read<types.Cdrom[]>(`vms/${vm.id}/cdroms`)).toHaveLength(1);
  });
});

describe('all_content', () => {
  test('without it a VM has no console nor configuration; with it, its console and its OVF', async () => {
    const vm = await vmWhere((v) => v.status === 'down');
    const plain = await f.client.read<types.Vm>(`vms/${vm.id}`);
    expect(plain.console).toBeUndefined();
    expect(plain.initialization).toBeUndefined();
    const full = await f.client.read<types.Vm>(`vms/${vm.id}?all_content=true`);
    expect(full.console?.enabled).toBe(false);
    expect(full.virtioScsi?.enabled).toBe(true);
    expect(full.initialization?.configuration?.type).toBe('ovf');
    const data = full.initialization!.configuration!.data!;
    expect(data).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><ovf:Envelope /);
    expect(data).toContain(`<Name>${vm.name}</Name>`);
    expect(data).toContain(`<rasd:VirtualQuantity>${vm.memory! / 2 ** 20}</rasd:VirtualQuantity>`);
    // The header does the same, and lists have it too; the plain list is unchanged.
    const byHeader = Reader.read((await f.client.get(`vms/${vm.id}`, { headers: { 'All-Content': 'true' } })).body) as types.Vm;
    expect(byHeader.initialization?.configuration?.data).toBe(data);
    const list = await f.client.read<types.Vm[]>('vms?all_content=true&max=3');
    expect(list.every((v) => v.console !== undefined && v.initialization?.configuration?.type === 'ovf')).toBe(true);
    expect((await f.client.read<types.Vm[]>('vms?max=3')).every((v) => v.console === undefined)).toBe(true);
    expect((await f.client.read<types.Template>('templates/00000000-0000-0000-0000-000000000000?all_content=true')).initialization?.configuration?.type).toBe('ovf');
  });
});

describe('template versions', () => {
  test('a version of a template shares its name, numbers follow, the base is its own base', async () => {
    const vm = await vmWhere((v) => v.status === 'down' && !v.name!.startsWith('fresh'));
    const base = Reader.read((await f.client.post('templates', xml('template', `<name>golden</name><vm id="${vm.id}"/>`))).body) as types.Template;
    expect(base.version?.versionNumber).toBe(1);
    expect(base.version?.baseTemplate?.id).toBe(base.id);
    const v2 = await f.client.post('templates', xml('template', `<name>golden</name><vm id="${vm.id}"/><version><base_template id="${base.id}"/><version_name>patched</version_name></version>`));
    expect(v2.status).toBe(201);
    const second = Reader.read(v2.body) as types.Template;
    expect(second.version).toEqual(expect.objectContaining({ versionNumber: 2, versionName: 'patched' }));
    expect(second.version?.baseTemplate?.id).toBe(base.id);
    const third = Reader.read((await f.client.post('templates', xml('template', `<name>golden</name><vm id="${vm.id}"/><version><base_template id="${second.id}"/></version>`))).body) as types.Template;
    expect(third.version?.versionNumber).toBe(3);
    expect(third.version?.baseTemplate?.id).toBe(base.id); // the version of a version belongs to the base
    expect((await f.client.read<types.Template[]>(`templates?search=${encodeURIComponent('name=golden')}`)).map((t) => t.version?.versionNumber)).toEqual([1, 2, 3]);
    // Without a version, the name must be new; a version needs its base's id.
    expect((await f.client.post('templates', xml('template', `<name>golden</name><vm id="${vm.id}"/>`))).status).toBe(409);
    expect(fault(await f.client.post('templates', xml('template', `<name>golden</name><vm id="${vm.id}"/><version><version_name>x</version_name></version>`))).detail).toBe(
      'Template [version.base_template.id] required for add',
    );
  });
});

describe('hosts', () => {
  test('power management, NICs with the management network, network attachments, fence agents', async () => {
    const [host] = await f.client.read<types.Host[]>('hosts');
    expect(host.powerManagement).toEqual(expect.objectContaining({ enabled: true, kdumpDetection: true, automaticPmEnabled: true }));
    const nics = await f.client.read<types.HostNic[]>(`hosts/${host.id}/nics`);
    expect(nics.map((n) => [n.name, n.status])).toEqual([
      ['eno1', 'up'],
      ['eno2', 'down'],
    ]);
    const mgmt = await f.client.read<types.Network>(nics[0].network!.href!.replace('/ovirt-engine/api/', ''));
    expect(mgmt.name).toBe('ovirtmgmt');
    expect(nics[0].ip?.address).toMatch(/^192\.168\.\d+\.\d+$/);
    const [attachment] = await f.client.read<types.NetworkAttachment[]>(`hosts/${host.id}/networkattachments`);
    expect(attachment.network?.id).toBe(mgmt.id);
    expect(attachment.hostNic?.id).toBe(nics[0].id);
    const [agent] = await f.client.read<types.Agent[]>(`hosts/${host.id}/fenceagents`);
    expect(agent).toEqual(expect.objectContaining({ type: 'ipmilan', order: 1, port: 623 }));
  });

  test('a new host has power management off and its NICs', async () => {
    const cluster = (await f.client.read<types.Cluster[]>('clusters'))[0];
    const host = Reader.read((await f.client.post('hosts', xml('host', `<name>new-host</name><address>new-host.example.com</address><cluster id="${cluster.id}"/>`))).body) as types.Host;
    expect(host.powerManagement?.enabled).toBe(false);
    expect((await f.client.read<types.HostNic[]>(`hosts/${host.id}/nics`)).map((n) => n.name)).toEqual(['eno1', 'eno2']);
    expect(await f.client.read<types.Agent[]>(`hosts/${host.id}/fenceagents`)).toEqual([]);
  });
});

describe('networks', () => {
  test('every cluster has its data center\'s ovirtmgmt, with its vNIC profile', async () => {
    const clusters = await f.client.read<types.Cluster[]>('clusters');
    for (const c of clusters) {
      const networks = await f.client.read<types.Network[]>(`clusters/${c.id}/networks`);
      expect(networks.map((n) => n.name)).toEqual(['ovirtmgmt']);
      expect(networks[0].dataCenter?.id).toBe(c.dataCenter?.id);
      const profiles = await f.client.read<types.VnicProfile[]>(`networks/${networks[0].id}/vnicprofiles`);
      expect(profiles.map((p) => p.name)).toEqual(['ovirtmgmt']);
    }
  });

  test('a new VM network gets a vNIC profile of its name; not with profile_required=false, nor a non-VM network', async () => {
    const [dc] = await f.client.read<types.DataCenter[]>('datacenters');
    const added = await f.client.post('networks', xml('network', `<name>storage-net</name><data_center id="${dc.id}"/><vlan id="20"/>`));
    expect(added.status).toBe(201);
    const net = Reader.read(added.body) as types.Network;
    expect(net.usages).toEqual(['vm']);
    expect((await f.client.read<types.VnicProfile[]>(`networks/${net.id}/vnicprofiles`)).map((p) => p.name)).toEqual(['storage-net']);
    const noProfile = Reader.read((await f.client.post('networks', xml('network', `<name>bare</name><data_center id="${dc.id}"/><profile_required>false</profile_required>`))).body) as types.Network;
    expect(await f.client.read<types.VnicProfile[]>(`networks/${noProfile.id}/vnicprofiles`)).toEqual([]);
    const migration = Reader.read((await f.client.post('networks', xml('network', `<name>migration</name><data_center id="${dc.id}"/><usages><usage>migration</usage></usages>`))).body) as types.Network;
    expect(await f.client.read<types.VnicProfile[]>(`networks/${migration.id}/vnicprofiles`)).toEqual([]);
    expect(fault(await f.client.post('networks', xml('network', '<name>lost</name>'))).detail).toBe('Network [data_center.name|id] required for add');
    expect((await f.client.post('networks', xml('network', `<name>storage-net</name><data_center id="${dc.id}"/>`))).status).toBe(409);
  });

  test('a fresh engine, and a new data center and cluster, have ovirtmgmt', async () => {
    const engine = await EngineSimulator.start({ delays: 0 });
    const c = new Client(engine);
    try {
      await c.login();
      const [cluster] = await c.read<types.Cluster[]>('clusters');
      expect((await c.read<types.Network[]>(`clusters/${cluster.id}/networks`)).map((n) => n.name)).toEqual(['ovirtmgmt']);
      expect((await c.read<types.VnicProfile[]>('vnicprofiles')).map((p) => p.name)).toEqual(['ovirtmgmt']);
      const dc = Reader.read((await c.post('datacenters', xml('data_center', '<name>second</name><local>false</local>'))).body) as types.DataCenter;
      expect((await c.read<types.Network[]>(`datacenters/${dc.id}/networks`)).map((n) => n.name)).toEqual(['ovirtmgmt']);
      const cl = Reader.read((await c.post('clusters', xml('cluster', `<name>second-cl</name><data_center id="${dc.id}"/>`))).body) as types.Cluster;
      const networks = await c.read<types.Network[]>(`clusters/${cl.id}/networks`);
      expect(networks.map((n) => n.dataCenter?.id)).toEqual([dc.id]);
    } finally {
      c.close();
      await engine.stop();
    }
  });
});

describe('upgrade check', () => {
  test('an event when it starts (884) and one when it is done (885), after the hostUpgradeCheck delay', async () => {
    const engine = await EngineSimulator.start({ seed: { hosts: 2 }, clock: 'manual', delays: { hostUpgradeCheck: 5000 } });
    const c = new Client(engine);
    try {
      await c.login();
      const [host] = await c.read<types.Host[]>('hosts');
      const before = engine.lastEventId;
      expect((await c.post(`hosts/${host.id}/upgradecheck`, '<action/>')).status).toBe(200);
      const codes = async (): Promise<number[]> => (await c.read<types.Event[]>(`events?from=${before}`)).map((e) => e.code!);
      expect(await codes()).toEqual([884]);
      engine.advance(5000);
      const events = await c.read<types.Event[]>(`events?from=${before}`);
      expect(events.map((e) => e.code)).toEqual(expect.arrayContaining([884, 885]));
      expect(events.find((e) => e.code === 885)?.description).toMatch(new RegExp(`^Check for available updates on host ${host.name} was completed successfully`));
      expect(events.every((e) => e.host?.id === host.id)).toBe(true);
    } finally {
      c.close();
      await engine.stop();
    }
  });
});
