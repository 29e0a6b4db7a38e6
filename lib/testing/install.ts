/**
 * What an engine has as soon as it is installed: the admin user and the
 * internal directory, the Blank template, the root tag, and (unless the
 * inventory is seeded) the Default data center, with its management network,
 * and cluster.
 */
import { addManagementNetwork } from './devices';
import { installDirectory } from './directory';
import type { Engine } from './engine';
import { BLANK_TEMPLATE_ID, make } from './model';

/**
 * Installs what every engine has: the admin user, the Blank template and the root
 * tag; and, unless the inventory is seeded, the Default data center and
 * cluster of a fresh installation.
 */
export function installEngine(engine: Engine, userId: string, withDefaults: boolean): void {
  const [userName, profile] = engine.config.username.split('@');
  const domain = `${profile ?? 'internal'}-authz`;
  engine.user = engine.store.root('users').insert(
    make('user', {
      name: userName,
      userName: `${userName}@${domain}`,
      principal: userName,
      namespace: '*',
      lastName: '',
      email: '',
      department: '',
      domainEntryId: Buffer.from(userId).toString('hex').slice(0, 32),
      domain: { name: domain },
    }),
    userId,
  );
  installDirectory(engine, engine.user, engine.config.directory ?? {});
  engine.store.root('templates').insert(
    make('template', {
      name: 'Blank',
      description: 'Blank template',
      status: 'ok',
      type: 'server',
      memory: 2 ** 30,
      cpu: { architecture: 'x86_64', topology: { sockets: 1, cores: 1, threads: 1 } },
      os: { type: 'other', boot: { devices: ['hd'] } },
      bios: { type: 'cluster_default' },
      creationTime: new Date(Date.UTC(2008, 3, 1)),
      origin: 'ovirt',
      stateless: false,
      deleteProtected: false,
      highAvailability: { enabled: false, priority: 0 },
      display: { type: 'vnc', monitors: 1, allowOverride: false, copyPasteEnabled: true, fileTransferEnabled: true, smartcardEnabled: false, disconnectAction: 'LOCK_SCREEN' },
      version: { versionNumber: 1, versionName: 'base version' },
    }),
    BLANK_TEMPLATE_ID,
  );
  engine.store.root('tags').insert(make('tag', { name: 'root', description: 'root' }), BLANK_TEMPLATE_ID);
  if (!withDefaults) return;
  const dc = engine.store.root('datacenters').insert(
    make('data_center', {
      name: 'Default',
      description: 'The default Data Center',
      local: false,
      status: 'uninitialized',
      storageFormat: 'v5',
      quotaMode: 'disabled',
      version: { major: 4, minor: 7 },
      supportedVersions: [{ major: 4, minor: 7 }],
    }),
  );
  addManagementNetwork(engine, dc);
  engine.store.root('clusters').insert(
    make('cluster', {
      name: 'Default',
      description: 'The default server cluster',
      dataCenter: dc.link('data_center'),
      cpu: { architecture: 'x86_64', type: 'Intel Cascadelake Server Family' },
      version: { major: 4, minor: 7 },
      ballooningEnabled: true,
      biosType: 'q35_ovmf',
      virtService: true,
      glusterService: false,
    }),
  );
}
