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

/** Options of {@link TemplateService.exportToExportDomain}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateServiceExportToExportDomainOptions extends RequestOptions {
  /** The `exclusive` parameter (`<exclusive>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export_to_export_domain/parameters/exclusive} */
  exclusive?: boolean;
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export_to_export_domain/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
}

/** Options of {@link TemplateService.exportToPathOnHost}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateServiceExportToPathOnHostOptions extends RequestOptions {
  /**
   * The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export_to_path_on_host/parameters/host}
   * @since API 4.2.3
   */
  host?: t.HostInit;
  /**
   * The `directory` parameter (`<directory>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export_to_path_on_host/parameters/directory}
   * @since API 4.2.3
   */
  directory?: string;
  /**
   * The `filename` parameter (`<filename>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export_to_path_on_host/parameters/filename}
   * @since API 4.2.3
   */
  filename?: string;
  /** The `exclusive` parameter (`<exclusive>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export_to_path_on_host/parameters/exclusive} */
  exclusive?: boolean;
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export_to_path_on_host/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
}

/** Options of {@link TemplateService.export}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateServiceExportOptions extends RequestOptions {
  /** The `exclusive` parameter (`<exclusive>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export/parameters/exclusive} */
  exclusive?: boolean;
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
}

/** Options of {@link TemplateService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateServiceGetOptions extends RequestOptions {
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/get/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link TemplateService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link TemplateService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/remove/parameters/async} */
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
 * The `template` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template}
 */
export class TemplateService extends Service {
  /**
   * The `export_to_export_domain` action: `POST` of an `<action>` to `.../export`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export_to_export_domain}
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
   * The `export_to_path_on_host` action: `POST` of an `<action>` to `.../export`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export_to_path_on_host}
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
   * The `export` action: `POST` of an `<action>` to `.../export`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/export}
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
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/get}
   * @returns The `template` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/get/parameters/template}
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
   * Updates the object: `PUT` of `<template>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/update}
   * @param template The `template` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/update/parameters/template}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template/methods/remove}
   */
  remove(opts: TemplateServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /** Locates the `tags` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags}); sends no request. */
  tagsService(): AssignedTagsService {
    return new AssignedTagsService(this.connection, `${this.path}/tags`);
  }

  /** Locates the `graphics_consoles` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_graphics_consoles}); sends no request. */
  graphicsConsolesService(): TemplateGraphicsConsolesService {
    return new TemplateGraphicsConsolesService(this.connection, `${this.path}/graphicsconsoles`);
  }

  /** Locates the `cdroms` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_cdroms}); sends no request. */
  cdromsService(): TemplateCdromsService {
    return new TemplateCdromsService(this.connection, `${this.path}/cdroms`);
  }

  /** Locates the `nics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_nics}); sends no request. */
  nicsService(): TemplateNicsService {
    return new TemplateNicsService(this.connection, `${this.path}/nics`);
  }

  /** Locates the `watchdogs` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_watchdogs}); sends no request. */
  watchdogsService(): TemplateWatchdogsService {
    return new TemplateWatchdogsService(this.connection, `${this.path}/watchdogs`);
  }

  /** Locates the `disk_attachments` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk_attachments}); sends no request. */
  diskAttachmentsService(): TemplateDiskAttachmentsService {
    return new TemplateDiskAttachmentsService(this.connection, `${this.path}/diskattachments`);
  }

  /**
   * Locates the `mediated_devices` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_devices}); sends no request.
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
