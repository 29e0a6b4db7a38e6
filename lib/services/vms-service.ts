// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmService } from './vm-service';

/**
 * Options of {@link VmsService.addFromScratch}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
 */
export interface VmsServiceAddFromScratchOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `clone` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   */
  clone?: boolean;
  /**
   * `boolean`, sent as query parameter `clone_permissions` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.0.0
   */
  filter?: boolean;
  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; another string is sent as it is), sent as query parameter `auto_pinning_policy` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.4
   * @deprecated The API model marks it deprecated.
   */
  autoPinningPolicy?: t.AutoPinningPolicy | (string & {});
  /**
   * `boolean`, sent as query parameter `seal` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.5
   */
  seal?: boolean;
}

/**
 * Options of {@link VmsService.addFromSnapshot}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
 */
export interface VmsServiceAddFromSnapshotOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `clone` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   */
  clone?: boolean;
  /**
   * `boolean`, sent as query parameter `clone_permissions` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.0.0
   */
  filter?: boolean;
  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; another string is sent as it is), sent as query parameter `auto_pinning_policy` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.4
   * @deprecated The API model marks it deprecated.
   */
  autoPinningPolicy?: t.AutoPinningPolicy | (string & {});
  /**
   * `boolean`, sent as query parameter `seal` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.5
   */
  seal?: boolean;
}

/**
 * Options of {@link VmsService.addFromConfiguration}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
 */
export interface VmsServiceAddFromConfigurationOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `clone` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   */
  clone?: boolean;
  /**
   * `boolean`, sent as query parameter `clone_permissions` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.0.0
   */
  filter?: boolean;
  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; another string is sent as it is), sent as query parameter `auto_pinning_policy` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.4
   * @deprecated The API model marks it deprecated.
   */
  autoPinningPolicy?: t.AutoPinningPolicy | (string & {});
  /**
   * `boolean`, sent as query parameter `seal` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.5
   */
  seal?: boolean;
}

/**
 * Options of {@link VmsService.add}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
 */
export interface VmsServiceAddOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `clone` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   */
  clone?: boolean;
  /**
   * `boolean`, sent as query parameter `clone_permissions` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.0.0
   */
  filter?: boolean;
  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; another string is sent as it is), sent as query parameter `auto_pinning_policy` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.4
   * @deprecated The API model marks it deprecated.
   */
  autoPinningPolicy?: t.AutoPinningPolicy | (string & {});
  /**
   * `boolean`, sent as query parameter `seal` of `POST /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @since API 4.5
   */
  seal?: boolean;
}

/**
 * Options of {@link VmsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/list | reference: vms.list}
 */
export interface VmsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `search` of `GET /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/list | reference: vms.list}
   */
  search?: string;
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/list | reference: vms.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/list | reference: vms.list}
   */
  caseSensitive?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/list | reference: vms.list}
   */
  filter?: boolean;
  /**
   * `boolean`, sent as query parameter `all_content` of `GET /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/list | reference: vms.list}
   * @since API 4.0.6
   */
  allContent?: boolean;
  /**
   * `boolean`, sent as query parameter `ovf_as_ova` of `GET /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/list | reference: vms.list}
   * @since API 4.4.3
   */
  ovfAsOva?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/list | reference: vms.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_FROM_SCRATCH_PARAMETERS = methodParameters('VmsService.addFromScratch', { clone: 'boolean', clonePermissions: 'boolean', filter: 'boolean', autoPinningPolicy: 'enum', seal: 'boolean' }, ['vm', t.Vm]);
const ADD_FROM_SNAPSHOT_PARAMETERS = methodParameters('VmsService.addFromSnapshot', { clone: 'boolean', clonePermissions: 'boolean', filter: 'boolean', autoPinningPolicy: 'enum', seal: 'boolean' }, ['vm', t.Vm]);
const ADD_FROM_CONFIGURATION_PARAMETERS = methodParameters('VmsService.addFromConfiguration', { clone: 'boolean', clonePermissions: 'boolean', filter: 'boolean', autoPinningPolicy: 'enum', seal: 'boolean' }, ['vm', t.Vm]);
const ADD_PARAMETERS = methodParameters('VmsService.add', { clone: 'boolean', clonePermissions: 'boolean', filter: 'boolean', autoPinningPolicy: 'enum', seal: 'boolean' }, ['vm', t.Vm]);
const LIST_PARAMETERS = methodParameters('VmsService.list', { search: 'string', max: 'integer', caseSensitive: 'boolean', filter: 'boolean', allContent: 'boolean', ovfAsOva: 'boolean', follow: 'string' });

/**
 * The `vms` service of the API.
 *
 * Path below the API root: `/vms`.
 * Reached with `connection.systemService().vmsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms | reference: vms}
 */
export class VmsService extends Service {
  /**
   * Adds a `vm`: sends `POST /vms` with it as the `<vm>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Needs (the engine refuses the request without them):
   * - `vm.cluster.id` or `vm.cluster.name`
   * - `vm.name`
   * - `vm.template.id` or `vm.template.name`
   *
   * Also accepts: `vm.bios.bootMenu.enabled`, `vm.comment`, `vm.cpu.topology.cores`, `vm.cpu.topology.sockets`, `vm.cpu.topology.threads`, `vm.cpuProfile.id`, `vm.deleteProtected`, `vm.description`, `vm.display.allowOverride`, `vm.display.copyPasteEnabled`, `vm.display.disconnectAction`, `vm.display.fileTransferEnabled`, `vm.display.keyboardLayout`, `vm.display.monitors`, `vm.display.smartcardEnabled`, `vm.display.type`, `vm.display.videoType`, `vm.domain.name`, `vm.highAvailability.enabled`, `vm.highAvailability.priority`, `vm.largeIcon.data`, `vm.largeIcon.id`, `vm.largeIcon.mediaType`, `vm.memory`, `vm.memoryPolicy.ballooning`, `vm.memoryPolicy.guaranteed`, `vm.migration.autoConverge`, `vm.migration.compressed`, `vm.migrationDowntime`, `vm.numaTuneMode`, `vm.origin`, `vm.os.cmdline`, `vm.os.initrd`, `vm.os.kernel`, `vm.os.type`, `vm.placementPolicy.affinity`, `vm.quota.id`, `vm.rngDevice.rate.bytes`, `vm.rngDevice.rate.period`, `vm.rngDevice.source`, `vm.serialNumber.policy`, `vm.serialNumber.value`, `vm.smallIcon.id`, `vm.startPaused`, `vm.stateless`, `vm.timeZone.name`, `vm.tunnelMigration`, `vm.type`, `vm.usb.enabled`, `vm.usb.type`, `vm.virtioScsi.enabled`, `vm.placementPolicy.hosts[].id` or `vm.placementPolicy.hosts[].name`, `vm.customProperties[].name`, `vm.customProperties[].value`, `vm.payloads[].files[].name`, `vm.payloads[].files[].content`, `vm.payloads[].type`, `vm.payloads[].volumeId`, `vm.sso.methods[].id`, `vm.cpu.cpuTune.vcpuPins[].cpuSet`, `vm.cpu.cpuTune.vcpuPins[].vcpu`, `vm.storageErrorResumeBehaviour`, `vm.multiQueuesEnabled`, `vm.virtioScsiMultiQueuesEnabled`, `vm.virtioScsiMultiQueues`, `vm.tpmEnabled`, `vm.autoPinningPolicy`, `vm.console.enabled`, `vm.cpu.architecture`, `vm.cpu.mode`, `vm.cpuShares`, `vm.customCpuModel`, `vm.customEmulatedMachine`, `vm.display.singleQxlPci`, `vm.initialization.configuration.data`, `vm.initialization.configuration.type`, `vm.io.threads`, `vm.soundcardEnabled`, `vm.useLatestTemplateVersion`, `vm.instanceType.id` or `vm.instanceType.name`, `vm.os.boot.devices[]`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @param vm The `vm` to send: `VmInit` (a `Vm` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmsServiceAddFromScratchOptions}).
   * @returns The `vm` as the engine answers it.
   */
  addFromScratch(vm: t.VmInit, opts: VmsServiceAddFromScratchOptions = {}): Promise<t.Vm> {
    const refused = checkParameters(ADD_FROM_SCRATCH_PARAMETERS, opts, vm);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      clone: opts.clone,
      clone_permissions: opts.clonePermissions,
      filter: opts.filter,
      auto_pinning_policy: opts.autoPinningPolicy,
      seal: opts.seal,
    };
    return this._add(vm, 'vm', query, opts) as Promise<t.Vm>;
  }

  /**
   * Adds a `vm`: sends `POST /vms` with it as the `<vm>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `vm.snapshots` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `vm.cluster.id` or `vm.cluster.name`
   * - `vm.name`
   * - `vm.snapshots[].id`
   *
   * Also accepts: `vm.console.enabled`, `vm.cpu.architecture`, `vm.cpuShares`, `vm.customCpuModel`, `vm.customEmulatedMachine`, `vm.display.singleQxlPci`, `vm.soundcardEnabled`.
   *
   * Rule: the engine's check, BackendVmsResource.add: validateParameters(vm, "cluster.id|name") and validateParameters(vm, "name"); with snapshots, createVmFromSnapshot takes snapshots[0].id and no template.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @param vm The `vm` to send: `VmInit` (a `Vm` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmsServiceAddFromSnapshotOptions}).
   * @returns The `vm` as the engine answers it.
   */
  addFromSnapshot(vm: t.VmInit, opts: VmsServiceAddFromSnapshotOptions = {}): Promise<t.Vm> {
    const refused = checkParameters(ADD_FROM_SNAPSHOT_PARAMETERS, opts, vm);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      clone: opts.clone,
      clone_permissions: opts.clonePermissions,
      filter: opts.filter,
      auto_pinning_policy: opts.autoPinningPolicy,
      seal: opts.seal,
    };
    return this._add(vm, 'vm', query, opts) as Promise<t.Vm>;
  }

  /**
   * Adds a `vm`: sends `POST /vms` with it as the `<vm>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `vm.initialization.configuration` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `vm.cluster.id` or `vm.cluster.name`
   * - `vm.initialization.configuration.type`
   * - `vm.initialization.configuration.data`
   *
   * Also accepts: `vm.cpu.mode`, `vm.initialization.regenerateIds`, `vm.name`, `vm.os.boot.devices[]`.
   *
   * Rule: the engine's check, BackendVmsResource.add: validateParameters(vm, "cluster.id|name"), then validateParameters(vm, "initialization.configuration.type", "initialization.configuration.data") and importVmFromConfiguration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @param vm The `vm` to send: `VmInit` (a `Vm` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmsServiceAddFromConfigurationOptions}).
   * @returns The `vm` as the engine answers it.
   */
  addFromConfiguration(vm: t.VmInit, opts: VmsServiceAddFromConfigurationOptions = {}): Promise<t.Vm> {
    const refused = checkParameters(ADD_FROM_CONFIGURATION_PARAMETERS, opts, vm);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      clone: opts.clone,
      clone_permissions: opts.clonePermissions,
      filter: opts.filter,
      auto_pinning_policy: opts.autoPinningPolicy,
      seal: opts.seal,
    };
    return this._add(vm, 'vm', query, opts) as Promise<t.Vm>;
  }

  /**
   * Adds a `vm`: sends `POST /vms` with it as the `<vm>` body, and reads the object the engine answers.
   *
   * Its signatures send the same request for particular cases: `addFromScratch`, `addFromSnapshot` (when `vm.snapshots` is given), `addFromConfiguration` (when `vm.initialization.configuration` is given).
   *
   * Needs (the engine refuses the request without them):
   * - `vm.cluster.id` or `vm.cluster.name`
   * - `vm.name`
   * - `vm.template.id` or `vm.template.name`
   *
   * Also accepts: `vm.bios.bootMenu.enabled`, `vm.comment`, `vm.cpu.topology.cores`, `vm.cpu.topology.sockets`, `vm.cpu.topology.threads`, `vm.cpuProfile.id`, `vm.deleteProtected`, `vm.description`, `vm.display.allowOverride`, `vm.display.copyPasteEnabled`, `vm.display.disconnectAction`, `vm.display.fileTransferEnabled`, `vm.display.keyboardLayout`, `vm.display.monitors`, `vm.display.smartcardEnabled`, `vm.display.type`, `vm.display.videoType`, `vm.domain.name`, `vm.highAvailability.enabled`, `vm.highAvailability.priority`, `vm.largeIcon.data`, `vm.largeIcon.id`, `vm.largeIcon.mediaType`, `vm.memory`, `vm.memoryPolicy.ballooning`, `vm.memoryPolicy.guaranteed`, `vm.migration.autoConverge`, `vm.migration.compressed`, `vm.migrationDowntime`, `vm.numaTuneMode`, `vm.origin`, `vm.os.cmdline`, `vm.os.initrd`, `vm.os.kernel`, `vm.os.type`, `vm.placementPolicy.affinity`, `vm.quota.id`, `vm.rngDevice.rate.bytes`, `vm.rngDevice.rate.period`, `vm.rngDevice.source`, `vm.serialNumber.policy`, `vm.serialNumber.value`, `vm.smallIcon.id`, `vm.startPaused`, `vm.stateless`, `vm.timeZone.name`, `vm.tunnelMigration`, `vm.type`, `vm.usb.enabled`, `vm.usb.type`, `vm.virtioScsi.enabled`, `vm.placementPolicy.hosts[].id` or `vm.placementPolicy.hosts[].name`, `vm.customProperties[].name`, `vm.customProperties[].value`, `vm.payloads[].files[].name`, `vm.payloads[].files[].content`, `vm.payloads[].type`, `vm.payloads[].volumeId`, `vm.sso.methods[].id`, `vm.cpu.cpuTune.vcpuPins[].cpuSet`, `vm.cpu.cpuTune.vcpuPins[].vcpu`, `vm.storageErrorResumeBehaviour`, `vm.multiQueuesEnabled`, `vm.virtioScsiMultiQueuesEnabled`, `vm.virtioScsiMultiQueues`, `vm.tpmEnabled`, `vm.autoPinningPolicy`.
   *
   * Rule: the engine's check, BackendVmsResource.add: validateParameters(vm, "cluster.id|name"), then validateParameters(vm, "name") and validateParameters(vm, "template.id|name") unless the VM comes from a snapshot or a configuration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add | reference: vms.add}
   * @param vm The `vm` to send: `VmInit` (a `Vm` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmsServiceAddOptions}).
   * @returns The `vm` as the engine answers it.
   */
  add(vm: t.VmInit, opts: VmsServiceAddOptions = {}): Promise<t.Vm> {
    const refused = checkParameters(ADD_PARAMETERS, opts, vm);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      clone: opts.clone,
      clone_permissions: opts.clonePermissions,
      filter: opts.filter,
      auto_pinning_policy: opts.autoPinningPolicy,
      seal: opts.seal,
    };
    return this._add(vm, 'vm', query, opts) as Promise<t.Vm>;
  }

  /**
   * Lists the `vm` objects: sends `GET /vms` and reads the `<vms>` the engine answers, one item per `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/list | reference: vms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmsServiceListOptions}).
   * @returns The `vms`: a list of `Vm`.
   */
  list(opts: VmsServiceListOptions = {}): Promise<List<t.Vm>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      search: opts.search,
      max: opts.max,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      all_content: opts.allContent,
      ovf_as_ova: opts.ovfAsOva,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Vm>>;
  }

  /**
   * Like {@link VmsService.list} (it sends `GET /vms` with the same options), but yields
   * each `vm` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/list | reference: vms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: VmsServiceListOptions = {}): AsyncGenerator<t.Vm, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      search: opts.search,
      max: opts.max,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      all_content: opts.allContent,
      ovf_as_ova: opts.ovfAsOva,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Vm, void, undefined>;
  }

  /**
   * Locates the `vm` service at `{vm_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm | reference: vm}
   */
  vmService(id: string | number): VmService {
    return new VmService(this.connection, `${this.path}/${idSegment(id, 'VmsService.vmService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.vmService(decodeURIComponent(head)).service(rest);
  }
}
