/**
 * Seeded inventories: data centers, clusters, hosts, storage domains,
 * templates, VMs with disks and NICs, with realistic values, all derived
 * from one number. The same options give the same ids, names and values
 * on every run. Each entity draws from its own random stream (seed, kind,
 * index), and a VM's NICs, disk attachments, reported devices and
 * statistics are generated when first asked for, so 50,000 VMs cost only
 * their own objects and disks.
 */
import { attachedCopy, clusterDefaults } from './behaviour';
import { addManagementNetwork, powerManagement } from './devices';
import { addUnregisteredVm } from './storage-content';
import type { Engine } from './engine';
import { API_PREFIX, BLANK_TEMPLATE_ID, make, type Obj } from './model';
import { Random, stableId } from './random';
import type { Collection, Entity } from './store';

export interface SeedOptions {
  /** The random seed: the same options with the same seed give the same inventory (default 1). */
  random?: number;
  /** Data centers (default 1). */
  dataCenters?: number;
  /** Clusters, spread over the data centers (default: one per data center). */
  clusters?: number;
  /** Hosts, spread over the clusters (default: two per cluster). */
  hosts?: number;
  /** Data storage domains, spread over the data centers and attached (default: two per data center). */
  storageDomains?: number;
  /** VMs, spread over the clusters (default 0). */
  vms?: number;
  /** Disks of each VM (default 1). */
  disksPerVm?: number;
  /** NICs of each VM (default 1). */
  nicsPerVm?: number;
  /** Times (creation, start) are before this instant (default 2025-06-01T00:00:00Z, for determinism). */
  epoch?: Date | string;
  /** An export domain attached to the first data center, holding exported VMs (`true`: 3 VMs). */
  exportDomain?: boolean | { vms?: number };
  /** A data domain imported into the first data center, whose VMs are not registered yet (`true`: 3 VMs). */
  importedDomain?: boolean | { vms?: number };
}

const GiB = 2 ** 30;
const TiB = 2 ** 40;
const DAY = 86400_000;

const CITIES = [
  'amsterdam', 'boston', 'chennai', 'dublin', 'frankfurt', 'helsinki', 'istanbul', 'johannesburg', 'kyoto', 'lisbon',
  'madrid', 'nairobi', 'osaka', 'paris', 'quebec', 'rome', 'seoul', 'toronto', 'utrecht', 'vienna',
];

interface Role {
  role: string;
  description: string;
  memoryGiB: readonly number[];
  cpus: readonly number[];
  os: readonly string[];
  type?: 'server' | 'desktop' | 'high_performance';
}

const ROLES: readonly (readonly [Role, number])[] = [
  [{ role: 'web', description: 'Web front end', memoryGiB: [2, 4, 8], cpus: [1, 2, 4], os: ['rhel_9x64', 'rhel_8x64', 'ubuntu_22_04'] }, 20],
  [{ role: 'app', description: 'Application server', memoryGiB: [4, 8, 16], cpus: [2, 4, 8], os: ['rhel_9x64', 'rhel_8x64'] }, 18],
  [{ role: 'db', description: 'Database server', memoryGiB: [16, 32, 64, 128], cpus: [4, 8, 16], os: ['rhel_9x64', 'rhel_8x64'], type: 'high_performance' }, 8],
  [{ role: 'cache', description: 'In-memory cache', memoryGiB: [8, 16, 32], cpus: [2, 4], os: ['rhel_9x64', 'ubuntu_22_04'] }, 6],
  [{ role: 'mq', description: 'Message broker', memoryGiB: [4, 8], cpus: [2, 4], os: ['rhel_9x64'] }, 5],
  [{ role: 'k8s', description: 'Kubernetes worker', memoryGiB: [16, 32, 64], cpus: [4, 8, 16], os: ['rhel_9x64', 'ubuntu_22_04'] }, 12],
  [{ role: 'ci', description: 'Build agent', memoryGiB: [8, 16], cpus: [4, 8], os: ['ubuntu_22_04', 'rhel_9x64'] }, 8],
  [{ role: 'mon', description: 'Monitoring', memoryGiB: [4, 8], cpus: [2, 4], os: ['rhel_9x64'] }, 4],
  [{ role: 'dc', description: 'Domain controller', memoryGiB: [4, 8], cpus: [2, 4], os: ['windows_2022', 'windows_2019x64'] }, 3],
  [{ role: 'mssql', description: 'SQL Server', memoryGiB: [16, 32, 64], cpus: [4, 8], os: ['windows_2022'] }, 4],
  [{ role: 'vdi', description: 'Virtual desktop', memoryGiB: [4, 8], cpus: [2, 4], os: ['windows_10x64', 'windows_11'], type: 'desktop' }, 12],
];

const VM_STATUS: readonly (readonly [string, number])[] = [
  ['up', 68],
  ['down', 22],
  ['suspended', 3],
  ['paused', 2],
  ['migrating', 1],
  ['powering_up', 1],
  ['reboot_in_progress', 1],
  ['not_responding', 1],
  ['image_locked', 1],
];

const RUNNING = new Set(['up', 'paused', 'migrating', 'powering_up', 'reboot_in_progress', 'not_responding']);

const GUEST: Record<string, { distribution: string; family: string; major: number; minor: number; full: string; kernel?: string }> = {
  rhel_9x64: { distribution: 'Red Hat Enterprise Linux', family: 'Linux', major: 9, minor: 4, full: '9.4', kernel: '5.14.0-427.13.1.el9_4.x86_64' },
  rhel_8x64: { distribution: 'Red Hat Enterprise Linux', family: 'Linux', major: 8, minor: 10, full: '8.10', kernel: '4.18.0-553.el8_10.x86_64' },
  ubuntu_22_04: { distribution: 'Ubuntu', family: 'Linux', major: 22, minor: 4, full: '22.04', kernel: '5.15.0-105-generic' },
  windows_2022: { distribution: 'Windows Server 2022 Datacenter', family: 'Windows', major: 10, minor: 0, full: '10.0.20348' },
  windows_2019x64: { distribution: 'Windows Server 2019 Datacenter', family: 'Windows', major: 10, minor: 0, full: '10.0.17763' },
  windows_10x64: { distribution: 'Windows 10 Enterprise', family: 'Windows', major: 10, minor: 0, full: '10.0.19045' },
  windows_11: { distribution: 'Windows 11 Enterprise', family: 'Windows', major: 10, minor: 0, full: '10.0.22631' },
};

const TEMPLATES = [
  { name: 'rhel9-base', os: 'rhel_9x64', memoryGiB: 4, cpus: 2, diskGiB: 40, description: 'RHEL 9.4, cloud-init enabled' },
  { name: 'rhel8-base', os: 'rhel_8x64', memoryGiB: 4, cpus: 2, diskGiB: 40, description: 'RHEL 8.10, cloud-init enabled' },
  { name: 'ubuntu2204-base', os: 'ubuntu_22_04', memoryGiB: 2, cpus: 2, diskGiB: 30, description: 'Ubuntu 22.04 LTS' },
  { name: 'win2022-base', os: 'windows_2022', memoryGiB: 8, cpus: 4, diskGiB: 80, description: 'Windows Server 2022, sysprep ready' },
];

const HOST_MODELS = [
  { manufacturer: 'Dell Inc.', product: 'PowerEdge R750', cpu: 'Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz', type: 'Intel Icelake Server Family', speed: 2000, cores: 32 },
  { manufacturer: 'HPE', product: 'ProLiant DL380 Gen10', cpu: 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz', type: 'Intel Cascadelake Server Family', speed: 2100, cores: 20 },
  { manufacturer: 'Lenovo', product: 'ThinkSystem SR650', cpu: 'Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz', type: 'Intel Cascadelake Server Family', speed: 3000, cores: 24 },
];

const hex2 = (n: number): string => (n & 255).toString(16).padStart(2, '0');
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const link = (type: string, path: string, id: string): Obj => make(type, { id, href: `${API_PREFIX}/${path}/${id}` });

interface VmSeed {
  index: number;
  os: string;
  disks: { id: string; bootable: boolean }[];
  running: boolean;
  profile?: Obj;
}

/** Fills the engine with the inventory the options describe. Returns the counts made. */
export function seedInventory(engine: Engine, options: SeedOptions): Record<string, number> {
  const seed = (options.random ?? 1) >>> 0;
  const epoch = options.epoch === undefined ? Date.UTC(2025, 5, 1) : new Date(options.epoch).getTime();
  if (Number.isNaN(epoch)) throw new Error(`seed.epoch is not a valid date: ${String(options.epoch)}`);
  const count = (value: number | undefined, fallback: number, what: string): number => {
    const n = value ?? fallback;
    if (!Number.isInteger(n) || n < 0) throw new Error(`seed.${what} must be a whole number (0 or more), got ${String(value)}`);
    return n;
  };
  const D = count(options.dataCenters, 1, 'dataCenters');
  const C = count(options.clusters, D, 'clusters');
  const H = count(options.hosts, 2 * C, 'hosts');
  const S = count(options.storageDomains, 2 * D, 'storageDomains');
  const V = count(options.vms, 0, 'vms');
  const disksPerVm = count(options.disksPerVm, 1, 'disksPerVm');
  const nicsPerVm = count(options.nicsPerVm, 1, 'nicsPerVm');
  if (C > 0 && D === 0) throw new Error('seed: clusters need at least one data center');
  if (H > 0 && C === 0) throw new Error('seed: hosts need at least one cluster');
  if (V > 0 && C === 0) throw new Error('seed: VMs need at least one cluster');
  if (V > 0 && disksPerVm > 0 && S === 0) throw new Error('seed: VM disks need at least one storage domain');

  const rng = (kind: string, i: number): Random => Random.for(seed, kind, i);
  const id = (kind: string, i: number): string => stableId(seed, kind, i);
  const root = (path: string): Collection => engine.root(path);
  engine.instanceId = id('instance', 0);

  // Data centers, each with its management network and vNIC profile.
  const dcs: Entity[] = [];
  const profiles: Obj[] = [];
  for (let d = 0; d < D; d++) {
    const city = CITIES[d % CITIES.length];
    const dcName = d < CITIES.length ? city : `${city}-${Math.floor(d / CITIES.length) + 1}`;
    const dc = root('datacenters').insert(
      make('data_center', {
        name: dcName,
        description: `${city.charAt(0).toUpperCase()}${city.slice(1)} data center`,
        local: false,
        status: S > 0 ? 'up' : 'uninitialized',
        storageFormat: 'v5',
        quotaMode: 'disabled',
        version: { major: 4, minor: 7 },
        supportedVersions: [{ major: 4, minor: 7 }],
      }),
      id('dc', d),
    );
    dcs.push(dc);
    const { profile } = addManagementNetwork(engine, dc, { network: id('network', d), profile: id('vnicprofile', d) });
    profiles.push(profile.link('vnic_profile'));
    engine.event(950, `Data Center ${dcName} was added by ${engine.actor}.`, { dataCenter: dc }).obj.time = new Date(epoch - 900 * DAY);
  }

  // Clusters.
  const clusters: Entity[] = [];
  const clustersOf: Entity[][] = dcs.map(() => []);
  for (let c = 0; c < C; c++) {
    const d = c % D;
    const n = Math.floor(c / D) + 1;
    const model = HOST_MODELS[rng('cluster', c).int(0, HOST_MODELS.length - 1)];
    const cluster = root('clusters').insert(
      make('cluster', {
        name: `${dcs[d].obj.name}-cl${pad(n, 2)}`,
        description: `Compute cluster ${n} of ${String(dcs[d].obj.name)}`,
        dataCenter: dcs[d].link('data_center'),
        ...clusterDefaults(model.type),
      }),
      id('cluster', c),
    );
    cluster.state.model = model;
    clusters.push(cluster);
    clustersOf[d].push(cluster);
  }

  // Hosts: mostly up; the first host of every cluster always is.
  const upHostsOf: Entity[][] = clusters.map(() => []);
  // Memory of the running VMs on each host: a VM goes where the share of
  // memory committed stays lowest, as the engine's scheduler would weigh it.
  const hostCommitted = new Map<Entity, number>();
  const place = (hosts: Entity[], memory: number): Entity => {
    let best = hosts[0];
    let bestShare = Infinity;
    for (const h of hosts) {
      const share = ((hostCommitted.get(h) ?? 0) + memory) / Number(h.obj.memory);
      if (share < bestShare) {
        best = h;
        bestShare = share;
      }
    }
    hostCommitted.set(best, (hostCommitted.get(best) ?? 0) + memory);
    return best;
  };
  for (let h = 0; h < H; h++) {
    const c = h % C;
    const cluster = clusters[c];
    const r = rng('host', h);
    const model = cluster.state.model as (typeof HOST_MODELS)[number];
    const dcName = String(engine.linked(cluster.obj.dataCenter)?.obj.name ?? 'dc');
    const hostName = `host${pad(h + 1, H >= 1000 ? 4 : 3)}`;
    const hostStatus = h < C ? 'up' : r.weighted([['up', 90], ['maintenance', 6], ['non_responsive', 4]] as const);
    const hostMemory = r.pick([768, 1024, 1536, 2048]) * GiB;
    const host = root('hosts').insert(
      make('host', {
        name: hostName,
        description: `${model.manufacturer} ${model.product}`,
        address: `${hostName}.${dcName}.example.com`,
        status: hostStatus,
        type: 'rhel',
        port: 54321,
        protocol: 'stomp',
        cluster: cluster.link('cluster'),
        memory: hostMemory,
        maxSchedulingMemory: hostMemory - 32 * GiB,
        cpu: { name: model.cpu, speed: model.speed, type: model.type, topology: { sockets: 2, cores: model.cores, threads: 2 } },
        hardwareInformation: {
          manufacturer: model.manufacturer,
          productName: model.product,
          serialNumber: `SN${pad(r.int(0, 99999999), 8)}`,
          uuid: id('host-uuid', h),
          family: 'Server',
          version: '1.0',
        },
        os: { type: 'RHEL', version: { major: 9, minor: 4, fullVersion: '9.4 - 1.el9' } },
        version: { major: 4, minor: 50, build: 3, revision: 4, fullVersion: 'vdsm-4.50.3.4-1.el9' },
        libvirtVersion: { major: 10, minor: 0, build: 0, revision: 0, fullVersion: 'libvirt-10.0.0-6.el9' },
        spm: { priority: 5, status: h < D ? 'spm' : 'none' },
        kdumpStatus: 'disabled',
        externalStatus: 'ok',
        updateAvailable: r.chance(0.1),
        powerManagement: powerManagement(true),
      }),
      id('host', h),
    );
    host.state.index = h;
    if (hostStatus === 'up') upHostsOf[c].push(host);
    // Hosts came up one after the other over the last 60 days: event ids follow time, as an engine's do.
    engine.event(13, `Status of host ${hostName} was set to Up.`, { host, cluster }).obj.time = new Date(epoch - Math.round(((H - h) / H) * 60 * DAY));
  }

  // Storage domains, attached to their data centers.
  const sdsOf: Entity[][] = dcs.map(() => []);
  for (let s = 0; s < S; s++) {
    const d = s % D;
    const dc = dcs[d];
    const r = rng('sd', s);
    const n = Math.floor(s / D) + 1;
    const kind = r.pick(['nfs', 'iscsi', 'fcp'] as const);
    const total = r.pick([4, 8, 16, 32]) * TiB;
    const used = Math.floor(total * (0.2 + 0.5 * r.float()));
    const storage =
      kind === 'nfs'
        ? { type: 'nfs', address: `nfs${n}.${String(dc.obj.name)}.example.com`, path: `/exports/data${pad(n, 2)}`, nfsVersion: 'v4_2' }
        : { type: kind, volumeGroup: { id: `vg-${id('vg', s).slice(0, 8)}` } };
    const sdObj = make('storage_domain', {
      name: `${String(dc.obj.name)}-data${pad(n, 2)}`,
      description: `${kind.toUpperCase()} data domain`,
      type: 'data',
      storage,
      available: total - used,
      used,
      committed: 0,
      storageFormat: 'v5',
      master: n === 1,
      wipeAfterDelete: false,
      discardAfterDelete: false,
      supportsDiscard: kind !== 'nfs',
      supportsDiscardZeroesData: false,
      backup: false,
      blockSize: 512,
      warningLowSpaceIndicator: 10,
      criticalSpaceActionBlocker: 5,
      externalStatus: 'ok',
      dataCenters: [dc.link('data_center')],
    });
    const sd = root('storagedomains').insert(sdObj, id('sd', s));
    sdsOf[d].push(sd);
    engine.childOf(dc, 'storagedomains').insert(attachedCopy(dc, sd, 'active', sd.obj.master === true), sd.id);
  }

  // Templates, each with one disk on the first storage domain of the first data center.
  const templates = root('templates');
  const templateLinks = new Map<string, Obj>();
  if (C > 0) {
    TEMPLATES.forEach((t, i) => {
      const template = templates.insert(
        make('template', {
          name: t.name,
          description: t.description,
          status: 'ok',
          type: 'server',
          memory: t.memoryGiB * GiB,
          cpu: { architecture: 'x86_64', topology: { sockets: t.cpus, cores: 1, threads: 1 } },
          os: { type: t.os, boot: { devices: ['hd'] } },
          bios: { type: 'q35_ovmf' },
          cluster: clusters[0].link('cluster'),
          creationTime: new Date(epoch - (800 - i) * DAY),
          origin: 'ovirt',
          stateless: false,
          deleteProtected: false,
          highAvailability: { enabled: false, priority: 0 },
          display: { type: t.os.startsWith('windows') ? 'spice' : 'vnc', monitors: 1 },
          version: { versionNumber: 1, versionName: 'base' },
        }),
        id('template', i),
      );
      templateLinks.set(t.os, template.link('template'));
      const sd = sdsOf[0]?.[0];
      if (sd === undefined) return;
      const disk = root('disks').insert(
        make('disk', {
          name: `${t.name}_Disk1`,
          alias: `${t.name}_Disk1`,
          provisionedSize: t.diskGiB * GiB,
          actualSize: Math.floor(t.diskGiB * GiB * 0.3),
          totalSize: Math.floor(t.diskGiB * GiB * 0.3),
          format: 'cow',
          sparse: true,
          status: 'ok',
          storageType: 'image',
          contentType: 'data',
          shareable: false,
          wipeAfterDelete: false,
          propagateErrors: false,
          qcowVersion: 'qcow2_v3',
          imageId: id('template-image', i),
          storageDomains: [sd.link('storage_domain')],
        }),
        id('template-disk', i),
      );
      disk.state.vms = new Set<string>();
      engine.childOf(template, 'diskattachments').insert(
        make('disk_attachment', {
          active: true,
          bootable: true,
          interface: 'virtio_scsi',
          passDiscard: false,
          readOnly: false,
          usesScsiReservation: false,
          disk: disk.link('disk'),
          template: template.link('template'),
        }),
        disk.id,
      );
    });
  }
  const blank = templates.get(BLANK_TEMPLATE_ID)?.link('template');

  // VMs, with their disks (NICs and the rest come on demand).
  const vms = root('vms');
  const disks = root('disks');
  const width = Math.max(4, String(V).length);
  const committed = new Map<Entity, number>();
  for (let i = 0; i < V; i++) {
    const r = rng('vm', i);
    const c = i % C;
    const cluster = clusters[c];
    const d = c % D;
    const role = r.weighted(ROLES);
    const os = r.pick(role.os);
    const memory = r.pick(role.memoryGiB) * GiB;
    const cpus = r.pick(role.cpus);
    const sockets = cpus >= 4 && r.chance(0.5) ? 2 : 1;
    let vmStatus = r.weighted(VM_STATUS);
    const ups = upHostsOf[c];
    if (RUNNING.has(vmStatus) && ups.length === 0) vmStatus = 'down';
    const running = RUNNING.has(vmStatus);
    const created = epoch - r.int(2, 700) * DAY - r.int(0, DAY - 1);
    const started = running ? epoch - r.int(60, 90 * 86400) * 1000 : undefined;
    const vmName = `${role.role}-${pad(i + 1, width)}`;
    const dcName = String(dcs[d].obj.name);
    const guest = GUEST[os];
    const vmId = id('vm', i);
    const obj = make('vm', {
      name: vmName,
      description: role.description,
      status: vmStatus,
      type: role.type ?? 'server',
      memory,
      memoryPolicy: { guaranteed: memory, max: memory * 4, ballooning: role.type !== 'high_performance' },
      cpu: { architecture: 'x86_64', topology: { sockets, cores: cpus / sockets, threads: 1 } },
      cpuShares: 0,
      os: { type: os, boot: { devices: ['hd'] } },
      bios: { type: os.startsWith('windows_11') ? 'q35_secure_boot' : 'q35_ovmf' },
      display: { type: guest.family === 'Windows' ? 'spice' : 'vnc', monitors: 1 },
      highAvailability: { enabled: role.role === 'db' || r.chance(0.1), priority: role.role === 'db' ? 50 : 1 },
      stateless: false,
      deleteProtected: role.role === 'db' || r.chance(0.03),
      origin: 'ovirt',
      creationTime: new Date(created),
      startTime: started === undefined ? undefined : new Date(started),
      stopTime: running ? undefined : new Date(created + r.int(1, 30) * DAY),
      fqdn: running ? `${vmName}.${dcName}.example.com` : undefined,
      guestOperatingSystem: running
        ? {
            architecture: 'x86_64',
            distribution: guest.distribution,
            family: guest.family,
            version: { major: guest.major, minor: guest.minor, fullVersion: guest.full },
            kernel: guest.kernel === undefined ? undefined : { version: { fullVersion: guest.kernel } },
          }
        : undefined,
      placementPolicy: { affinity: 'migratable' },
      nextRunConfigurationExists: false,
      runOnce: false,
      startPaused: false,
      soundcardEnabled: false,
      usb: { enabled: false },
      cluster: cluster.link('cluster'),
      template: templateLinks.get(os) ?? blank,
      originalTemplate: templateLinks.get(os) ?? blank,
      host: running ? place(ups, memory).link('host') : undefined,
    });
    const vm = vms.insert(obj, vmId);
    const hostId = (obj.host as Obj | undefined)?.id;
    if (hostId !== undefined) engine.hostLoad.set(hostId, (engine.hostLoad.get(hostId) ?? 0) + 1);
    const vmSeed: VmSeed = { index: i, os, disks: [], running, profile: profiles[d] };
    vm.state.seed = vmSeed;
    vm.state.activeSnapshotId = id('snapshot', i);
    if (running) vm.state.ips = Array.from({ length: nicsPerVm }, (_, n) => ip(d, i, n));
    const sds = sdsOf[d].length > 0 ? sdsOf[d] : sdsOf.flat();
    for (let k = 0; k < disksPerVm; k++) {
      const g = i * disksPerVm + k;
      const dr = rng('disk', g);
      const size = (k === 0 ? dr.pick([20, 30, 40, 50, 80, 100]) : dr.pick([50, 100, 200, 500, 1000])) * GiB;
      const cow = dr.chance(0.7);
      const actual = cow ? Math.floor(size * (0.1 + 0.8 * dr.float())) : size;
      const sd = dr.pick(sds);
      const diskName = `${vmName}_Disk${k + 1}`;
      const disk = disks.insert(
        make('disk', {
          name: diskName,
          alias: diskName,
          description: k === 0 ? 'System disk' : 'Data disk',
          provisionedSize: size,
          actualSize: actual,
          totalSize: actual,
          format: cow ? 'cow' : 'raw',
          sparse: cow,
          status: vmStatus === 'image_locked' ? 'locked' : 'ok',
          storageType: 'image',
          contentType: 'data',
          shareable: false,
          wipeAfterDelete: false,
          propagateErrors: false,
          qcowVersion: cow ? 'qcow2_v3' : undefined,
          imageId: id('image', g),
          storageDomains: [sd.link('storage_domain')],
        }),
        id('disk', g),
      );
      disk.state.vms = new Set([vmId]);
      vmSeed.disks.push({ id: disk.id, bootable: k === 0 });
      committed.set(sd, (committed.get(sd) ?? 0) + size);
    }
    vm.state.nics = nicsPerVm;
  }
  for (const [sd, bytes] of committed) sd.obj.committed = bytes;

  const counts: Record<string, number> = { dataCenters: D, clusters: C, hosts: H, storageDomains: S, templates: C > 0 ? TEMPLATES.length : 0, vms: V, disks: V * disksPerVm };
  const extra = (value: boolean | { vms?: number } | undefined, what: string): number => {
    if (value === undefined || value === false) return 0;
    if (D === 0) throw new Error(`seed.${what} needs a data center`);
    return count(value === true ? undefined : value.vms, 3, `${what}.vms`);
  };
  /** A storage domain on NFS of the first data center, attached and active there. */
  const nfsDomain = (name: string, description: string, type: string, host: string, path: string, storageFormat: string, sizes: { available: number; used: number }, key: string): Entity => {
    const sd = root('storagedomains').insert(
      make('storage_domain', {
        name,
        description,
        type,
        storage: { type: 'nfs', address: `${host}.${String(dcs[0].obj.name)}.example.com`, path, nfsVersion: 'v4_2' },
        ...sizes,
        committed: 0,
        storageFormat,
        master: false,
        externalStatus: 'ok',
        dataCenters: [dcs[0].link('data_center')],
      }),
      id(key, 0),
    );
    engine.childOf(dcs[0], 'storagedomains').insert(attachedCopy(dcs[0], sd, 'active', false), sd.id);
    return sd;
  };
  const exportVms = extra(options.exportDomain, 'exportDomain');
  if (options.exportDomain !== undefined && options.exportDomain !== false) {
    const sd = nfsDomain('export', 'Export domain', 'export', 'nfs1', '/exports/export', 'v1', { available: 2 * TiB, used: 512 * GiB }, 'export-sd');
    for (let i = 0; i < exportVms; i++) engine.childOf(sd, 'vms').insert(plainVm(`exported-${pad(i + 1, 2)}`, 'Exported VM', epoch - (100 - i) * DAY, sd), id('exported-vm', i));
    counts.exportDomains = 1;
    counts.exportedVms = exportVms;
  }
  const unregistered = extra(options.importedDomain, 'importedDomain');
  if (options.importedDomain !== undefined && options.importedDomain !== false) {
    const sd = nfsDomain('imported-data', 'Data domain imported from another engine', 'data', 'nfs9', '/exports/imported', 'v5', { available: 4 * TiB, used: TiB }, 'imported-sd');
    for (let i = 0; i < unregistered; i++) addUnregisteredVm(engine, sd, plainVm(`unregistered-${pad(i + 1, 2)}`, 'Imported VM, not registered yet', epoch - (200 - i) * DAY, sd), id('unregistered-vm', i));
    counts.importedDomains = 1;
    counts.unregisteredVms = unregistered;
  }
  return counts;
}

/** A VM as a storage domain's OVF describes it (export or imported domain). */
function plainVm(vmName: string, description: string, created: number, sd: Entity): Obj {
  return make('vm', {
    name: vmName,
    description,
    status: 'down',
    type: 'server',
    memory: 4 * GiB,
    cpu: { architecture: 'x86_64', topology: { sockets: 1, cores: 2, threads: 1 } },
    os: { type: 'rhel_9x64', boot: { devices: ['hd'] } },
    display: { type: 'vnc', monitors: 1 },
    origin: 'ovirt',
    stateless: false,
    creationTime: new Date(created),
    storageDomain: sd.link('storage_domain'),
  });
}

function ip(dc: number, vm: number, nic: number): string {
  const n = vm * 4 + nic;
  return `10.${(dc + 10) & 255}.${(n >> 8) & 255}.${(n & 255) || 1}`;
}

function macOf(seed: number, g: number): string {
  return `56:6f:${hex2(seed)}:${hex2(g >> 16)}:${hex2(g >> 8)}:${hex2(g)}`;
}

/** Registers the on-demand children of seeded VMs (and statistics of every VM and host). */
export function registerSeedPopulators(engine: Engine, seedValue: number): void {
  const seed = seedValue >>> 0;
  const vmSeed = (c: Collection): VmSeed | undefined => c.parent?.state.seed as VmSeed | undefined;
  const set = (pattern: string, fill: (c: Collection) => void): void => {
    const previous = engine.store.populators.get(pattern);
    engine.store.populators.set(pattern, (c) => {
      previous?.(c);
      fill(c);
    });
  };

  set('vms/*/diskattachments', (c) => {
    const s = vmSeed(c);
    if (s === undefined) return;
    const vm = c.parent!;
    s.disks.forEach((d, k) => {
      c.insert(
        make('disk_attachment', {
          active: true,
          bootable: d.bootable,
          interface: s.os.startsWith('windows') && k === 0 ? 'sata' : 'virtio_scsi',
          passDiscard: false,
          readOnly: false,
          usesScsiReservation: false,
          logicalName: s.running ? `/dev/sd${String.fromCharCode(97 + (k % 26))}` : undefined,
          disk: link('disk', 'disks', d.id),
          vm: vm.link('vm'),
        }),
        d.id,
      );
    });
  });

  set('vms/*/nics', (c) => {
    const s = vmSeed(c);
    if (s === undefined) return;
    const vm = c.parent!;
    const n = Number(vm.state.nics ?? 0);
    for (let k = 0; k < n; k++) {
      const g = s.index * n + k;
      c.insert(
        make('nic', {
          name: `nic${k + 1}`,
          interface: s.os.startsWith('windows') ? 'e1000e' : 'virtio',
          mac: { address: macOf(seed, g) },
          linked: true,
          plugged: true,
          synced: true,
          vnicProfile: s.profile,
          vm: vm.link('vm'),
        }),
        stableId(seed, 'nic', g),
      );
    }
  });

  set('vms/*/reporteddevices', (c) => {
    const s = vmSeed(c);
    const vm = c.parent!;
    if (s === undefined || !RUNNING.has(String(vm.obj.status))) return;
    const ips = (vm.state.ips as string[] | undefined) ?? [];
    const n = Number(vm.state.nics ?? 0);
    for (let k = 0; k < n; k++) {
      const g = s.index * n + k;
      c.insert(
        make('reported_device', {
          name: s.os.startsWith('windows') ? `Ethernet ${k}` : `eth${k}`,
          type: 'network',
          mac: { address: macOf(seed, g) },
          ips: [
            { address: ips[k] ?? ip(0, s.index, k), version: 'v4', netmask: '255.255.0.0', gateway: ip(0, 0, 0) },
            { address: `fe80::546f:${hex2(seed)}ff:fe${hex2(g >> 16)}:${hex2(g >> 8)}${hex2(g)}`, version: 'v6' },
          ],
          vm: vm.link('vm'),
        }),
        stableId(seed, 'reported-device', g),
      );
    }
  });

  const statistic = (parent: { vm?: Obj; host?: Obj }, name: string, description: string, unit: string, kind: string, type: string, datum: number, sid: string): Obj =>
    make('statistic', { name, description, unit, kind, type, values: [{ datum }], ...parent, id: sid });

  set('vms/*/statistics', (c) => {
    const vm = c.parent!;
    const r = Random.for(seed, `stat:${vm.id}`, 0);
    const running = RUNNING.has(String(vm.obj.status));
    const memory = Number(vm.obj.memory ?? 0);
    const used = running ? Math.floor(memory * (0.2 + 0.7 * r.float())) : 0;
    const started = vm.obj.startTime instanceof Date ? vm.obj.startTime.getTime() : undefined;
    const parent = { vm: vm.link('vm') };
    const rows: [string, string, string, string, string, number][] = [
      ['memory.installed', 'Total memory configured', 'bytes', 'gauge', 'integer', memory],
      ['memory.used', 'Memory used (agent)', 'bytes', 'gauge', 'integer', used],
      ['memory.free', 'Memory free (agent)', 'bytes', 'gauge', 'integer', running ? memory - used : 0],
      ['cpu.current.guest', 'CPU used by guest', 'percent', 'gauge', 'decimal', running ? Math.round(r.float() * 9000) / 100 : 0],
      ['cpu.current.hypervisor', 'CPU overhead', 'percent', 'gauge', 'decimal', running ? Math.round(r.float() * 300) / 100 : 0],
      ['network.current.total', 'Total network usage', 'percent', 'gauge', 'decimal', running ? Math.round(r.float() * 2000) / 100 : 0],
      ['elapsed.time', 'Time elapsed since launch', 'seconds', 'gauge', 'integer', started === undefined ? 0 : Math.max(0, Math.floor((engine.clock.now() - started) / 1000))],
    ];
    rows.forEach(([n, d, u, k, t, v], i) => c.insert(statistic(parent, n, d, u, k, t, v, stableId(seed, `stat:${vm.id}`, i)), stableId(seed, `stat:${vm.id}`, i)));
  });

  set('hosts/*/statistics', (c) => {
    const host = c.parent!;
    const r = Random.for(seed, `stat:${host.id}`, 0);
    const memory = Number(host.obj.memory ?? 0);
    const load = engine.hostLoad.get(host.id) ?? 0;
    // Guests use most of what they were given, plus what the host itself needs.
    let vmMemory = 0;
    for (const vm of engine.root('vms').entities()) {
      if ((vm.obj.host as Obj | undefined)?.id === host.id) vmMemory += Number(vm.obj.memory ?? 0);
    }
    const used = Math.min(Math.floor(memory * 0.97), Math.floor(8 * GiB + vmMemory * (0.75 + 0.1 * r.float())));
    const parent = { host: host.link('host') };
    const rows: [string, string, string, string, string, number][] = [
      ['memory.total', 'Total memory', 'bytes', 'gauge', 'integer', memory],
      ['memory.used', 'Used memory', 'bytes', 'gauge', 'integer', used],
      ['memory.free', 'Free memory', 'bytes', 'gauge', 'integer', memory - used],
      ['cpu.current.user', 'User CPU usage', 'percent', 'gauge', 'decimal', Math.round(Math.min(95, load * 1.5 + r.float() * 5) * 100) / 100],
      ['cpu.current.system', 'System CPU usage', 'percent', 'gauge', 'decimal', Math.round(r.float() * 300) / 100],
      ['cpu.load.avg.5m', 'CPU 5 minute load average', 'percent', 'gauge', 'decimal', Math.round(load * 0.4 * 100) / 100],
    ];
    rows.forEach(([n, d, u, k, t, v], i) => c.insert(statistic(parent, n, d, u, k, t, v, stableId(seed, `stat:${host.id}`, i)), stableId(seed, `stat:${host.id}`, i)));
  });
}
