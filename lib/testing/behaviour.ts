/**
 * What particular collections and actions do, beyond generic storage:
 * the states VMs, disks, hosts, snapshots and storage domains go through,
 * the checks the engine makes before it accepts an operation, and the jobs
 * and events it records. Keyed by the canonical path pattern (`vms`,
 * `vms/*\/diskattachments`) and, for actions, `pattern:action`.
 *
 * Event codes follow the engine's AuditLogType for the common messages.
 */
import { randomUUID } from 'node:crypto';
import { addGroup, addPermission, addRole, addUser, PERMISSION_COLLECTIONS, removeRole, updateRole } from './directory';
import { addManagementNetwork, addNetwork, consoleTicket, DEVICE_POPULATORS, fullContent, powerManagement, remoteViewerFile, upgradeCheck, VM_RUNNING, vmTicket } from './devices';
import type { ActionHook, AddHook, Behaviour, Engine, ListHook, Populator, RemoveHook, UpdateHook } from './engine';
import { disksToSnapshot, dropSnapshotVolumes, STORAGE_ACTIONS, STORAGE_ADD_HOOKS, STORAGE_LIST_HOOKS, STORAGE_POPULATORS, takeSnapshotOfDisks } from './storage-content';
import { conflict, notFound } from './faults';
import { BLANK_TEMPLATE_ID, copyValue, make, mergeInto, type Obj } from './model';
import type { Collection, Entity } from './store';

const GiB = 2 ** 30;
const name = (e: Entity | undefined): string => String(e?.obj.name ?? '');
const status = (e: Entity): unknown => e.obj.status;

function vmLocked(e: Entity, operation: string): void {
  if (status(e) === 'image_locked') throw conflict(`Cannot ${operation} VM: VM is locked. Please try again in a few minutes.`);
}

function clusterOf(engine: Engine, e: Entity): Entity | undefined {
  return engine.linked(e.obj.cluster);
}

/** The `up` host of the VM's cluster running the fewest VMs, other than `except`. */
function pickHost(engine: Engine, vm: Entity, except?: string): Entity | undefined {
  const clusterId = (vm.obj.cluster as Obj | undefined)?.id;
  let best: Entity | undefined;
  let bestLoad = Infinity;
  for (const h of engine.root('hosts').entities()) {
    if (h.obj.status !== 'up' || h.id === except || (h.obj.cluster as Obj | undefined)?.id !== clusterId) continue;
    const load = engine.hostLoad.get(h.id) ?? 0;
    if (load < bestLoad) {
      best = h;
      bestLoad = load;
    }
  }
  return best;
}


/** The VM is up: host, start time, guest details. */
function vmUp(engine: Engine, vm: Entity): void {
  const now = engine.date();
  vm.obj.status = 'up';
  vm.obj.startTime ??= now;
  delete vm.obj.stopTime;
  delete vm.obj.stopReason;
  if (vm.state.ips === undefined) {
    const n = engine.next('ip');
    vm.state.ips = [`10.200.${(n >> 8) & 255}.${n & 255}`];
  }
  vm.obj.fqdn ??= `${name(vm)}.example.com`;
  vm.touch();
}

/** The VM is down: no host, stop time, the next-run configuration applied. */
function vmDown(engine: Engine, vm: Entity, reason?: string): void {
  engine.placeVm(vm, undefined);
  vm.obj.status = 'down';
  vm.obj.stopTime = engine.date();
  delete vm.obj.startTime;
  delete vm.obj.guestOperatingSystem;
  delete vm.obj.fqdn;
  if (reason !== undefined) vm.obj.stopReason = reason;
  const nextRun = vm.state.nextRun as Obj | undefined;
  if (nextRun !== undefined) {
    engine.applyChanges(vm, nextRun);
    delete vm.state.nextRun;
  }
  vm.obj.nextRunConfigurationExists = false;
  vm.touch();
}

// ---- disks ----

/** The storage domain a disk goes to when the request names none: the first active data domain. */
function defaultDataDomain(engine: Engine): Entity | undefined {
  for (const dc of engine.root('datacenters').entities()) {
    for (const attached of engine.childOf(dc, 'storagedomains').entities()) {
      if (attached.obj.type === 'data' && attached.obj.status === 'active') return engine.root('storagedomains').get(attached.id);
    }
  }
  return undefined;
}

/**
 * Creates a disk: an image on a storage domain (status `locked`, then `ok`)
 * or a direct LUN (`lun_storage`, usable at once); used by `/disks` and by
 * disk attachments. The mandatory members were checked by the input rules.
 */
function createDisk(engine: Engine, obj: Obj): Entity {
  const disks = engine.root('disks');
  engine.resolveLinks(obj);
  if (obj.lunStorage !== undefined) return createLunDisk(engine, obj);
  if (!Array.isArray(obj.storageDomains) || obj.storageDomains.length === 0) {
    const sd = defaultDataDomain(engine);
    if (sd === undefined) throw conflict('Cannot add Virtual Disk. Storage Domain doesn\'t exist.');
    obj.storageDomains = [sd.link('storage_domain')];
  }
  const size = Number(obj.provisionedSize ?? obj.initialSize);
  const diskName = String(obj.name ?? obj.alias ?? `disk-${disks.items.size + 1}`);
  const cow = obj.format === 'cow';
  mergeDefaults(obj, {
    name: diskName,
    alias: diskName,
    provisionedSize: size,
    actualSize: 0,
    totalSize: 0,
    sparse: cow,
    shareable: false,
    wipeAfterDelete: false,
    propagateErrors: false,
    storageType: 'image',
    contentType: 'data',
    imageId: randomUUID(),
    qcowVersion: cow ? 'qcow2_v3' : undefined,
  });
  obj.status = 'locked';
  const disk = disks.insert(obj);
  disk.state.vms = new Set<string>();
  for (const link of (obj.storageDomains as Obj[] | undefined) ?? []) {
    const sd = engine.linked(link);
    if (sd !== undefined) engine.set(sd, { committed: Number(sd.obj.committed ?? 0) + size });
  }
  const job = engine.startJob(`Adding Disk ${diskName}`);
  engine.event(2020, `Add-Disk operation of '${diskName}' was initiated by ${engine.actor}.`);
  engine.chain(disk, [
    [
      engine.delays.diskCreate,
      () => {
        disk.obj.status = 'ok';
        disk.obj.actualSize = cow ? Math.min(size, GiB) : size;
        disk.obj.totalSize = disk.obj.actualSize;
        engine.endJob(job);
        engine.event(2021, `The disk '${diskName}' was successfully added.`);
      },
    ],
  ]);
  return disk;
}

/** A direct LUN disk: the logical unit as given, no storage domain, no copy to wait for. */
function createLunDisk(engine: Engine, obj: Obj): Entity {
  const disks = engine.root('disks');
  const lun = obj.lunStorage as Obj;
  const unit = (lun.logicalUnits as Obj[] | undefined)?.[0];
  const diskName = String(obj.name ?? obj.alias ?? `lun-${String(unit?.id ?? disks.items.size + 1)}`);
  mergeDefaults(obj, {
    name: diskName,
    alias: diskName,
    provisionedSize: Number(unit?.size ?? 0),
    actualSize: Number(unit?.size ?? 0),
    totalSize: Number(unit?.size ?? 0),
    shareable: false,
    wipeAfterDelete: false,
    propagateErrors: false,
    contentType: 'data',
    sgio: 'filtered',
  });
  obj.storageType = 'lun';
  delete obj.storageDomains;
  delete obj.format;
  obj.status = 'ok';
  const disk = disks.insert(obj);
  disk.state.vms = new Set<string>();
  engine.event(2021, `The disk '${diskName}' was successfully added.`);
  return disk;
}

/** Sets members that are not set yet. */
function mergeDefaults(obj: Obj, defaults: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(defaults)) if (obj[k] === undefined && v !== undefined) obj[k] = v;
}

function attachDisk(vm: Entity, disk: Entity, obj: Obj, coll: Collection): Entity {
  if (coll.get(disk.id) !== undefined) throw conflict(`Cannot attach Virtual Disk. The disk is already attached to VM ${name(vm)}.`);
  const vms = disk.state.vms as Set<string> | undefined;
  if (disk.obj.shareable !== true && vms !== undefined && vms.size > 0) {
    throw conflict('Cannot attach Virtual Disk. The disk is not shareable and is already attached to a VM.');
  }
  const attachment = coll.insert(
    make('disk_attachment', {
      active: obj.active ?? true,
      bootable: obj.bootable ?? false,
      interface: obj.interface,
      passDiscard: obj.passDiscard ?? false,
      readOnly: obj.readOnly ?? false,
      usesScsiReservation: obj.usesScsiReservation ?? false,
      logicalName: obj.logicalName,
      disk: disk.link('disk'),
      vm: vm.link('vm'),
    }),
    disk.id,
  );
  if (vms !== undefined) vms.add(vm.id);
  else disk.state.vms = new Set([vm.id]);
  return attachment;
}

function detachDisk(engine: Engine, vm: Entity, attachment: Entity): Entity | undefined {
  const disk = engine.linked(attachment.obj.disk);
  (disk?.state.vms as Set<string> | undefined)?.delete(vm.id);
  engine.delete(attachment);
  return disk;
}

function removeDisk(engine: Engine, disk: Entity): void {
  for (const link of (disk.obj.storageDomains as Obj[] | undefined) ?? []) {
    const sd = engine.linked(link);
    if (sd !== undefined) engine.set(sd, { committed: Math.max(0, Number(sd.obj.committed ?? 0) - Number(disk.obj.provisionedSize ?? 0)) });
  }
  engine.delete(disk);
}

/** Copies the disks of a template (or VM; only the ones in `only` when given) as new disks attached to `to`. */
function copyDisks(engine: Engine, from: Entity, to: Entity, only?: ReadonlySet<string>): Entity[] {
  const made: Entity[] = [];
  const source = engine.childOf(from, 'diskattachments');
  const target = engine.childOf(to, 'diskattachments');
  let n = 0;
  for (const att of source.entities()) {
    const disk = engine.linked(att.obj.disk);
    if (disk === undefined || (only !== undefined && !only.has(disk.id))) continue;
    n++;
    const diskName = `${name(to)}_Disk${n}`;
    const copy = engine.root('disks').insert(
      make('disk', {
        name: diskName,
        alias: diskName,
        provisionedSize: disk.obj.provisionedSize,
        actualSize: 0,
        totalSize: 0,
        format: 'cow',
        sparse: true,
        shareable: false,
        wipeAfterDelete: false,
        propagateErrors: false,
        storageType: 'image',
        contentType: 'data',
        qcowVersion: 'qcow2_v3',
        imageId: randomUUID(),
        status: 'locked',
        storageDomains: ((disk.obj.storageDomains as Obj[] | undefined) ?? []).map((s) => make('storage_domain', { id: s.id, href: s.href })),
      }),
    );
    copy.state.vms = new Set<string>();
    if (to.type === 'vm') attachDisk(to, copy, att.obj, target);
    else {
      target.insert(
        make('disk_attachment', {
          active: true,
          bootable: att.obj.bootable,
          interface: att.obj.interface,
          passDiscard: false,
          readOnly: false,
          usesScsiReservation: false,
          disk: copy.link('disk'),
          template: to.link('template'),
        }),
        copy.id,
      );
    }
    made.push(copy);
  }
  return made;
}

// ---- add hooks ----

const INHERITED = [
  'memory',
  'cpu',
  'os',
  'type',
  'bios',
  'display',
  'highAvailability',
  'stateless',
  'deleteProtected',
  'timeZone',
  'usb',
  'soundcardEnabled',
  'memoryPolicy',
  'io',
  'migration',
  'placementPolicy',
  'console',
  'virtioScsi',
  'cpuShares',
];

/** The snapshot with this id, among the VMs' snapshots. */
function findSnapshot(engine: Engine, id: string): Entity | undefined {
  for (const vm of engine.root('vms').entities()) {
    const found = engine.childOf(vm, 'snapshots').get(id);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A VM cloned from a snapshot (`snapshots` given): the configuration and disks of the snapshot's VM, in the cluster given. */
function cloneFromSnapshot(engine: Engine, coll: Collection, obj: Obj, ref: Obj): Entity {
  const snapshot = typeof ref.id === 'string' ? findSnapshot(engine, ref.id) : undefined;
  if (snapshot === undefined) throw notFound(String(ref.id));
  if (snapshot.obj.snapshotStatus !== 'ok') throw conflict('Cannot add VM. The snapshot is locked; please try again in a few minutes.');
  const source = snapshot.coll.parent!;
  engine.resolveLinks(obj);
  engine.checkUniqueName(coll, obj, 'add');
  for (const k of [...INHERITED, 'template', 'originalTemplate']) if (obj[k] === undefined && source.obj[k] !== undefined) obj[k] = copyValue(source.obj[k]);
  mergeDefaults(obj, { origin: 'ovirt', creationTime: engine.date(), nextRunConfigurationExists: false, runOnce: false, startPaused: false });
  obj.status = 'image_locked';
  const vm = coll.insert(obj);
  const cluster = engine.linked(obj.cluster);
  const job = engine.startJob(`Creating VM ${name(vm)} from Snapshot ${String(snapshot.obj.description)} in Cluster ${name(cluster)}`);
  engine.event(34, `VM ${name(vm)} was created by ${engine.actor}.`, { vm, cluster });
  const ids = snapshot.state.disks as string[] | undefined;
  const disks = copyDisks(engine, source, vm, ids === undefined ? undefined : new Set(ids));
  engine.chain(vm, [
    [
      engine.delays.vmCreate,
      () => {
        vm.obj.status = 'down';
        for (const d of disks) if (!d.removed) engine.set(d, { status: 'ok', actualSize: GiB, totalSize: GiB });
        engine.endJob(job);
        engine.event(53, `VM ${name(vm)} creation has been completed.`, { vm, cluster });
      },
    ],
  ]);
  return vm;
}

const addVm: AddHook = (engine, coll, obj, _query, inline) => {
  const fromSnapshot = (inline.snapshots as Obj[] | undefined)?.[0];
  if (fromSnapshot !== undefined) return cloneFromSnapshot(engine, coll, obj, fromSnapshot);
  engine.resolveLinks(obj);
  engine.checkUniqueName(coll, obj, 'add');
  const template = engine.linked(obj.template) ?? engine.root('templates').get(BLANK_TEMPLATE_ID)!;
  const cluster = engine.linked(obj.cluster)!;
  for (const k of INHERITED) if (obj[k] === undefined && template.obj[k] !== undefined) obj[k] = copyValue(template.obj[k]);
  const memory = Number(obj.memory ?? GiB);
  mergeDefaults(obj, {
    memory,
    cpu: make('cpu', { topology: { sockets: 1, cores: 1, threads: 1 }, architecture: 'x86_64' }),
    os: make('operating_system', { type: 'other' }),
    type: 'server',
    stateless: false,
    deleteProtected: false,
    origin: 'ovirt',
    creationTime: engine.date(),
    nextRunConfigurationExists: false,
    runOnce: false,
    startPaused: false,
    cpuShares: 0,
    memoryPolicy: make('memory_policy', { guaranteed: memory, max: memory * 4, ballooning: true }),
    placementPolicy: make('vm_placement_policy', { affinity: 'migratable' }),
    highAvailability: make('high_availability', { enabled: false, priority: 0 }),
    template: template.link('template'),
    originalTemplate: template.link('template'),
  });
  obj.status = 'image_locked';
  const vm = coll.insert(obj);
  const job = engine.startJob(`Creating VM ${name(vm)} from Template ${name(template)} in Cluster ${name(cluster)}`);
  engine.event(34, `VM ${name(vm)} was created by ${engine.actor}.`, { vm, cluster, template });
  const disks = copyDisks(engine, template, vm);
  engine.chain(vm, [
    [
      engine.delays.vmCreate,
      () => {
        vm.obj.status = 'down';
        for (const d of disks) {
          if (d.removed) continue;
          engine.set(d, { status: 'ok', actualSize: GiB, totalSize: GiB });
        }
        engine.endJob(job);
        engine.event(53, `VM ${name(vm)} creation has been completed.`, { vm, cluster });
      },
    ],
  ]);
  return vm;
};

const addDisk: AddHook = (engine, _coll, obj) => createDisk(engine, obj);

const addDiskAttachment: AddHook = (engine, coll, obj) => {
  const vm = coll.parent!;
  if (obj.interface === undefined) throw conflict(`Cannot ${typeof (obj.disk as Obj).id === 'string' ? 'attach' : 'add'} Virtual Disk. The disk interface is not specified.`);
  const body = obj.disk as Obj;
  let disk: Entity;
  if (typeof body.id === 'string') {
    disk = engine.root('disks').get(body.id) ?? (() => { throw notFound(body.id as string); })();
  } else {
    vmLocked(vm, 'add disk to');
    disk = createDisk(engine, body);
  }
  const attachment = attachDisk(vm, disk, obj, coll);
  if (typeof body.id === 'string') engine.event(2016, `Disk ${name(disk)} was successfully attached to VM ${name(vm)} by ${engine.actor}.`, { vm });
  return attachment;
};

const addSnapshot: AddHook = (engine, coll, obj) => {
  const vm = coll.parent!;
  vmLocked(vm, 'create Snapshot for');
  const disks = disksToSnapshot(engine, vm, obj.diskAttachments as Obj[] | undefined);
  const description = String(obj.description);
  const snap = coll.insert(
    make('snapshot', {
      description,
      snapshotStatus: 'locked',
      snapshotType: 'regular',
      date: engine.date(),
      persistMemorystate: obj.persistMemorystate ?? false,
      vm: vm.link('vm'),
    }),
  );
  takeSnapshotOfDisks(engine, snap, disks);
  const job = engine.startJob(`Creating VM Snapshot ${description} for VM ${name(vm)}`);
  engine.event(45, `Snapshot '${description}' creation for VM '${name(vm)}' was initiated by ${engine.actor}.`, { vm });
  engine.chain(snap, [
    [
      engine.delays.snapshot,
      () => {
        snap.obj.snapshotStatus = 'ok';
        engine.endJob(job);
        engine.event(68, `Snapshot '${description}' creation for VM '${name(vm)}' has been completed.`, { vm });
      },
    ],
  ]);
  return snap;
};

const addNic: AddHook = (engine, coll, obj) => {
  const vm = coll.parent!;
  mergeDefaults(obj, { interface: 'virtio', linked: true, plugged: true, mac: { address: nextMac(engine) } });
  if (vm.type === 'vm') obj.vm = vm.link('vm');
  const nic = engine.insert(coll, obj);
  if (vm.type === 'vm') engine.event(932, `Interface ${name(nic)} (${String(obj.interface)}) was plugged to VM ${name(vm)}. (User: ${engine.actor})`, { vm });
  return nic;
};

function nextMac(engine: Engine): string {
  const macCounter = engine.next('mac');
  const hex = (n: number): string => n.toString(16).padStart(2, '0');
  return `56:6f:4a:${hex((macCounter >> 16) & 255)}:${hex((macCounter >> 8) & 255)}:${hex(macCounter & 255)}`;
}

const addHost: AddHook = (engine, coll, obj) => {
  // Without a cluster the host joins the one named Default, as the engine does.
  obj.cluster ??= make('cluster', { name: 'Default' });
  engine.resolveLinks(obj);
  engine.checkUniqueName(coll, obj, 'add');
  const cluster = engine.linked(obj.cluster);
  mergeDefaults(obj, {
    port: 54321,
    type: 'rhel',
    protocol: 'stomp',
    memory: 256 * GiB,
    maxSchedulingMemory: 240 * GiB,
    cpu: make('cpu', {
      name: 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz',
      speed: 2100,
      type: (cluster?.obj.cpu as Obj | undefined)?.type ?? 'Intel Cascadelake Server Family',
      topology: { sockets: 2, cores: 20, threads: 2 },
    }),
    spm: make('spm', { priority: 5, status: 'none' }),
    os: make('operating_system', { type: 'RHEL', version: { fullVersion: '9.4 - 1.el9', major: 9, minor: 4 } }),
    kdumpStatus: 'disabled',
    externalStatus: 'ok',
    updateAvailable: false,
    powerManagement: powerManagement(false),
  });
  delete obj.rootPassword;
  obj.status = 'installing';
  const host = coll.insert(obj);
  host.state.index = 4096 + engine.next('host');
  const job = engine.startJob(`Adding new Host ${name(host)} to Cluster ${name(cluster)}`);
  engine.event(42, `Host ${name(host)} was added by ${engine.actor}.`, { host, cluster });
  engine.chain(host, [
    [
      engine.delays.hostInstall,
      () => {
        host.obj.status = 'up';
        engine.endJob(job);
        engine.event(13, `Status of host ${name(host)} was set to Up.`, { host, cluster });
      },
    ],
  ]);
  return host;
};

const addDataCenter: AddHook = (engine, coll, obj) => {
  mergeDefaults(obj, {
    local: false,
    storageFormat: 'v5',
    quotaMode: 'disabled',
    version: make('version', { major: 4, minor: 7 }),
    supportedVersions: [make('version', { major: 4, minor: 7 })],
  });
  obj.status = 'uninitialized';
  const dc = engine.insert(coll, obj);
  addManagementNetwork(engine, dc);
  engine.event(950, `Data Center ${name(dc)} was added by ${engine.actor}.`, { dataCenter: dc });
  return dc;
};

const addCluster: AddHook = (engine, coll, obj) => {
  if (coll.view !== undefined) {
    obj.dataCenter = coll.parent!.link('data_center');
    coll = coll.view.source;
  }
  mergeDefaults(obj, clusterDefaults('Intel Cascadelake Server Family'));
  const cluster = engine.insert(coll, obj);
  engine.event(809, `Cluster ${name(cluster)} was added by ${engine.actor}.`, { cluster });
  return cluster;
};

/** What the engine gives a new cluster that does not say otherwise (also used by the seed). */
export function clusterDefaults(cpuType: string): Record<string, unknown> {
  return {
    cpu: make('cpu', { architecture: 'x86_64', type: cpuType }),
    version: make('version', { major: 4, minor: 7 }),
    memoryPolicy: make('memory_policy', { overCommit: { percent: 100 }, transparentHugePages: { enabled: true } }),
    ballooningEnabled: true,
    biosType: 'q35_ovmf',
    firewallType: 'firewalld',
    switchType: 'legacy',
    threadsAsCores: false,
    virtService: true,
    glusterService: false,
    haReservation: false,
    trustedService: false,
    tunnelMigration: false,
    errorHandling: make('error_handling', { onError: 'migrate' }),
  };
}

const addStorageDomain: AddHook = (engine, coll, obj) => {
  engine.resolveLinks(obj);
  engine.checkUniqueName(coll, obj, 'add');
  mergeDefaults(obj, {
    storageFormat: 'v5',
    available: 1024 * GiB,
    used: 4 * GiB,
    committed: 0,
    master: false,
    wipeAfterDelete: false,
    discardAfterDelete: false,
    supportsDiscard: false,
    supportsDiscardZeroesData: false,
    backup: false,
    blockSize: 512,
    warningLowSpaceIndicator: 10,
    criticalSpaceActionBlocker: 5,
    externalStatus: 'ok',
  });
  delete obj.host; // the host only connects the storage
  obj.status = 'unattached';
  const sd = coll.insert(obj);
  engine.event(956, `Storage Domain ${name(sd)} was added by ${engine.actor}`, { storageDomain: sd });
  return sd;
};

/** A storage domain attached to a data center: a copy with the status it has there. */
export function attachedCopy(dc: Entity, sd: Entity, statusValue: string, master: boolean): Obj {
  const copy = make('storage_domain', {});
  for (const [k, v] of Object.entries(sd.obj)) {
    if (k === 'id' || k === 'href' || k === 'dataCenters' || k === 'status') continue;
    copy[k] = v;
  }
  copy.status = statusValue;
  copy.master = master;
  copy.dataCenter = dc.link('data_center');
  copy.dataCenters = [dc.link('data_center')];
  return copy;
}

const attachStorageDomain: AddHook = (engine, coll, obj) => {
  const dc = coll.parent!;
  const sd = engine.lookup(engine.root('storagedomains'), obj, 'StorageDomain', 'add');
  const attachedTo = sd.obj.dataCenters as Obj[] | undefined;
  if (attachedTo !== undefined && attachedTo.length > 0) {
    throw conflict(`Cannot attach Storage Domain. Storage Domain ${name(sd)} is already attached to a Data Center.`);
  }
  const master = !coll.entities().some((e) => e.obj.master === true);
  const attached = coll.insert(attachedCopy(dc, sd, 'locked', master), sd.id);
  engine.set(sd, { dataCenters: [dc.link('data_center')] });
  delete sd.obj.status;
  sd.touch();
  const job = engine.startJob(`Attaching Storage Domain ${name(sd)} to Data Center ${name(dc)}`);
  engine.event(962, `Storage Domain ${name(sd)} was attached to Data Center ${name(dc)} by ${engine.actor}`, { storageDomain: sd, dataCenter: dc });
  engine.chain(attached, [
    [
      engine.delays.storageDomain,
      () => {
        attached.obj.status = 'active';
        if (dc.obj.status !== 'up') engine.set(dc, { status: 'up' });
        engine.endJob(job);
        engine.event(966, `Storage Domain ${name(sd)} (Data Center ${name(dc)}) was activated by ${engine.actor}`, { storageDomain: sd, dataCenter: dc });
      },
    ],
  ]);
  return attached;
};

const addTag: AddHook = (engine, coll, obj) => {
  if (obj.parent === undefined) obj.parent = make('tag', { id: BLANK_TEMPLATE_ID });
  return engine.insert(coll, obj);
};

const addTemplate: AddHook = (engine, coll, obj) => {
  engine.resolveLinks(obj);
  // A new version of a template (`version.base_template`) shares its base's name.
  const version = obj.version as Obj | undefined;
  const baseRef = version?.baseTemplate as Obj | undefined;
  let base: Entity | undefined;
  if (baseRef !== undefined) {
    const named = engine.lookup(coll, baseRef, 'Template', 'add', 'version.base_template');
    base = engine.linked((named.obj.version as Obj | undefined)?.baseTemplate) ?? named;
    if (base.id === BLANK_TEMPLATE_ID) throw conflict('Cannot add Template. The Blank template cannot have versions.');
  }
  if (base === undefined || obj.name !== base.obj.name) engine.checkUniqueName(coll, obj, 'add');
  const vm = engine.linked(obj.vm)!;
  if (vm.obj.status !== 'down') throw conflict(`Cannot add Template. VM ${name(vm)} must be down.`);
  for (const k of INHERITED) if (obj[k] === undefined && vm.obj[k] !== undefined) obj[k] = copyValue(vm.obj[k]);
  mergeDefaults(obj, { cluster: vm.obj.cluster, creationTime: engine.date(), origin: 'ovirt' });
  if (base !== undefined) {
    const numbers = coll.entities().filter((t) => t === base || (t.obj.version as Obj | undefined)?.baseTemplate !== undefined && ((t.obj.version as Obj).baseTemplate as Obj).id === base!.id);
    const next = 1 + Math.max(...numbers.map((t) => Number((t.obj.version as Obj | undefined)?.versionNumber ?? 1)));
    obj.version = make('template_version', { baseTemplate: base.link('template'), versionNumber: next, versionName: version?.versionName });
  } else {
    obj.version = make('template_version', { versionNumber: 1, versionName: version?.versionName });
  }
  obj.status = 'locked';
  const template = coll.insert(obj);
  // A base template is its own base.
  if (base === undefined) (template.obj.version as Obj).baseTemplate = template.link('template');
  const disks = copyDisks(engine, vm, template);
  const job = engine.startJob(`Creating Template ${name(template)} from VM ${name(vm)}`);
  engine.event(48, `Creation of Template ${name(template)} from VM ${name(vm)} was initiated by ${engine.actor}.`, { vm, template });
  engine.chain(template, [
    [
      engine.delays.templateCreate,
      () => {
        template.obj.status = 'ok';
        for (const d of disks) if (!d.removed) engine.set(d, { status: 'ok' });
        engine.endJob(job);
        engine.event(51, `Creation of Template ${name(template)} from VM ${name(vm)} has been completed.`, { template });
      },
    ],
  ]);
  return template;
};

const addEvent: AddHook = (engine, _coll, obj) => {
  engine.resolveLinks(obj);
  const e = engine.event(Number(obj.code ?? 0), String(obj.description), {}, obj.severity as 'normal');
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && k !== 'id' && k !== 'index') e.obj[k] = v;
  e.touch();
  return e;
};

const addJob: AddHook = (engine, _coll, obj) => {
  const job = engine.startJob(String(obj.description));
  engine.set(job, { external: true, autoCleared: obj.autoCleared ?? true });
  return job;
};

export const ADD_HOOKS: Record<string, AddHook> = {
  vms: addVm,
  disks: addDisk,
  'vms/*/diskattachments': addDiskAttachment,
  'vms/*/snapshots': addSnapshot,
  'vms/*/nics': addNic,
  'templates/*/nics': addNic,
  hosts: addHost,
  datacenters: addDataCenter,
  clusters: addCluster,
  'datacenters/*/clusters': addCluster,
  storagedomains: addStorageDomain,
  'datacenters/*/storagedomains': attachStorageDomain,
  tags: addTag,
  templates: addTemplate,
  events: addEvent,
  jobs: addJob,
  networks: addNetwork,
  'datacenters/*/networks': addNetwork,
  users: addUser,
  groups: addGroup,
  roles: addRole,
  ...STORAGE_ADD_HOOKS,
  ...Object.fromEntries(PERMISSION_COLLECTIONS.map((p) => [p, addPermission])),
};

// ---- update hooks ----

const updateVm: UpdateHook = (engine, vm, changes, query) => {
  vmLocked(vm, 'edit');
  if (query.get('next_run') !== 'true' || !VM_RUNNING.has(status(vm) as string)) return false;
  if (typeof changes.name === 'string' && changes.name !== vm.obj.name) engine.checkUniqueName(vm.coll, changes, 'update', vm);
  const pending = (vm.state.nextRun as Obj | undefined) ?? make('vm');
  mergeInto(pending, changes);
  vm.state.nextRun = pending;
  engine.set(vm, { nextRunConfigurationExists: true });
  return true;
};

export const UPDATE_HOOKS: Record<string, UpdateHook> = {
  vms: updateVm,
  roles: updateRole,
};

// ---- remove hooks ----

const removeVm: RemoveHook = (engine, vm, query) => {
  vmLocked(vm, 'remove');
  if (VM_RUNNING.has(status(vm) as string)) throw conflict('Cannot remove VM. VM is running.');
  if (vm.obj.deleteProtected === true) {
    throw conflict('Cannot remove VM. Delete protection is enabled. In order to delete, disable Delete protection first.');
  }
  const detachOnly = query.get('detach_only') === 'true';
  for (const att of engine.childOf(vm, 'diskattachments').entities()) {
    const disk = detachDisk(engine, vm, att);
    if (!detachOnly && disk !== undefined && ((disk.state.vms as Set<string> | undefined)?.size ?? 0) === 0) removeDisk(engine, disk);
  }
  engine.placeVm(vm, undefined);
  engine.delete(vm);
  engine.event(113, `VM ${name(vm)} was successfully removed.`, {});
};

const removeDiskHook: RemoveHook = (engine, disk) => {
  if (disk.obj.status === 'locked') throw conflict(`Cannot remove Virtual Disk. Disk ${name(disk)} is locked. Please try again in a few minutes.`);
  const vms = [...((disk.state.vms as Set<string> | undefined) ?? [])].map((id) => engine.root('vms').get(id)).filter((v): v is Entity => v !== undefined);
  if (vms.some((v) => VM_RUNNING.has(status(v) as string))) throw conflict('Cannot remove Virtual Disk. At least one of the VMs is not down.');
  for (const vm of vms) {
    const att = engine.childOf(vm, 'diskattachments').get(disk.id);
    if (att !== undefined) detachDisk(engine, vm, att);
  }
  removeDisk(engine, disk);
  engine.event(2014, `Disk ${name(disk)} was successfully removed from domain (User ${engine.actor}).`);
};

const removeDiskAttachment: RemoveHook = (engine, att, query) => {
  const vm = att.coll.parent!;
  const disk = detachDisk(engine, vm, att);
  if (query.get('detach_only') === 'false' && disk !== undefined) {
    if (((disk.state.vms as Set<string> | undefined)?.size ?? 0) === 0) removeDisk(engine, disk);
  } else if (disk !== undefined) {
    engine.event(2018, `Disk ${name(disk)} was successfully detached from VM ${name(vm)} by ${engine.actor}.`, { vm });
  }
};

const removeSnapshot: RemoveHook = (engine, snap) => {
  if (snap.obj.snapshotType === 'active') throw conflict('Cannot remove Snapshot. The Active VM snapshot cannot be removed.');
  if (snap.obj.snapshotStatus !== 'ok') throw conflict('Cannot remove Snapshot. Snapshot is currently being created or in preview.');
  dropSnapshotVolumes(engine, snap);
  engine.delete(snap);
};

const removeHost: RemoveHook = (engine, host) => {
  const okToRemove = ['maintenance', 'install_failed', 'down', 'non_responsive', 'pending_approval', 'installing'];
  if (!okToRemove.includes(String(host.obj.status))) {
    throw conflict('Cannot remove Host. Host is operational. Please switch Host to Maintenance mode first.');
  }
  engine.delete(host);
  engine.event(44, `Host ${name(host)} was removed by ${engine.actor}.`);
};

const removeCluster: RemoveHook = (engine, cluster) => {
  const inCluster = (e: Entity): boolean => (e.obj.cluster as Obj | undefined)?.id === cluster.id;
  if (engine.root('hosts').entities().some(inCluster)) throw conflict('Cannot remove Cluster. Host Cluster contains one or more Hosts.');
  if (engine.root('vms').entities().some(inCluster)) throw conflict('Cannot remove Cluster. Cluster contains one or more VMs.');
  engine.delete(cluster);
};

const removeDataCenter: RemoveHook = (engine, dc, query) => {
  if (query.get('force') !== 'true' && engine.childOf(dc, 'storagedomains').size > 0) {
    throw conflict('Cannot remove Data Center. There are Storage Domains attached to it; detach them first.');
  }
  for (const c of engine.childOf(dc, 'clusters').entities()) removeCluster(engine, c, query);
  engine.delete(dc);
};

const removeStorageDomain: RemoveHook = (engine, sd) => {
  const dcs = sd.obj.dataCenters as Obj[] | undefined;
  if (dcs !== undefined && dcs.length > 0) throw conflict(`Cannot remove Storage Domain. Storage Domain ${name(sd)} is attached to a Data Center; detach it first.`);
  engine.delete(sd);
};

const detachStorageDomain: RemoveHook = (engine, attached) => {
  const dc = attached.coll.parent!;
  if (attached.obj.status !== 'maintenance' && attached.obj.status !== 'inactive') {
    throw conflict(`Cannot detach Storage Domain. Storage Domain ${name(attached)} must be in Maintenance status.`);
  }
  engine.delete(attached);
  const sd = engine.root('storagedomains').get(attached.id);
  if (sd !== undefined) engine.set(sd, { dataCenters: [], status: 'unattached' });
  engine.event(964, `Storage Domain ${name(attached)} was detached from Data Center ${name(dc)} by ${engine.actor}`, { dataCenter: dc });
};

export const REMOVE_HOOKS: Record<string, RemoveHook> = {
  vms: removeVm,
  disks: removeDiskHook,
  'vms/*/diskattachments': removeDiskAttachment,
  'vms/*/snapshots': removeSnapshot,
  hosts: removeHost,
  clusters: removeCluster,
  datacenters: removeDataCenter,
  storagedomains: removeStorageDomain,
  'datacenters/*/storagedomains': detachStorageDomain,
  roles: removeRole,
};

// ---- actions ----

const startVm: ActionHook = (engine, vm, action) => {
  vmLocked(vm, 'run');
  const s = String(status(vm));
  const job = engine.startJob(`Launching VM ${name(vm)}`);
  if (s === 'paused') {
    engine.set(vm, { status: 'up' });
    engine.endJob(job);
    engine.event(153, `VM ${name(vm)} was resumed by ${engine.actor} (Host: ${name(engine.linked(vm.obj.host))}).`, { vm });
    return { job };
  }
  if (s !== 'down' && s !== 'suspended') {
    engine.endJob(job, 'failed');
    throw conflict('Cannot run VM. VM is running.');
  }
  const wanted = ((vm.obj.placementPolicy as Obj | undefined)?.hosts as Obj[] | undefined)?.[0];
  const host = (wanted !== undefined ? engine.linked(wanted) : undefined) ?? pickHost(engine, vm);
  if (host === undefined || host.obj.status !== 'up') {
    engine.endJob(job, 'failed');
    throw conflict('Cannot run VM. There is no host that satisfies current scheduling constraints. See below for details:', `The host list of Cluster ${name(clusterOf(engine, vm))} contains no host in Up status`);
  }
  engine.placeVm(vm, host);
  const pause = action.pause === true;
  if (action.vm !== undefined) vm.obj.runOnce = true;
  engine.event(153, `VM ${name(vm)} was started by ${engine.actor} (Host: ${name(host)}).`, { vm, host });
  const up = (): void => {
    vmUp(engine, vm);
    if (pause) vm.obj.status = 'paused';
    engine.endJob(job);
    engine.event(32, `VM ${name(vm)} started on Host ${name(host)}`, { vm, host });
  };
  if (s === 'suspended') {
    engine.set(vm, { status: 'restoring_state' });
    engine.chain(vm, [[engine.delays.vmLaunch, up]]);
  } else {
    engine.set(vm, { status: 'wait_for_launch' });
    engine.chain(vm, [
      [engine.delays.vmLaunch, () => (vm.obj.status = 'powering_up')],
      [engine.delays.vmBoot, up],
    ]);
  }
  return { job };
};

function stopping(kind: 'stop' | 'shutdown'): ActionHook {
  return (engine, vm, action) => {
    vmLocked(vm, kind);
    const s = String(status(vm));
    if (s === 'down') throw conflict(`Cannot ${kind} VM. VM is not running.`);
    const host = engine.linked(vm.obj.host);
    const job = engine.startJob(`${kind === 'stop' ? 'Stopping' : 'Shutting down'} VM ${name(vm)}`);
    const reason = typeof action.reason === 'string' ? action.reason : undefined;
    if (kind === 'stop') engine.event(33, `VM ${name(vm)} powered off by ${engine.actor} (Host: ${name(host)})${reason ? ` (Reason: ${reason})` : ''}.`, { vm, host });
    else engine.event(73, `VM shutdown initiated by ${engine.actor} on VM ${name(vm)} (Host: ${name(host)})${reason ? ` (Reason: ${reason})` : ''}.`, { vm, host });
    const down = (): void => {
      vmDown(engine, vm, reason);
      engine.endJob(job);
      engine.event(61, `VM ${name(vm)} is down. Exit message: ${kind === 'stop' ? 'Admin shut down from the engine' : 'User shut down from within the guest'}`, { vm, host });
    };
    if (s === 'suspended') {
      down();
      vm.generation++;
      return { job };
    }
    engine.set(vm, { status: 'powering_down' });
    engine.chain(vm, [[engine.delays.vmStop, down]]);
    return { job };
  };
}

const suspendVm: ActionHook = (engine, vm) => {
  vmLocked(vm, 'suspend');
  if (status(vm) !== 'up') throw conflict('Cannot suspend VM. VM is not running.');
  const host = engine.linked(vm.obj.host);
  const job = engine.startJob(`Suspending VM ${name(vm)}`);
  engine.event(145, `Suspending VM ${name(vm)} was initiated by User ${engine.actor} (Host: ${name(host)}).`, { vm, host });
  engine.set(vm, { status: 'saving_state' });
  engine.chain(vm, [
    [
      engine.delays.vmSuspend,
      () => {
        engine.placeVm(vm, undefined);
        vm.obj.status = 'suspended';
        engine.endJob(job);
        engine.event(146, `VM ${name(vm)} on Host ${name(host)} is suspended.`, { vm, host });
      },
    ],
  ]);
  return { job };
};

function rebooting(kind: 'reboot' | 'reset'): ActionHook {
  return (engine, vm) => {
    vmLocked(vm, kind);
    if (status(vm) !== 'up') throw conflict(`Cannot ${kind} VM. VM is not running.`);
    const job = engine.startJob(`${kind === 'reboot' ? 'Rebooting' : 'Resetting'} VM ${name(vm)}`);
    engine.event(157, `VM ${name(vm)} was restarted by ${engine.actor}.`, { vm });
    engine.set(vm, { status: 'reboot_in_progress' });
    engine.chain(vm, [
      [
        engine.delays.vmMigrate,
        () => {
          vm.obj.status = 'up';
          vm.obj.startTime = engine.date();
          engine.endJob(job);
        },
      ],
    ]);
    return { job };
  };
}

const migrateVm: ActionHook = (engine, vm, action) => {
  vmLocked(vm, 'migrate');
  if (status(vm) !== 'up') throw conflict('Cannot migrate VM. VM is not running.');
  const from = engine.linked(vm.obj.host);
  const to = action.host !== undefined ? engine.lookup(engine.root('hosts'), action.host as Obj, 'Host', 'migrate', 'host') : pickHost(engine, vm, from?.id);
  if (to === undefined || to.id === from?.id) {
    throw conflict('Cannot migrate VM. There is no host that satisfies current scheduling constraints. See below for details:', 'No other host in Up status');
  }
  if (to.obj.status !== 'up') throw conflict(`Cannot migrate VM. Destination host ${name(to)} is not Up.`);
  const job = engine.startJob(`Migrating VM ${name(vm)} from Host ${name(from)} to Host ${name(to)}`);
  engine.event(62, `Migration started (VM: ${name(vm)}, Source: ${name(from)}, Destination: ${name(to)}, User: ${engine.actor}).`, { vm, host: from });
  engine.set(vm, { status: 'migrating' });
  engine.chain(vm, [
    [
      engine.delays.vmMigrate,
      () => {
        engine.placeVm(vm, to);
        vm.obj.status = 'up';
        engine.endJob(job);
        engine.event(63, `Migration completed (VM: ${name(vm)}, Source: ${name(from)}, Destination: ${name(to)}).`, { vm, host: to });
      },
    ],
  ]);
  return { job };
};

function snapshotOf(engine: Engine, vm: Entity, ref: Obj | undefined, operation: string): Entity {
  return engine.lookup(engine.childOf(vm, 'snapshots'), ref, 'Action', operation, 'snapshot');
}

/** The VM is locked while a snapshot is restored or previewed, then `down`. */
function lockVm(engine: Engine, vm: Entity, then: () => void): void {
  engine.set(vm, { status: 'image_locked' });
  engine.chain(vm, [
    [
      engine.delays.snapshot,
      () => {
        vm.obj.status = 'down';
        then();
      },
    ],
  ]);
}

const previewSnapshot: ActionHook = (engine, vm, action) => {
  vmLocked(vm, 'preview Snapshot of');
  if (status(vm) !== 'down') throw conflict('Cannot preview Snapshot. VM must be down.');
  const snap = snapshotOf(engine, vm, action.snapshot as Obj | undefined, 'previewsnapshot');
  if (snap.obj.snapshotType === 'active') throw conflict('Cannot preview Snapshot. The Active VM snapshot cannot be previewed.');
  engine.set(snap, { snapshotStatus: 'in_preview' });
  const job = engine.startJob(`Preview VM Snapshot ${String(snap.obj.description)} of VM ${name(vm)}`);
  lockVm(engine, vm, () => engine.endJob(job));
  return { job };
};

function endPreview(kind: 'commit' | 'undo'): ActionHook {
  return (engine, vm) => {
    vmLocked(vm, `${kind} Snapshot of`);
    const snap = engine.childOf(vm, 'snapshots').entities().find((s) => s.obj.snapshotStatus === 'in_preview');
    if (snap === undefined) throw conflict(`Cannot ${kind} Snapshot. VM is not in preview.`);
    engine.set(snap, { snapshotStatus: 'ok' });
    const job = engine.startJob(`${kind === 'commit' ? 'Committing' : 'Undoing'} VM Snapshot of VM ${name(vm)}`);
    lockVm(engine, vm, () => engine.endJob(job));
    return { job };
  };
}

const restoreSnapshot: ActionHook = (engine, snap) => {
  const vm = snap.coll.parent!;
  vmLocked(vm, 'restore Snapshot of');
  if (status(vm) !== 'down') throw conflict('Cannot revert to Snapshot. VM must be down.');
  if (snap.obj.snapshotType === 'active') throw conflict('Cannot revert to Snapshot. The Active VM snapshot cannot be restored.');
  if (snap.obj.snapshotStatus === 'locked') throw conflict('Cannot revert to Snapshot. Snapshot is locked.');
  const description = String(snap.obj.description);
  const job = engine.startJob(`Restoring VM Snapshot ${description} of VM ${name(vm)}`);
  engine.event(46, `Snapshot-Preview ${description} for VM ${name(vm)} was initiated by ${engine.actor}.`, { vm });
  lockVm(engine, vm, () => {
    engine.set(snap, { snapshotStatus: 'ok' });
    engine.endJob(job);
    engine.event(99, `VM ${name(vm)} restoring from Snapshot has been completed.`, { vm });
  });
  return { job };
};

const deactivateHost: ActionHook = (engine, host) => {
  const s = String(host.obj.status);
  if (s === 'maintenance' || s === 'preparing_for_maintenance') throw conflict('Cannot switch Host to Maintenance mode. Host is already in Maintenance mode.');
  if (s === 'installing') throw conflict('Cannot switch Host to Maintenance mode. Host is being installed.');
  const running = engine.root('vms').entities().filter((v) => (v.obj.host as Obj | undefined)?.id === host.id);
  const moves = running.map((vm) => [vm, pickHost(engine, vm, host.id)] as const);
  const stuck = moves.filter(([, to]) => to === undefined).map(([vm]) => name(vm));
  if (stuck.length > 0) {
    throw conflict(`Cannot switch Host ${name(host)} to Maintenance mode. The following VMs cannot be migrated because no other host is Up: ${stuck.join(', ')}.`);
  }
  for (const [vm, to] of moves) engine.placeVm(vm, to);
  const job = engine.startJob(`Moving Host ${name(host)} to Maintenance`);
  engine.set(host, { status: 'preparing_for_maintenance' });
  engine.chain(host, [
    [
      engine.delays.hostMaintenance,
      () => {
        host.obj.status = 'maintenance';
        engine.endJob(job);
        engine.event(600, `Host ${name(host)} was switched to Maintenance Mode.`, { host });
      },
    ],
  ]);
  engine.event(602, `Host ${name(host)} was switched to Maintenance mode by ${engine.actor}.`, { host });
  return { job };
};

const activateHost: ActionHook = (engine, host) => {
  const s = String(host.obj.status);
  if (s === 'up') throw conflict('Cannot activate Host. Host in Up status.');
  if (s === 'installing') throw conflict('Cannot activate Host. Host is being installed.');
  const job = engine.startJob(`Activating Host ${name(host)}`);
  engine.event(16, `Activation of host ${name(host)} initiated by ${engine.actor}.`, { host });
  engine.set(host, { status: 'unassigned' });
  engine.chain(host, [
    [
      engine.delays.hostActivate,
      () => {
        host.obj.status = 'up';
        engine.endJob(job);
        engine.event(13, `Status of host ${name(host)} was set to Up.`, { host });
      },
    ],
  ]);
  return { job };
};

const activateStorageDomain: ActionHook = (engine, attached) => {
  const s = String(attached.obj.status);
  if (s === 'active') throw conflict('Cannot activate Storage Domain. Storage Domain is already active.');
  if (s === 'locked') throw conflict('Cannot activate Storage Domain. Storage Domain is locked.');
  const dc = attached.coll.parent!;
  const job = engine.startJob(`Activating Storage Domain ${name(attached)} in Data Center ${name(dc)}`);
  engine.set(attached, { status: 'activating' });
  engine.chain(attached, [
    [
      engine.delays.storageDomain,
      () => {
        attached.obj.status = 'active';
        engine.endJob(job);
        engine.event(966, `Storage Domain ${name(attached)} (Data Center ${name(dc)}) was activated by ${engine.actor}`, { dataCenter: dc });
      },
    ],
  ]);
  return { job };
};

const deactivateStorageDomain: ActionHook = (engine, attached) => {
  if (attached.obj.status !== 'active') throw conflict('Cannot deactivate Storage Domain. Storage Domain is not active.');
  const dc = attached.coll.parent!;
  const job = engine.startJob(`Deactivating Storage Domain ${name(attached)} in Data Center ${name(dc)}`);
  engine.set(attached, { status: 'preparing_for_maintenance' });
  engine.chain(attached, [
    [
      engine.delays.storageDomain,
      () => {
        attached.obj.status = 'maintenance';
        engine.endJob(job);
        engine.event(968, `Storage Domain ${name(attached)} (Data Center ${name(dc)}) was deactivated and has moved to 'Maintenance' by ${engine.actor}`, {
          dataCenter: dc,
        });
      },
    ],
  ]);
  return { job };
};

const moveDisk: ActionHook = (engine, disk, action) => {
  if (disk.obj.status !== 'ok') throw conflict(`Cannot move Virtual Disk. Disk ${name(disk)} is locked.`);
  const sd = engine.lookup(engine.root('storagedomains'), action.storageDomain as Obj | undefined, 'Action', 'move', 'storage_domain');
  const job = engine.startJob(`Moving Disk ${name(disk)} to ${name(sd)}`);
  engine.set(disk, { status: 'locked' });
  engine.chain(disk, [
    [
      engine.delays.diskCreate,
      () => {
        disk.obj.status = 'ok';
        disk.obj.storageDomains = [sd.link('storage_domain')];
        engine.endJob(job);
      },
    ],
  ]);
  return { job };
};

/** `isattached`: whether the storage domain is attached to a data center. */
const storageDomainIsAttached: ActionHook = (_engine, sd) => {
  const dcs = sd.obj.dataCenters as Obj[] | undefined;
  return { values: { isAttached: dcs !== undefined && dcs.length > 0 } };
};

const endJobAction: ActionHook = (engine, job, action) => {
  if (job.obj.status !== 'started') throw conflict('Cannot end Job. The job is not running.');
  engine.endJob(job, action.succeeded === false ? 'failed' : 'finished');
};

export const ACTIONS: Record<string, ActionHook> = {
  'vms/*:start': startVm,
  'vms/*:stop': stopping('stop'),
  'vms/*:shutdown': stopping('shutdown'),
  'vms/*:suspend': suspendVm,
  'vms/*:reboot': rebooting('reboot'),
  'vms/*:reset': rebooting('reset'),
  'vms/*:migrate': migrateVm,
  'vms/*:ticket': vmTicket,
  'vms/*:previewsnapshot': previewSnapshot,
  'vms/*:commitsnapshot': endPreview('commit'),
  'vms/*:undosnapshot': endPreview('undo'),
  'vms/*/snapshots/*:restore': restoreSnapshot,
  'hosts/*:deactivate': deactivateHost,
  'hosts/*:activate': activateHost,
  'storagedomains/*:isattached': storageDomainIsAttached,
  'datacenters/*/storagedomains/*:activate': activateStorageDomain,
  'datacenters/*/storagedomains/*:deactivate': deactivateStorageDomain,
  'disks/*:move': moveDisk,
  'jobs/*:end': endJobAction,
  'hosts/*:upgradecheck': upgradeCheck,
  'vms/*/graphicsconsoles/*:ticket': consoleTicket,
  'vms/*/graphicsconsoles/*:remoteviewerconnectionfile': remoteViewerFile,
  ...STORAGE_ACTIONS,
};

// ---- children every entity of a kind has ----

/** Every VM has its "Active VM" snapshot. */
const activeSnapshot: Populator = (engine, c) => {
  const vm = c.parent!;
  const id = typeof vm.state.activeSnapshotId === 'string' ? vm.state.activeSnapshotId : undefined;
  c.insert(
    make('snapshot', {
      description: 'Active VM',
      snapshotType: 'active',
      snapshotStatus: 'ok',
      date: (vm.obj.creationTime as Date | undefined) ?? engine.date(),
      persistMemorystate: false,
      vm: vm.link('vm'),
    }),
    id,
  );
};

export const POPULATORS: Record<string, Populator> = {
  'vms/*/snapshots': activeSnapshot,
  ...DEVICE_POPULATORS,
  ...STORAGE_POPULATORS,
};

/** What `all_content=true` adds to entities of a type. */
export const ALL_CONTENT: Record<string, (engine: Engine, e: Entity) => Obj> = {
  vm: fullContent,
  template: fullContent,
};

/** Lists that are more than their stored items (by pattern): the query decides. */
export const LIST_HOOKS: Record<string, ListHook> = { ...STORAGE_LIST_HOOKS };

/** All of the above, as the engine takes it. */
export const BEHAVIOUR: Behaviour = {
  addHooks: ADD_HOOKS,
  updateHooks: UPDATE_HOOKS,
  removeHooks: REMOVE_HOOKS,
  actions: ACTIONS,
  populators: POPULATORS,
  allContent: ALL_CONTENT,
  listHooks: LIST_HOOKS,
};
