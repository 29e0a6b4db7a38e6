// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { TemplateService } from './template-service';

/** Options of {@link TemplatesService.addFromVm}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplatesServiceAddFromVmOptions extends RequestOptions {
  /**
   * The `clone_permissions` parameter (query parameter `clone_permissions`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_vm/parameters/clone_permissions}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * The `seal` parameter (query parameter `seal`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_vm/parameters/seal}
   * @since API 4.1.2
   */
  seal?: boolean;
}

/** Options of {@link TemplatesService.addFromConfiguration}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplatesServiceAddFromConfigurationOptions extends RequestOptions {
  /**
   * The `clone_permissions` parameter (query parameter `clone_permissions`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_configuration/parameters/clone_permissions}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * The `seal` parameter (query parameter `seal`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_configuration/parameters/seal}
   * @since API 4.1.2
   */
  seal?: boolean;
}

/** Options of {@link TemplatesService.addFromVmSnapshot}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplatesServiceAddFromVmSnapshotOptions extends RequestOptions {
  /**
   * The `clone_permissions` parameter (query parameter `clone_permissions`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_vm_snapshot/parameters/clone_permissions}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * The `seal` parameter (query parameter `seal`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_vm_snapshot/parameters/seal}
   * @since API 4.1.2
   */
  seal?: boolean;
}

/** Options of {@link TemplatesService.add}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplatesServiceAddOptions extends RequestOptions {
  /**
   * The `clone_permissions` parameter (query parameter `clone_permissions`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add/parameters/clone_permissions}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * The `seal` parameter (query parameter `seal`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add/parameters/seal}
   * @since API 4.1.2
   */
  seal?: boolean;
}

/** Options of {@link TemplatesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplatesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/list/parameters/search} */
  search?: string;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/list/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/list/parameters/follow}
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
 * The `templates` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates}
 */
export class TemplatesService extends Service {
  /**
   * Adds an object: `POST` of `<template>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_vm}
   * @param template The `template` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_vm/parameters/template}
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
   * Adds an object: `POST` of `<template>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_configuration}
   * @param template The `template` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_configuration/parameters/template}
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
   * Adds an object: `POST` of `<template>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_vm_snapshot}
   * @param template The `template` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add_from_vm_snapshot/parameters/template}
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
   * Adds an object: `POST` of `<template>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add}
   * @param template The `template` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/add/parameters/template}
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
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/list}
   * @returns The `templates` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/list/parameters/templates}
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
   * Like {@link TemplatesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates/methods/list}
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

  /** Locates the `template` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template}); sends no request. */
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
