// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { AssignedTagsService } from './assigned-tags-service';
import { TemplateCdromsService } from './template-cdroms-service';
import { TemplateDiskAttachmentsService } from './template-disk-attachments-service';
import { TemplateGraphicsConsolesService } from './template-graphics-consoles-service';
import { TemplateMediatedDevicesService } from './template-mediated-devices-service';
import { TemplateNicsService } from './template-nics-service';
import { TemplateWatchdogsService } from './template-watchdogs-service';

/**
 * Options of {@link TemplateService.exportToExportDomain}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
 */
export interface TemplateServiceExportToExportDomainOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<exclusive>` in the `<action>` body of `POST /templates/{template_id}/export`.
   *
   * Also accepts: `opts.exclusive`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   */
  exclusive?: boolean;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /templates/{template_id}/export`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   */
  storageDomain?: t.StorageDomainInit;
}

/**
 * Options of {@link TemplateService.exportToPathOnHost}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
 */
export interface TemplateServiceExportToPathOnHostOptions extends RequestOptions {
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /templates/{template_id}/export`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.host.id` or `opts.host.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   * @since API 4.2.3
   */
  host?: t.HostInit;
  /**
   * `string`, sent as `<directory>` in the `<action>` body of `POST /templates/{template_id}/export`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.directory`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   * @since API 4.2.3
   */
  directory?: string;
  /**
   * `string`, sent as `<filename>` in the `<action>` body of `POST /templates/{template_id}/export`.
   *
   * Also accepts: `opts.filename`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   * @since API 4.2.3
   */
  filename?: string;
  /**
   * `boolean`, sent as `<exclusive>` in the `<action>` body of `POST /templates/{template_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   */
  exclusive?: boolean;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /templates/{template_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   */
  storageDomain?: t.StorageDomainInit;
}

/**
 * Options of {@link TemplateService.export}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
 */
export interface TemplateServiceExportOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<exclusive>` in the `<action>` body of `POST /templates/{template_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   */
  exclusive?: boolean;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /templates/{template_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   */
  storageDomain?: t.StorageDomainInit;
}

/**
 * Options of {@link TemplateService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/get | reference: template.get}
 */
export interface TemplateServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /templates/{template_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/get | reference: template.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /templates/{template_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/get | reference: template.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link TemplateService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/update | reference: template.update}
 */
export interface TemplateServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /templates/{template_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/update | reference: template.update}
   */
  async?: boolean;
}

/**
 * Options of {@link TemplateService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/remove | reference: template.remove}
 */
export interface TemplateServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /templates/{template_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/remove | reference: template.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const EXPORT_TO_EXPORT_DOMAIN_PARAMETERS = methodParameters('TemplateService.exportToExportDomain', { exclusive: 'boolean', storageDomain: t.StorageDomain });
const EXPORT_TO_PATH_ON_HOST_PARAMETERS = methodParameters('TemplateService.exportToPathOnHost', { host: t.Host, directory: 'string', filename: 'string', exclusive: 'boolean', storageDomain: t.StorageDomain });
const EXPORT_PARAMETERS = methodParameters('TemplateService.export', { exclusive: 'boolean', storageDomain: t.StorageDomain });
const GET_PARAMETERS = methodParameters('TemplateService.get', { filter: 'boolean', follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('TemplateService.update', { async: 'boolean' }, ['template', t.Template]);
const REMOVE_PARAMETERS = methodParameters('TemplateService.remove', { async: 'boolean' });

/**
 * The `template` service of the API.
 *
 * Path below the API root: `/templates/{template_id}`.
 * Reached with `connection.systemService().templatesService().templateService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template | reference: template}
 */
export class TemplateService extends Service {
  /**
   * The `export_to_export_domain` action: sends `POST /templates/{template_id}/export` with an `<action>` body holding the parameters given.
   *
   * A signature of `export`: the same request, with the members of this case.
   * The engine takes this branch when `opts.storageDomain.id` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Also accepts: `opts.exclusive`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateServiceExportToExportDomainOptions}).
   */
  exportToExportDomain(opts: TemplateServiceExportToExportDomainOptions = {}): Promise<void> {
    const refused = checkParameters(EXPORT_TO_EXPORT_DOMAIN_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      exclusive: opts.exclusive,
      storageDomain: opts.storageDomain,
    };
    return this._action('export', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `export_to_path_on_host` action: sends `POST /templates/{template_id}/export` with an `<action>` body holding the parameters given.
   *
   * A signature of `export`: the same request, with the members of this case.
   * The engine takes this branch when `opts.host.id` is given or `opts.directory` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.host.id` or `opts.host.name`
   * - `opts.directory`
   *
   * Also accepts: `opts.filename`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateServiceExportToPathOnHostOptions}).
   * @since API 4.2.3
   */
  exportToPathOnHost(opts: TemplateServiceExportToPathOnHostOptions = {}): Promise<void> {
    const refused = checkParameters(EXPORT_TO_PATH_ON_HOST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      host: opts.host,
      directory: opts.directory,
      filename: opts.filename,
      exclusive: opts.exclusive,
      storageDomain: opts.storageDomain,
    };
    return this._action('export', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `export` action: sends `POST /templates/{template_id}/export` with an `<action>` body holding the parameters given.
   *
   * Its signatures send the same request for particular cases: `exportToExportDomain` (when `opts.storageDomain.id` is given), `exportToPathOnHost` (when `opts.host.id` is given or `opts.directory` is given).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/export | reference: template.export}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateServiceExportOptions}).
   */
  export(opts: TemplateServiceExportOptions = {}): Promise<void> {
    const refused = checkParameters(EXPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      exclusive: opts.exclusive,
      storageDomain: opts.storageDomain,
    };
    return this._action('export', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the `template`: sends `GET /templates/{template_id}` and reads the `<template>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/get | reference: template.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateServiceGetOptions}).
   * @returns The `template`: `Template`.
   */
  get(opts: TemplateServiceGetOptions = {}): Promise<t.Template> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Template>;
  }

  /**
   * Updates the `template`: sends `PUT /templates/{template_id}` with the `<template>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `template.bios.bootMenu.enabled`, `template.comment`, `template.console.enabled`, `template.cpu.architecture`, `template.cpu.topology.cores`, `template.cpu.topology.sockets`, `template.cpu.cpuTune.vcpuPins[].cpuSet`, `template.cpu.cpuTune.vcpuPins[].vcpu`, `template.cpuProfile.id`, `template.cpuShares`, `template.customCpuModel`, `template.customEmulatedMachine`, `template.deleteProtected`, `template.description`, `template.display.allowOverride`, `template.display.disconnectAction`, `template.display.keyboardLayout`, `template.display.monitors`, `template.display.smartcardEnabled`, `template.display.type`, `template.domain.name`, `template.highAvailability.enabled`, `template.highAvailability.priority`, `template.initialization.configuration.data`, `template.initialization.configuration.type`, `template.io.threads`, `template.largeIcon.data`, `template.largeIcon.id`, `template.largeIcon.mediaType`, `template.memory`, `template.memoryPolicy.ballooning`, `template.memoryPolicy.guaranteed`, `template.migration.autoConverge`, `template.migration.compressed`, `template.migrationDowntime`, `template.name`, `template.origin`, `template.os.cmdline`, `template.os.initrd`, `template.os.kernel`, `template.os.type`, `template.vm.placementPolicy.affinity`, `template.placementPolicy.hosts[].id` or `template.placementPolicy.hosts[].name`, `template.serialNumber.policy`, `template.serialNumber.value`, `template.smallIcon.id`, `template.soundcardEnabled`, `template.startPaused`, `template.stateless`, `template.timeZone.name`, `template.tunnelMigration`, `template.type`, `template.usb.enabled`, `template.usb.type`, `template.version.versionName`, `template.virtioScsi.enabled`, `template.display.copyPasteEnabled`, `template.display.fileTransferEnabled`, `template.display.singleQxlPci`, `template.rngDevice.rate.bytes`, `template.rngDevice.rate.period`, `template.rngDevice.source`, `template.customProperties[].name`, `template.customProperties[].value`, `template.os.boot.devices[]`, `template.sso.methods[].id`, `template.storageErrorResumeBehaviour`, `template.multiQueuesEnabled`, `template.virtioScsiMultiQueuesEnabled`, `template.virtioScsiMultiQueues`, `template.tpmEnabled`, `template.autoPinningPolicy`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/update | reference: template.update}
   * @param template The `template` to send: `TemplateInit` (a `Template` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateServiceUpdateOptions}).
   * @returns The `template` as the engine answers it.
   */
  update(template: t.TemplateInit, opts: TemplateServiceUpdateOptions = {}): Promise<t.Template> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, template);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(template, 'template', query, opts) as Promise<t.Template>;
  }

  /**
   * Removes: sends `DELETE /templates/{template_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template/methods/remove | reference: template.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateServiceRemoveOptions}).
   */
  remove(opts: TemplateServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `assigned_permissions` service at `permissions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions | reference: assigned_permissions}
   */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /**
   * Locates the `assigned_tags` service at `tags` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tags | reference: assigned_tags}
   */
  tagsService(): AssignedTagsService {
    return new AssignedTagsService(this.connection, `${this.path}/tags`);
  }

  /**
   * Locates the `template_graphics_consoles` service at `graphicsconsoles` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_consoles | reference: template_graphics_consoles}
   */
  graphicsConsolesService(): TemplateGraphicsConsolesService {
    return new TemplateGraphicsConsolesService(this.connection, `${this.path}/graphicsconsoles`);
  }

  /**
   * Locates the `template_cdroms` service at `cdroms` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_cdroms | reference: template_cdroms}
   */
  cdromsService(): TemplateCdromsService {
    return new TemplateCdromsService(this.connection, `${this.path}/cdroms`);
  }

  /**
   * Locates the `template_nics` service at `nics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nics | reference: template_nics}
   */
  nicsService(): TemplateNicsService {
    return new TemplateNicsService(this.connection, `${this.path}/nics`);
  }

  /**
   * Locates the `template_watchdogs` service at `watchdogs` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdogs | reference: template_watchdogs}
   */
  watchdogsService(): TemplateWatchdogsService {
    return new TemplateWatchdogsService(this.connection, `${this.path}/watchdogs`);
  }

  /**
   * Locates the `template_disk_attachments` service at `diskattachments` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachments | reference: template_disk_attachments}
   */
  diskAttachmentsService(): TemplateDiskAttachmentsService {
    return new TemplateDiskAttachmentsService(this.connection, `${this.path}/diskattachments`);
  }

  /**
   * Locates the `template_mediated_devices` service at `mediateddevices` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_mediated_devices | reference: template_mediated_devices}
   * @since API 4.5
   */
  mediatedDevicesService(): TemplateMediatedDevicesService {
    return new TemplateMediatedDevicesService(this.connection, `${this.path}/mediateddevices`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'permissions': return this.permissionsService().service(rest);
      case 'tags': return this.tagsService().service(rest);
      case 'graphicsconsoles': return this.graphicsConsolesService().service(rest);
      case 'cdroms': return this.cdromsService().service(rest);
      case 'nics': return this.nicsService().service(rest);
      case 'watchdogs': return this.watchdogsService().service(rest);
      case 'diskattachments': return this.diskAttachmentsService().service(rest);
      case 'mediateddevices': return this.mediatedDevicesService().service(rest);
    }
    return super.service(path);
  }
}
