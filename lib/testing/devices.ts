/**
 * What an installed engine shows of VMs, hosts and networks beyond their
 * own members: a VM's graphics consoles and CD-ROM, its console, OVF and
 * other "all content" members; a host's NICs, network attachments and
 * fence agents; the management network (`ovirtmgmt`) of every data center,
 * with its vNIC profile, on every cluster. Sub-collections are made when
 * first asked for, so big inventories cost nothing until used.
 */
import type { ActionHook, AddHook, Engine, Populator } from './engine';
import { conflict } from './faults';
import { BLANK_TEMPLATE_ID, escapeXml, make, type Obj } from './model';
import { stableId } from './random';
import type { Entity } from './store';

const name = (e: Entity | undefined): string => String(e?.obj.name ?? '');

/** The engine's console ids: the protocol's name in hex (`766e63` for vnc). */
function consoleId(protocol: string): string {
  return Buffer.from(protocol, 'utf8').toString('hex');
}

/** The protocols of a display type (SPICE with VNC for `spice`, as the engine's default graphics). */
function protocols(display: Obj | undefined): string[] {
  const type = String(display?.type ?? 'vnc');
  return type === 'spice' ? ['spice', 'vnc'] : [type];
}

/** VM statuses in which the VM runs (or is about to, or is stopping). */
export const VM_RUNNING: ReadonlySet<string> = new Set([
  'up',
  'powering_up',
  'wait_for_launch',
  'reboot_in_progress',
  'migrating',
  'paused',
  'powering_down',
  'saving_state',
  'restoring_state',
  'not_responding',
  'unknown',
]);

const running = (vm: Entity): boolean => VM_RUNNING.has(String(vm.obj.status));

/** A console ticket or password the engine makes: 12 characters, from the engine's counter. */
function ticketValue(engine: Engine): string {
  return stableId(engine.next('ticket'), 'ticket', 0).replace(/-/g, '').slice(0, 12);
}

/** A VM's or template's graphics consoles, from its display; a running VM's have their host's address and ports. */
const graphicsConsoles: Populator = (engine, c) => {
  const owner = c.parent!;
  const host = owner.type === 'vm' && running(owner) ? engine.linked(owner.obj.host) : undefined;
  protocols(owner.obj.display as Obj | undefined).forEach((protocol, i) => {
    c.insert(
      make('graphics_console', {
        protocol,
        address: host?.obj.address,
        port: host === undefined ? undefined : 5900 + 2 * i,
        tlsPort: host === undefined || protocol !== 'spice' ? undefined : 5901 + 2 * i,
        [owner.type]: owner.link(),
      }),
      consoleId(protocol),
    );
  });
};

/** Every VM and template has one CD-ROM (empty unless an image was inserted). */
const cdroms: Populator = (_engine, c) => {
  const owner = c.parent!;
  c.insert(make('cdrom', { file: { id: '' }, [owner.type]: owner.link() }), stableId(0, `cdrom:${owner.id}`, 0));
};

/** `vms/{id}/ticket`: a running VM's console ticket (the given value and expiry, else a new one for two hours). */
export const vmTicket: ActionHook = (engine, vm, action) => {
  if (!running(vm)) throw conflict('Cannot set console ticket. VM is not running.');
  const given = action.ticket as Obj | undefined;
  const value = typeof given?.value === 'string' ? given.value : ticketValue(engine);
  const expiry = typeof given?.expiry === 'number' ? given.expiry : 7200;
  return { values: { ticket: make('ticket', { value, expiry }) } };
};

/** The same ticket, through one of the VM's graphics consoles. */
export const consoleTicket: ActionHook = (engine, console, action, query) => vmTicket(engine, console.coll.parent!, action, query);

/** `remoteviewerconnectionfile`: the .vv file a remote viewer opens. */
export const remoteViewerFile: ActionHook = (engine, console) => {
  const vm = console.coll.parent!;
  const host = engine.linked(vm.obj.host);
  if (host === undefined || !running(vm)) throw conflict('Cannot get the console file. VM is not running.');
  const protocol = String(console.obj.protocol);
  const file = [
    '[virt-viewer]',
    `type=${protocol}`,
    `host=${String(host.obj.address)}`,
    `port=${String(console.obj.port ?? 5900)}`,
    `title=${name(vm)}:%d - Press SHIFT+F12 to Release Cursor`,
    'delete-this-file=1',
    'fullscreen=0',
    `password=${ticketValue(engine)}`,
    '',
  ].join('\n');
  return { values: { remoteViewerConnectionFile: file } };
};

/**
 * What `all_content=true` adds to a VM or template: its serial console,
 * VirtIO-SCSI, sound card, and its configuration as OVF (in
 * `initialization.configuration`).
 */
export function fullContent(engine: Engine, e: Entity): Obj {
  const copy = make(e.type, { ...e.obj });
  copy.console ??= make('console', { enabled: false });
  copy.virtioScsi ??= make('virtio_scsi', { enabled: true });
  copy.soundcardEnabled ??= false;
  const init = make('initialization', { ...((e.obj.initialization as Obj | undefined) ?? {}) });
  init.configuration = make('configuration', { type: 'ovf', data: ovf(engine, e) });
  copy.initialization = init;
  return copy;
}

/** An OVF envelope of a VM or template: its hardware, OS and disks, as the engine's OVF describes them. */
function ovf(engine: Engine, e: Entity): string {
  const o = e.obj;
  const topology = ((o.cpu as Obj | undefined)?.topology as Obj | undefined) ?? {};
  const cpus = Number(topology.sockets ?? 1) * Number(topology.cores ?? 1) * Number(topology.threads ?? 1);
  const memoryMb = Math.round(Number(o.memory ?? 2 ** 30) / 2 ** 20);
  const disks = (e.children?.get('diskattachments')?.entities() ?? [])
    .map((a) => engine.linked(a.obj.disk))
    .filter((d): d is Entity => d !== undefined);
  const x = (v: unknown): string => escapeXml(String(v ?? ''));
  const template = engine.linked(o.template);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ovf:Envelope xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1/" xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData" xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ovf:version="4.7">',
    '<References>',
    ...disks.map((d) => `<File ovf:href="${x(d.id)}/${x(d.obj.imageId)}" ovf:id="${x(d.obj.imageId)}" ovf:size="${x(d.obj.provisionedSize)}"/>`),
    '</References>',
    '<Section xsi:type="ovf:DiskSection_Type"><Info>List of Virtual Disks</Info>',
    ...disks.map((d) => `<Disk ovf:diskId="${x(d.obj.imageId)}" ovf:size="${Math.ceil(Number(d.obj.provisionedSize ?? 0) / 2 ** 30)}" ovf:fileRef="${x(d.id)}/${x(d.obj.imageId)}" ovf:volume-format="${d.obj.format === 'cow' ? 'COW' : 'RAW'}" ovf:disk-alias="${x(d.obj.alias ?? d.obj.name)}"/>`),
    '</Section>',
    '<Content ovf:id="out" xsi:type="ovf:VirtualSystem_Type">',
    `<Name>${x(o.name)}</Name>`,
    `<Description>${x(o.description)}</Description>`,
    `<TemplateId>${x(template?.id ?? BLANK_TEMPLATE_ID)}</TemplateId>`,
    `<TemplateName>${x(template?.obj.name ?? 'Blank')}</TemplateName>`,
    `<CreationDate>${x((o.creationTime as Date | undefined)?.toISOString())}</CreationDate>`,
    `<Section ovf:id="${x(e.id)}" ovf:required="false" xsi:type="ovf:OperatingSystemSection_Type"><Info>Guest Operating System</Info><Description>${x((o.os as Obj | undefined)?.type ?? 'other')}</Description></Section>`,
    `<Section xsi:type="ovf:VirtualHardwareSection_Type"><Info>${cpus} CPU, ${memoryMb} Memory</Info>`,
    `<Item><rasd:Caption>${cpus} virtual cpu</rasd:Caption><rasd:Description>Number of virtual CPU</rasd:Description><rasd:InstanceId>1</rasd:InstanceId><rasd:ResourceType>3</rasd:ResourceType><rasd:num_of_sockets>${x(topology.sockets ?? 1)}</rasd:num_of_sockets><rasd:cpu_per_socket>${x(topology.cores ?? 1)}</rasd:cpu_per_socket><rasd:threads_per_cpu>${x(topology.threads ?? 1)}</rasd:threads_per_cpu></Item>`,
    `<Item><rasd:Caption>${memoryMb} MB of memory</rasd:Caption><rasd:Description>Memory Size</rasd:Description><rasd:InstanceId>2</rasd:InstanceId><rasd:ResourceType>4</rasd:ResourceType><rasd:AllocationUnits>MegaBytes</rasd:AllocationUnits><rasd:VirtualQuantity>${memoryMb}</rasd:VirtualQuantity></Item>`,
    ...disks.map(
      (d) => `<Item><rasd:Caption>${x(d.obj.alias ?? d.obj.name)}</rasd:Caption><rasd:InstanceId>${x(d.obj.imageId)}</rasd:InstanceId><rasd:ResourceType>17</rasd:ResourceType><rasd:HostResource>${x(d.id)}/${x(d.obj.imageId)}</rasd:HostResource></Item>`,
    ),
    '</Section>',
    '</Content>',
    '</ovf:Envelope>',
  ];
  return parts.join('');
}

// ---- hosts ----

/** A host's address on the management network, from its index among the hosts. */
function hostAddress(host: Entity): string {
  const i = Number(host.state.index ?? 0);
  return `192.168.${(i >> 8) & 255}.${(i & 255) + 10}`;
}

/** The data center of a host's cluster. */
function dataCenterOf(engine: Engine, e: Entity): Entity | undefined {
  return engine.linked(engine.linked(e.obj.cluster)?.obj.dataCenter);
}

/** The management network of a data center (`ovirtmgmt`). */
function managementNetworkOf(engine: Engine, dc: Entity | undefined): Entity | undefined {
  if (dc === undefined) return undefined;
  return engine.childOf(dc, 'networks').entities().find((n) => (n.obj.usages as string[] | undefined)?.includes('management')) ?? engine.childOf(dc, 'networks').named('ovirtmgmt');
}

/** Two NICs: the first carries the management network with the host's address, the second is unused. */
const hostNics: Populator = (engine, c) => {
  const host = c.parent!;
  const mgmt = managementNetworkOf(engine, dataCenterOf(engine, host));
  const i = Number(host.state.index ?? 0);
  const mac = (k: number): string => `00:1a:4a:${((i >> 8) & 255).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}:${k.toString(16).padStart(2, '0')}`;
  c.insert(
    make('host_nic', {
      name: 'eno1',
      mac: { address: mac(1) },
      ip: { address: hostAddress(host), netmask: '255.255.0.0', gateway: '192.168.0.1', version: 'v4' },
      bootProtocol: 'static',
      speed: 10_000_000_000,
      status: 'up',
      mtu: 1500,
      bridged: true,
      network: mgmt?.link('network'),
      host: host.link('host'),
    }),
    stableId(0, `host-nic:${host.id}`, 1),
  );
  c.insert(
    make('host_nic', { name: 'eno2', mac: { address: mac(2) }, bootProtocol: 'none', speed: 10_000_000_000, status: 'down', mtu: 1500, bridged: false, host: host.link('host') }),
    stableId(0, `host-nic:${host.id}`, 2),
  );
};

/** The management network on the host's first NIC. */
const networkAttachments: Populator = (engine, c) => {
  const host = c.parent!;
  const mgmt = managementNetworkOf(engine, dataCenterOf(engine, host));
  const nic = engine.childOf(host, 'nics').named('eno1');
  if (mgmt === undefined || nic === undefined) return;
  c.insert(
    make('network_attachment', {
      network: mgmt.link('network'),
      hostNic: nic.link('host_nic'),
      host: host.link('host'),
      inSync: true,
      ipAddressAssignments: [{ assignmentMethod: 'static', ip: { address: hostAddress(host), netmask: '255.255.0.0', gateway: '192.168.0.1', version: 'v4' } }],
    }),
    stableId(0, `network-attachment:${host.id}`, 1),
  );
};

/** An IPMI agent for hosts with power management enabled. */
const fenceAgents: Populator = (_engine, c) => {
  const host = c.parent!;
  if ((host.obj.powerManagement as Obj | undefined)?.enabled !== true) return;
  c.insert(
    make('agent', {
      type: 'ipmilan',
      address: `${String(host.obj.address ?? name(host)).split('.')[0]}-ipmi.example.com`,
      username: 'root',
      port: 623,
      order: 1,
      encryptOptions: false,
      concurrent: false,
      host: host.link('host'),
    }),
    stableId(0, `agent:${host.id}`, 1),
  );
};

/** What a host shows of power management: the engine's defaults when not set (disabled, kdump detection on). */
export function powerManagement(enabled: boolean): Obj {
  return make('power_management', { enabled, kdumpDetection: true, automaticPmEnabled: true, pmProxies: [{ type: 'cluster' }, { type: 'dc' }] });
}

/** `upgradecheck`: looks for updates (event 884), and reports what it found after the `hostUpgradeCheck` delay (event 885). */
export const upgradeCheck: ActionHook = (engine, host) => {
  const s = String(host.obj.status);
  if (s !== 'up' && s !== 'maintenance' && s !== 'non_operational') {
    engine.event(887, `Failed to check for available updates on host ${name(host)}: Unsupported host status.`, { host }, 'warning');
    return;
  }
  const job = engine.startJob(`Checking for available updates on host ${name(host)}`);
  engine.event(884, `Started to check for available updates on host ${name(host)}.`, { host });
  engine.chain(host, [
    [
      engine.delays.hostUpgradeCheck,
      () => {
        const found = host.obj.updateAvailable === true;
        engine.endJob(job);
        if (found) engine.event(886, `Host ${name(host)} has available updates: vdsm,vdsm-client.`, { host });
        engine.event(885, `Check for available updates on host ${name(host)} was completed successfully with message '${found ? 'found updates for packages vdsm,vdsm-client' : 'no updates found.'}'.`, { host });
      },
    ],
  ]);
  return { job };
};

// ---- networks ----

/**
 * The management network of a new data center, with its vNIC profile, as
 * the engine makes them (`ids` keep a seeded inventory's stable).
 */
export function addManagementNetwork(engine: Engine, dc: Entity, ids?: { network: string; profile: string }): { network: Entity; profile: Entity } {
  const network = engine.root('networks').insert(
    make('network', {
      name: 'ovirtmgmt',
      description: 'Management Network',
      dataCenter: dc.link('data_center'),
      mtu: 0,
      stp: false,
      portIsolation: false,
      required: true,
      usages: ['vm', 'management'],
      vdsmName: 'ovirtmgmt',
    }),
    ids?.network,
  );
  const profile = engine.root('vnicprofiles').insert(
    make('vnic_profile', { name: 'ovirtmgmt', network: network.link('network'), portMirroring: false, passThrough: { mode: 'disabled' }, migratable: true }),
    ids?.profile,
  );
  return { network, profile };
}

/** A cluster's networks: its data center's management network at first (a reference to it). */
const clusterNetworks: Populator = (engine, c) => {
  const mgmt = managementNetworkOf(engine, engine.linked(c.parent!.obj.dataCenter));
  if (mgmt !== undefined) c.refer(mgmt);
};

/**
 * `POST /networks`: a logical network of a data center; a VM network (the
 * default, or `usages` with `vm`) gets a vNIC profile of its name unless
 * `profile_required` is false, as the engine does.
 */
export const addNetwork: AddHook = (engine, coll, obj) => {
  engine.resolveLinks(obj);
  if (coll.view !== undefined) coll = coll.view.source;
  const dc = engine.linked(obj.dataCenter);
  if (dc !== undefined && engine.childOf(dc, 'networks').named(String(obj.name)) !== undefined) {
    throw conflict('Cannot add Logical Network. The name of the logical network is already used by an existing logical network in the same data-center.');
  }
  const usages = obj.usages as string[] | undefined;
  const vmNetwork = usages === undefined || usages.length === 0 || usages.includes('vm');
  if (usages === undefined) obj.usages = ['vm'];
  const network = coll.insert(obj);
  if (vmNetwork && obj.profileRequired !== false) {
    engine.root('vnicprofiles').insert(make('vnic_profile', { name: obj.name, network: network.link('network'), portMirroring: false, passThrough: { mode: 'disabled' }, migratable: true }));
  }
  engine.event(942, `Network ${name(network)} was added to Data Center: ${name(dc)}`, { dataCenter: dc });
  return network;
};

export const DEVICE_POPULATORS: Record<string, Populator> = {
  'vms/*/graphicsconsoles': graphicsConsoles,
  'templates/*/graphicsconsoles': graphicsConsoles,
  'vms/*/cdroms': cdroms,
  'templates/*/cdroms': cdroms,
  'hosts/*/nics': hostNics,
  'hosts/*/networkattachments': networkAttachments,
  'hosts/*/fenceagents': fenceAgents,
  'clusters/*/networks': clusterNetworks,
};

