// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { TemplateService } from './template-service';

/**
 * Options of {@link TemplatesService.addFromVm}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
 */
export interface TemplatesServiceAddFromVmOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `clone_permissions` of `POST /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * `boolean`, sent as query parameter `seal` of `POST /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @since API 4.1.2
   */
  seal?: boolean;
}

/**
 * Options of {@link TemplatesService.addFromConfiguration}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
 */
export interface TemplatesServiceAddFromConfigurationOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `clone_permissions` of `POST /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * `boolean`, sent as query parameter `seal` of `POST /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @since API 4.1.2
   */
  seal?: boolean;
}

/**
 * Options of {@link TemplatesService.addFromVmSnapshot}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
 */
export interface TemplatesServiceAddFromVmSnapshotOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `clone_permissions` of `POST /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * `boolean`, sent as query parameter `seal` of `POST /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @since API 4.1.2
   */
  seal?: boolean;
}

/**
 * Options of {@link TemplatesService.add}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
 */
export interface TemplatesServiceAddOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `clone_permissions` of `POST /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * `boolean`, sent as query parameter `seal` of `POST /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @since API 4.1.2
   */
  seal?: boolean;
}

/**
 * Options of {@link TemplatesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/list | reference: templates.list}
 */
export interface TemplatesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/list | reference: templates.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/list | reference: templates.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/list | reference: templates.list}
   */
  caseSensitive?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/list | reference: templates.list}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/list | reference: templates.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_FROM_VM_PARAMETERS = methodParameters('TemplatesService.addFromVm', { clonePermissions: 'boolean', seal: 'boolean' }, ['template', t.Template]);
const ADD_FROM_CONFIGURATION_PARAMETERS = methodParameters('TemplatesService.addFromConfiguration', { clonePermissions: 'boolean', seal: 'boolean' }, ['template', t.Template]);
const ADD_FROM_VM_SNAPSHOT_PARAMETERS = methodParameters('TemplatesService.addFromVmSnapshot', { clonePermissions: 'boolean', seal: 'boolean' }, ['template', t.Template]);
const ADD_PARAMETERS = methodParameters('TemplatesService.add', { clonePermissions: 'boolean', seal: 'boolean' }, ['template', t.Template]);
const LIST_PARAMETERS = methodParameters('TemplatesService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', filter: 'boolean', follow: 'string' });

/**
 * The `templates` service of the API.
 *
 * Path below the API root: `/templates`.
 * Reached with `connection.systemService().templatesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates | reference: templates}
 */
export class TemplatesService extends Service {
  /**
   * Adds a `template`: sends `POST /templates` with it as the `<template>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Needs (the engine refuses the request without them):
   * - `template.name`
   * - `template.vm.id` or `template.vm.name`
   * - when `template.version` is given: `template.version.baseTemplate.id`
   *
   * Also accepts: `template.bios.bootMenu.enabled`, `template.cluster.id`, `template.cluster.name`, `template.comment`, `template.console.enabled`, `template.cpu.architecture`, `template.cpu.topology.cores`, `template.cpu.topology.sockets`, `template.cpu.topology.threads`, `template.cpuProfile.id`, `template.cpuShares`, `template.customCpuModel`, `template.customEmulatedMachine`, `template.deleteProtected`, `template.description`, `template.display.allowOverride`, `template.display.copyPasteEnabled`, `template.display.disconnectAction`, `template.display.fileTransferEnabled`, `template.display.keyboardLayout`, `template.display.monitors`, `template.display.smartcardEnabled`, `template.display.type`, `template.domain.name`, `template.highAvailability.enabled`, `template.highAvailability.priority`, `template.initialization.configuration.data`, `template.initialization.configuration.type`, `template.io.threads`, `template.largeIcon.data`, `template.largeIcon.id`, `template.largeIcon.mediaType`, `template.memory`, `template.memoryPolicy.ballooning`, `template.memoryPolicy.guaranteed`, `template.migration.autoConverge`, `template.migration.compressed`, `template.migrationDowntime`, `template.origin`, `template.os.cmdline`, `template.os.initrd`, `template.os.kernel`, `template.os.type`, `template.vm.placementPolicy.affinity`, `template.placementPolicy.hosts[].id` or `template.placementPolicy.hosts[].name`, `template.serialNumber.policy`, `template.serialNumber.value`, `template.smallIcon.id`, `template.soundcardEnabled`, `template.startPaused`, `template.stateless`, `template.storageDomain.id`, `template.timeZone.name`, `template.tunnelMigration`, `template.type`, `template.usb.enabled`, `template.usb.type`, `template.version.baseTemplate.id`, `template.version.versionName`, `template.virtioScsi.enabled`, `template.display.singleQxlPci`, `template.rngDevice.rate.bytes`, `template.rngDevice.rate.period`, `template.rngDevice.source`, `template.vm.diskAttachments[].name`, `template.vm.diskAttachments[].description`, `template.vm.diskAttachments[].id`, `template.customProperties[].name`, `template.customProperties[].value`, `template.os.boot.devices[]`, `template.cpu.cpuTune.vcpuPins[].cpuSet`, `template.cpu.cpuTune.vcpuPins[].vcpu`, `template.sso.methods[].id`, `template.storageErrorResumeBehaviour`, `template.multiQueuesEnabled`, `template.virtioScsiMultiQueuesEnabled`, `template.virtioScsiMultiQueues`, `template.tpmEnabled`, `template.autoPinningPolicy`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @param template The `template` to send: `TemplateInit` (a `Template` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplatesServiceAddFromVmOptions}).
   * @returns The `template` as the engine answers it.
   */
  addFromVm(template: t.TemplateInit, opts: TemplatesServiceAddFromVmOptions = {}): Promise<t.Template> {
    const refused = checkParameters(ADD_FROM_VM_PARAMETERS, opts, template);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      clone_permissions: opts.clonePermissions,
      seal: opts.seal,
    };
    return this._add(template, 'template', query, opts) as Promise<t.Template>;
  }

  /**
   * Adds a `template`: sends `POST /templates` with it as the `<template>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `template.initialization.configuration` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `template.initialization.configuration.data`
   * - `template.initialization.configuration.type`
   * - `template.cluster.id` or `template.cluster.name`
   *
   * Also accepts: `template.initialization.regenerateIds`, `template.name`.
   *
   * Rule: the engine's check, BackendTemplatesResource.add: a template whose initialization has a configuration is imported from it (the branch the signature describes), not made from a VM; the members are the model's.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @param template The `template` to send: `TemplateInit` (a `Template` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplatesServiceAddFromConfigurationOptions}).
   * @returns The `template` as the engine answers it.
   */
  addFromConfiguration(template: t.TemplateInit, opts: TemplatesServiceAddFromConfigurationOptions = {}): Promise<t.Template> {
    const refused = checkParameters(ADD_FROM_CONFIGURATION_PARAMETERS, opts, template);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      clone_permissions: opts.clonePermissions,
      seal: opts.seal,
    };
    return this._add(template, 'template', query, opts) as Promise<t.Template>;
  }

  /**
   * Adds a `template`: sends `POST /templates` with it as the `<template>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `template.vm.snapshots` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `template.name`
   * - `template.vm.id` or `template.vm.name`
   * - `template.vm.snapshots[].id`
   * - when `template.version` is given: `template.version.baseTemplate.id`
   *
   * Also accepts: `template.bios.bootMenu.enabled`, `template.cluster.id`, `template.cluster.name`, `template.comment`, `template.console.enabled`, `template.cpu.architecture`, `template.cpu.topology.cores`, `template.cpu.topology.sockets`, `template.cpu.topology.threads`, `template.cpuProfile.id`, `template.cpuShares`, `template.customCpuModel`, `template.customEmulatedMachine`, `template.deleteProtected`, `template.description`, `template.display.allowOverride`, `template.display.copyPasteEnabled`, `template.display.disconnectAction`, `template.display.fileTransferEnabled`, `template.display.keyboardLayout`, `template.display.monitors`, `template.display.smartcardEnabled`, `template.display.type`, `template.domain.name`, `template.highAvailability.enabled`, `template.highAvailability.priority`, `template.initialization.configuration.data`, `template.initialization.configuration.type`, `template.io.threads`, `template.largeIcon.data`, `template.largeIcon.id`, `template.largeIcon.mediaType`, `template.memory`, `template.memoryPolicy.ballooning`, `template.memoryPolicy.guaranteed`, `template.migration.autoConverge`, `template.migration.compressed`, `template.migrationDowntime`, `template.origin`, `template.os.cmdline`, `template.os.initrd`, `template.os.kernel`, `template.os.type`, `template.vm.placementPolicy.affinity`, `template.placementPolicy.hosts[].id` or `template.placementPolicy.hosts[].name`, `template.serialNumber.policy`, `template.serialNumber.value`, `template.smallIcon.id`, `template.soundcardEnabled`, `template.startPaused`, `template.stateless`, `template.storageDomain.id`, `template.timeZone.name`, `template.tunnelMigration`, `template.type`, `template.usb.enabled`, `template.usb.type`, `template.version.baseTemplate.id`, `template.version.versionName`, `template.virtioScsi.enabled`, `template.display.singleQxlPci`, `template.rngDevice.rate.bytes`, `template.rngDevice.rate.period`, `template.rngDevice.source`, `template.vm.diskAttachments[].name`, `template.vm.diskAttachments[].description`, `template.vm.diskAttachments[].id`, `template.customProperties[].name`, `template.customProperties[].value`, `template.os.boot.devices[]`, `template.cpu.cpuTune.vcpuPins[].cpuSet`, `template.cpu.cpuTune.vcpuPins[].vcpu`, `template.sso.methods[].id`, `template.storageErrorResumeBehaviour`, `template.multiQueuesEnabled`, `template.virtioScsiMultiQueuesEnabled`, `template.virtioScsiMultiQueues`, `template.tpmEnabled`, `template.autoPinningPolicy`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @param template The `template` to send: `TemplateInit` (a `Template` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplatesServiceAddFromVmSnapshotOptions}).
   * @returns The `template` as the engine answers it.
   * @since API 4.3
   */
  addFromVmSnapshot(template: t.TemplateInit, opts: TemplatesServiceAddFromVmSnapshotOptions = {}): Promise<t.Template> {
    const refused = checkParameters(ADD_FROM_VM_SNAPSHOT_PARAMETERS, opts, template);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      clone_permissions: opts.clonePermissions,
      seal: opts.seal,
    };
    return this._add(template, 'template', query, opts) as Promise<t.Template>;
  }

  /**
   * Adds a `template`: sends `POST /templates` with it as the `<template>` body, and reads the object the engine answers.
   *
   * Its signatures send the same request for particular cases: `addFromVm`, `addFromConfiguration` (when `template.initialization.configuration` is given), `addFromVmSnapshot` (when `template.vm.snapshots` is given).
   *
   * Needs (the engine refuses the request without them):
   * - `template.name`
   * - `template.vm.id` or `template.vm.name`
   * - when `template.version` is given: `template.version.baseTemplate.id`
   *
   * Also accepts: `template.bios.bootMenu.enabled`, `template.cluster.id`, `template.cluster.name`, `template.comment`, `template.console.enabled`, `template.cpu.architecture`, `template.cpu.topology.cores`, `template.cpu.topology.sockets`, `template.cpu.topology.threads`, `template.cpuProfile.id`, `template.cpuShares`, `template.customCpuModel`, `template.customEmulatedMachine`, `template.deleteProtected`, `template.description`, `template.display.allowOverride`, `template.display.copyPasteEnabled`, `template.display.disconnectAction`, `template.display.fileTransferEnabled`, `template.display.keyboardLayout`, `template.display.monitors`, `template.display.smartcardEnabled`, `template.display.type`, `template.domain.name`, `template.highAvailability.enabled`, `template.highAvailability.priority`, `template.initialization.configuration.data`, `template.initialization.configuration.type`, `template.io.threads`, `template.largeIcon.data`, `template.largeIcon.id`, `template.largeIcon.mediaType`, `template.memory`, `template.memoryPolicy.ballooning`, `template.memoryPolicy.guaranteed`, `template.migration.autoConverge`, `template.migration.compressed`, `template.migrationDowntime`, `template.origin`, `template.os.cmdline`, `template.os.initrd`, `template.os.kernel`, `template.os.type`, `template.vm.placementPolicy.affinity`, `template.placementPolicy.hosts[].id` or `template.placementPolicy.hosts[].name`, `template.serialNumber.policy`, `template.serialNumber.value`, `template.smallIcon.id`, `template.soundcardEnabled`, `template.startPaused`, `template.stateless`, `template.storageDomain.id`, `template.timeZone.name`, `template.tunnelMigration`, `template.type`, `template.usb.enabled`, `template.usb.type`, `template.version.baseTemplate.id`, `template.version.versionName`, `template.virtioScsi.enabled`, `template.display.singleQxlPci`, `template.rngDevice.rate.bytes`, `template.rngDevice.rate.period`, `template.rngDevice.source`, `template.vm.diskAttachments[].name`, `template.vm.diskAttachments[].description`, `template.vm.diskAttachments[].id`, `template.customProperties[].name`, `template.customProperties[].value`, `template.os.boot.devices[]`, `template.cpu.cpuTune.vcpuPins[].cpuSet`, `template.cpu.cpuTune.vcpuPins[].vcpu`, `template.sso.methods[].id`, `template.storageErrorResumeBehaviour`, `template.multiQueuesEnabled`, `template.virtioScsiMultiQueuesEnabled`, `template.virtioScsiMultiQueues`, `template.tpmEnabled`, `template.autoPinningPolicy`.
   *
   * Rule: the engine's check, BackendTemplatesResource.add: validateParameters(template, "name", "vm.id|name").
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/add | reference: templates.add}
   * @param template The `template` to send: `TemplateInit` (a `Template` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplatesServiceAddOptions}).
   * @returns The `template` as the engine answers it.
   */
  add(template: t.TemplateInit, opts: TemplatesServiceAddOptions = {}): Promise<t.Template> {
    const refused = checkParameters(ADD_PARAMETERS, opts, template);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      clone_permissions: opts.clonePermissions,
      seal: opts.seal,
    };
    return this._add(template, 'template', query, opts) as Promise<t.Template>;
  }

  /**
   * Lists the `template` objects: sends `GET /templates` and reads the `<templates>` the engine answers, one item per `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/list | reference: templates.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplatesServiceListOptions}).
   * @returns The `templates`: a list of `Template`.
   */
  list(opts: TemplatesServiceListOptions = {}): Promise<List<t.Template>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Template>>;
  }

  /**
   * Like {@link TemplatesService.list} (it sends `GET /templates` with the same options), but yields
   * each `template` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates/methods/list | reference: templates.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: TemplatesServiceListOptions = {}): AsyncGenerator<t.Template, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'TemplatesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Template, void, undefined>;
  }

  /**
   * Locates the `template` service at `{template_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template | reference: template}
   */
  templateService(id: string | number): TemplateService {
    return new TemplateService(this.connection, `${this.path}/${idSegment(id, 'TemplatesService.templateService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.templateService(decodeURIComponent(head)).service(rest);
  }
}
