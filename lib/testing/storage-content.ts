/**
 * What storage domains hold beyond disks: the volumes of snapshots (a
 * snapshot's disks, a storage domain's and a disk's disk snapshots, the
 * active volumes with `include_active`), the VMs and templates of an export
 * domain (export, import), the VMs of an imported domain that are not
 * registered yet (register), and templates and VMs imported from OVA files.
 */
import type { ActionHook, AddHook, Engine, ListHook, Populator } from './engine';
import { conflict, incomplete, notFound } from './faults';
import { copyValue, make, type Obj } from './model';
import { stableId } from './random';
import { Entity } from './store';

const name = (e: Entity | undefined): string => String(e?.obj.name ?? '');

/** The disks attached to a VM now. */
export function attachedDisks(engine: Engine, vm: Entity): Entity[] {
  return engine
    .childOf(vm, 'diskattachments')
    .entities()
    .map((a) => engine.linked(a.obj.disk))
    .filter((d): d is Entity => d !== undefined && !d.removed);
}

/** The id of the volume a snapshot made of a disk. */
function volumeId(snapshot: Entity, disk: Entity): string {
  return stableId(0, `volume:${snapshot.id}:${disk.id}`, 0);
}

/** A disk as it is in a snapshot: its volume (`image_id`) of that snapshot. */
function diskInSnapshot(disk: Entity, snapshot: Entity, active: boolean): Obj {
  const copy = make('disk', {});
  for (const [k, v] of Object.entries(disk.obj)) if (k !== 'href' && k !== 'id') copy[k] = copyValue(v);
  copy.imageId = active ? disk.obj.imageId : volumeId(snapshot, disk);
  copy.snapshot = snapshot.link('snapshot');
  copy.status = 'ok';
  return copy;
}

/** The disk snapshot (a volume) of a disk in a snapshot, as a storage domain lists it. */
function diskSnapshot(disk: Entity, snapshot: Entity, active: boolean): Obj {
  const d = disk.obj;
  return make('disk_snapshot', {
    name: d.name,
    alias: d.alias,
    description: d.description,
    imageId: active ? d.imageId : volumeId(snapshot, disk),
    provisionedSize: d.provisionedSize,
    actualSize: d.actualSize,
    totalSize: d.totalSize,
    format: d.format,
    sparse: d.sparse,
    status: 'ok',
    storageType: d.storageType,
    contentType: d.contentType,
    qcowVersion: d.qcowVersion,
    disk: disk.link('disk'),
    snapshot: snapshot.link('snapshot'),
    storageDomains: ((d.storageDomains as Obj[] | undefined) ?? []).map((s) => make('storage_domain', { id: s.id, href: s.href })),
  });
}

/**
 * The disks a new snapshot of a VM takes: all its image disks (direct LUNs
 * have no snapshots), or the ones `chosen` names by attachment or disk id.
 * A chosen disk the VM does not have is refused (404 naming the id), so is
 * a chosen direct LUN (409), and an entry without an id (400).
 */
export function disksToSnapshot(engine: Engine, vm: Entity, chosen: readonly Obj[] | undefined): Entity[] {
  const attached = attachedDisks(engine, vm);
  if (chosen === undefined || chosen.length === 0) return attached.filter((d) => d.obj.storageType !== 'lun');
  const disks = new Set<Entity>();
  for (const a of chosen) {
    const id = a.id ?? (a.disk as Obj | undefined)?.id;
    if (typeof id !== 'string') throw incomplete('Snapshot', ['diskAttachments.id|disk.id'], 'add');
    const disk = attached.find((d) => d.id === id);
    if (disk === undefined) throw notFound(`Disk ${id} of VM ${name(vm)}`);
    if (disk.obj.storageType === 'lun') throw conflict(`Cannot create Snapshot. Disk ${String(disk.obj.alias ?? disk.obj.name)} is a direct LUN disk, which has no snapshots.`);
    disks.add(disk);
  }
  return [...disks];
}

/** Records a new snapshot's disks (from `disksToSnapshot`) and their volumes in the storage domains' disk snapshots. */
export function takeSnapshotOfDisks(engine: Engine, snapshot: Entity, disks: readonly Entity[]): void {
  snapshot.state.disks = disks.map((d) => d.id);
  for (const disk of disks) {
    for (const link of (disk.obj.storageDomains as Obj[] | undefined) ?? []) {
      const sd = engine.linked(link);
      if (sd !== undefined) engine.childOf(sd, 'disksnapshots').insert(diskSnapshot(disk, snapshot, false), volumeId(snapshot, disk));
    }
  }
}

/** A removed snapshot's volumes go from the storage domains. */
export function dropSnapshotVolumes(engine: Engine, snapshot: Entity): void {
  for (const id of (snapshot.state.disks as string[] | undefined) ?? []) {
    const disk = engine.root('disks').get(id);
    for (const link of (disk?.obj.storageDomains as Obj[] | undefined) ?? []) {
      const sd = engine.linked(link);
      const volume = sd === undefined || disk === undefined ? undefined : engine.childOf(sd, 'disksnapshots').get(volumeId(snapshot, disk));
      if (volume !== undefined) engine.delete(volume);
    }
  }
}

/** The disks of a snapshot: the ones it took (the Active VM snapshot: the VM's image disks now; direct LUNs have no snapshots). */
const snapshotDisks: Populator = (engine, c) => {
  const snapshot = c.parent!;
  const vm = snapshot.coll.parent!;
  const active = snapshot.obj.snapshotType === 'active';
  const ids = snapshot.state.disks as string[] | undefined;
  const disks = active || ids === undefined ? attachedDisks(engine, vm).filter((d) => d.obj.storageType !== 'lun') : ids.map((id) => engine.root('disks').get(id)).filter((d): d is Entity => d !== undefined);
  for (const d of disks) c.insert(diskInSnapshot(d, snapshot, active || ids === undefined), d.id);
};

/** `include_active=true`: a storage domain's disk snapshots with the active volume of each of its disks. */
const storageDomainDiskSnapshots: ListHook = (engine, coll, query, items) => {
  if (query.get('include_active') !== 'true') return items;
  const sd = coll.parent!;
  const out = [...items];
  for (const disk of engine.childOf(sd, 'disks').entities()) {
    const vmId = [...((disk.state.vms as Set<string> | undefined) ?? [])][0];
    const vm = vmId === undefined ? undefined : engine.root('vms').get(vmId);
    const active = vm === undefined ? undefined : engine.childOf(vm, 'snapshots').entities().find((s) => s.obj.snapshotType === 'active');
    const obj = diskSnapshot(disk, active ?? disk, true);
    if (active === undefined) delete obj.snapshot;
    out.push(new Entity(String(disk.obj.imageId), obj, coll));
  }
  return out;
};

/** A disk's snapshots: its volumes in the storage domains' disk snapshots (and the active one with `include_active`). */
const diskDiskSnapshots: ListHook = (engine, coll, query) => {
  const disk = coll.parent!;
  const out: Entity[] = [];
  for (const link of (disk.obj.storageDomains as Obj[] | undefined) ?? []) {
    const sd = engine.linked(link);
    if (sd === undefined) continue;
    const all = storageDomainDiskSnapshots(engine, engine.childOf(sd, 'disksnapshots'), query, engine.childOf(sd, 'disksnapshots').entities());
    out.push(...all.filter((s) => (s.obj.disk as Obj | undefined)?.id === disk.id));
  }
  return out;
};

// ---- export domains ----

/** What a VM or template is on an export domain: a copy of its configuration, with the same id. */
function exported(e: Entity, sd: Entity): Obj {
  const copy = make(e.type, {});
  for (const [k, v] of Object.entries(e.obj)) if (k !== 'href' && k !== 'id' && k !== 'host' && k !== 'status') copy[k] = copyValue(v);
  copy.status = e.type === 'vm' ? 'down' : 'ok';
  copy.storageDomain = sd.link('storage_domain');
  return copy;
}

function exportDomainOf(engine: Engine, action: Obj, what: string): Entity {
  const sd = engine.lookup(engine.root('storagedomains'), action.storageDomain as Obj | undefined, 'Action', 'export', 'storage_domain');
  if (sd.obj.type !== 'export') throw conflict(`Cannot export ${what}. The Storage Domain ${name(sd)} is not an export domain.`);
  if (!((sd.obj.dataCenters as Obj[] | undefined) ?? []).length) throw conflict(`Cannot export ${what}. The export domain ${name(sd)} is not attached to a Data Center.`);
  return sd;
}

function exporting(kind: 'vm' | 'template'): ActionHook {
  const label = kind === 'vm' ? 'VM' : 'Template';
  return (engine, e, action) => {
    if (action.directory !== undefined || action.host !== undefined) return exportOva(engine, e, action);
    const sd = exportDomainOf(engine, action, label);
    if (kind === 'vm' && e.obj.status !== 'down') throw conflict('Cannot export VM. VM must be down.');
    if (kind === 'template' && e.obj.status !== 'ok') throw conflict('Cannot export Template. Template is locked.');
    const target = engine.childOf(sd, kind === 'vm' ? 'vms' : 'templates');
    if (target.get(e.id) !== undefined && action.exclusive !== true) {
      throw conflict(`Cannot export ${label}. ${label} ${name(e)} already exists on the export domain ${name(sd)}; export it with exclusive=true to overwrite it.`);
    }
    const job = engine.startJob(`Exporting ${label} ${name(e)} To Export Domain ${name(sd)}`);
    engine.event(kind === 'vm' ? 1162 : 1163, `Starting export ${label} ${name(e)} to ${name(sd)}`, { [kind]: e });
    if (kind === 'vm') engine.set(e, { status: 'image_locked' });
    engine.chain(e, [
      [
        engine.delays.vmExport,
        () => {
          const old = target.get(e.id);
          if (old !== undefined) engine.delete(old);
          target.insert(exported(e, sd), e.id);
          if (kind === 'vm') e.obj.status = 'down';
          engine.endJob(job);
          engine.event(kind === 'vm' ? 1150 : 1152, `${label} ${name(e)} was exported successfully to ${name(sd)}`, { [kind]: e });
        },
      ],
    ]);
    return { job };
  };
}

/** Export to a path on a host (an OVA): nothing to keep in the simulator, a job and events. */
function exportOva(engine: Engine, e: Entity, action: Obj): { job: Entity } {
  const host = engine.lookup(engine.root('hosts'), action.host as Obj | undefined, 'Action', 'export', 'host');
  const path = `${String(action.directory ?? '/tmp')}/${String(action.filename ?? `${name(e)}.ova`)}`;
  const job = engine.startJob(`Exporting ${e.type === 'vm' ? 'VM' : 'Template'} ${name(e)} as an OVA to ${path} on Host ${name(host)}`);
  engine.event(1223, `Starting to export ${e.type === 'vm' ? 'Vm' : 'Template'} ${name(e)} as a Virtual Appliance`, { [e.type]: e });
  engine.chain(e, [
    [
      engine.delays.vmExport,
      () => {
        engine.endJob(job);
        engine.event(1225, `${e.type === 'vm' ? 'Vm' : 'Template'} ${name(e)} was exported successfully as a Virtual Appliance to path ${path} on Host ${name(host)}`, { [e.type]: e });
      },
    ],
  ]);
  return { job };
}

/**
 * `import` of a VM (or template) of an export domain, `register` of an
 * unregistered one of an imported domain: it becomes a VM of the cluster.
 */
function importing(kind: 'import' | 'register'): ActionHook {
  return (engine, e, action) => {
    const sd = e.coll.parent!;
    const type = e.type;
    const cluster = engine.lookup(engine.root('clusters'), action.cluster as Obj | undefined, 'Action', kind, 'cluster');
    const into = engine.root(type === 'vm' ? 'vms' : 'templates');
    const clone = action.clone === true;
    const given = action[type] as Obj | undefined;
    const newName = typeof given?.name === 'string' ? given.name : name(e);
    const id = clone ? undefined : e.id;
    if (id !== undefined && into.get(id) !== undefined) throw conflict(`Cannot ${kind} ${type === 'vm' ? 'VM' : 'Template'}. ${type === 'vm' ? 'VM' : 'Template'} ${name(e)} exists already; import it as a clone.`);
    if (into.named(newName) !== undefined) throw conflict(`Cannot ${kind} ${type === 'vm' ? 'VM' : 'Template'}. The given name is already in use.`);
    const obj = make(type, {});
    for (const [k, v] of Object.entries(e.obj)) if (k !== 'href' && k !== 'id' && k !== 'storageDomain') obj[k] = copyValue(v);
    obj.name = newName;
    obj.cluster = cluster.link('cluster');
    obj.status = type === 'vm' ? 'image_locked' : 'locked';
    const made = into.insert(obj, id);
    if (kind === 'register') engine.delete(e);
    const job = engine.startJob(`${kind === 'import' ? 'Importing' : 'Registering'} ${type === 'vm' ? 'VM' : 'Template'} ${newName} to Cluster ${name(cluster)}`);
    engine.event(kind === 'import' ? 1165 : 1166, `Starting to ${kind} ${type === 'vm' ? 'Vm' : 'Template'} ${newName} from ${name(sd)}`, { [type]: made, cluster });
    engine.chain(made, [
      [
        engine.delays.vmCreate,
        () => {
          made.obj.status = type === 'vm' ? 'down' : 'ok';
          engine.endJob(job);
          engine.event(kind === 'import' ? 1152 : 1171, `${type === 'vm' ? 'Vm' : 'Template'} ${newName} was ${kind === 'import' ? 'imported' : 'registered'} successfully from ${name(sd)}`, { [type]: made, cluster });
        },
      ],
    ]);
    return { job };
  };
}

/** A storage domain's VMs: registered ones (on an export domain: the exported ones), or with `unregistered=true` the ones not registered yet. */
const storageDomainVms: ListHook = (_engine, _coll, query, items) => {
  const unregistered = query.get('unregistered') === 'true';
  return items.filter((e) => (e.state.unregistered === true) === unregistered);
};

/** Seeds an imported data domain's unregistered VMs (their OVF in the domain's OVF store). */
export function addUnregisteredVm(engine: Engine, sd: Entity, obj: Obj, id: string): Entity {
  const vm = engine.childOf(sd, 'vms').insert(obj, id);
  vm.state.unregistered = true;
  return vm;
}

// ---- OVA imports ----

/**
 * `POST /externaltemplateimports` and `/externalvmimports`: the OVA (or
 * provider) a host reads becomes a new template or VM of the cluster. The
 * template or VM named in the request is the one to make, not an existing
 * one.
 */
function externalImport(kind: 'template' | 'vm'): AddHook {
  return (engine, coll, obj) => {
    const given = obj[kind] as Obj | undefined;
    delete obj[kind];
    engine.resolveLinks(obj);
    const cluster = engine.linked(obj.cluster);
    const newName = typeof given?.name === 'string' ? given.name : typeof obj.name === 'string' ? obj.name : String(obj.url ?? 'imported').replace(/^.*\//, '').replace(/\.ova$/i, '');
    const into = engine.root(kind === 'vm' ? 'vms' : 'templates');
    if (into.named(newName) !== undefined) throw conflict(`Cannot import ${kind === 'vm' ? 'VM' : 'Template'}. The given name is already in use.`);
    if (cluster === undefined) throw notFound('Cluster');
    const made = into.insert(
      make(kind, {
        name: newName,
        description: given?.description,
        cluster: cluster.link('cluster'),
        status: kind === 'vm' ? 'image_locked' : 'locked',
        origin: 'ovirt',
        memory: 2 ** 30,
        cpu: { architecture: 'x86_64', topology: { sockets: 1, cores: 1, threads: 1 } },
        os: { type: 'other' },
        creationTime: engine.date(),
        ...(kind === 'template' ? { version: { versionNumber: 1, versionName: 'base' } } : {}),
      }),
    );
    if (kind === 'template') (made.obj.version as Obj).baseTemplate = made.link('template');
    obj[kind] = made.link(kind);
    const record = coll.insert(obj);
    const job = engine.startJob(`Importing ${kind === 'vm' ? 'VM' : 'Template'} ${newName} from ${String(obj.url ?? 'an OVA')}`);
    engine.event(kind === 'vm' ? 1212 : 1226, `Starting to import ${kind === 'vm' ? 'Vm' : 'Template'} ${newName} to Data Center ${name(engine.linked(cluster.obj.dataCenter))}, Cluster ${name(cluster)}`, { [kind]: made, cluster });
    engine.chain(made, [
      [
        kind === 'vm' ? engine.delays.vmCreate : engine.delays.templateCreate,
        () => {
          made.obj.status = kind === 'vm' ? 'down' : 'ok';
          engine.endJob(job);
          engine.event(kind === 'vm' ? 1153 : 1155, `${kind === 'vm' ? 'Vm' : 'Template'} ${newName} was imported successfully to Data Center ${name(engine.linked(cluster.obj.dataCenter))}, Cluster ${name(cluster)}`, { [kind]: made, cluster });
        },
      ],
    ]);
    return record;
  };
}

export const STORAGE_POPULATORS: Record<string, Populator> = {
  'vms/*/snapshots/*/disks': snapshotDisks,
};

export const STORAGE_LIST_HOOKS: Record<string, ListHook> = {
  'storagedomains/*/disksnapshots': storageDomainDiskSnapshots,
  'disks/*/disksnapshots': diskDiskSnapshots,
  'storagedomains/*/vms': storageDomainVms,
  'storagedomains/*/templates': storageDomainVms,
};

export const STORAGE_ACTIONS: Record<string, ActionHook> = {
  'vms/*:export': exporting('vm'),
  'templates/*:export': exporting('template'),
  'storagedomains/*/vms/*:import': importing('import'),
  'storagedomains/*/vms/*:register': importing('register'),
  'storagedomains/*/templates/*:import': importing('import'),
  'storagedomains/*/templates/*:register': importing('register'),
};

export const STORAGE_ADD_HOOKS: Record<string, AddHook> = {
  externaltemplateimports: externalImport('template'),
  externalvmimports: externalImport('vm'),
};
