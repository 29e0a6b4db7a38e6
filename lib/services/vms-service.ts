// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmService } from './vm-service';

/** Options of {@link VmsService.addFromScratch}: the method's parameters, plus extra `query` and `headers`. */
export interface VmsServiceAddFromScratchOptions extends RequestOptions {
  /** The `clone` parameter (query parameter `clone`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_scratch/parameters/clone} */
  clone?: boolean;
  /**
   * The `clone_permissions` parameter (query parameter `clone_permissions`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_scratch/parameters/clone_permissions}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_scratch/parameters/filter}
   * @since API 4.0.0
   */
  filter?: boolean;
  /**
   * The `auto_pinning_policy` parameter (query parameter `auto_pinning_policy`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_scratch/parameters/auto_pinning_policy}
   * @since API 4.4
   * @deprecated The model marks it deprecated.
   */
  autoPinningPolicy?: t.AutoPinningPolicy;
  /**
   * The `seal` parameter (query parameter `seal`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_scratch/parameters/seal}
   * @since API 4.5
   */
  seal?: boolean;
}

/** Options of {@link VmsService.addFromSnapshot}: the method's parameters, plus extra `query` and `headers`. */
export interface VmsServiceAddFromSnapshotOptions extends RequestOptions {
  /** The `clone` parameter (query parameter `clone`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_snapshot/parameters/clone} */
  clone?: boolean;
  /**
   * The `clone_permissions` parameter (query parameter `clone_permissions`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_snapshot/parameters/clone_permissions}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_snapshot/parameters/filter}
   * @since API 4.0.0
   */
  filter?: boolean;
  /**
   * The `auto_pinning_policy` parameter (query parameter `auto_pinning_policy`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_snapshot/parameters/auto_pinning_policy}
   * @since API 4.4
   * @deprecated The model marks it deprecated.
   */
  autoPinningPolicy?: t.AutoPinningPolicy;
  /**
   * The `seal` parameter (query parameter `seal`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_snapshot/parameters/seal}
   * @since API 4.5
   */
  seal?: boolean;
}

/** Options of {@link VmsService.addFromConfiguration}: the method's parameters, plus extra `query` and `headers`. */
export interface VmsServiceAddFromConfigurationOptions extends RequestOptions {
  /** The `clone` parameter (query parameter `clone`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_configuration/parameters/clone} */
  clone?: boolean;
  /**
   * The `clone_permissions` parameter (query parameter `clone_permissions`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_configuration/parameters/clone_permissions}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_configuration/parameters/filter}
   * @since API 4.0.0
   */
  filter?: boolean;
  /**
   * The `auto_pinning_policy` parameter (query parameter `auto_pinning_policy`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_configuration/parameters/auto_pinning_policy}
   * @since API 4.4
   * @deprecated The model marks it deprecated.
   */
  autoPinningPolicy?: t.AutoPinningPolicy;
  /**
   * The `seal` parameter (query parameter `seal`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_configuration/parameters/seal}
   * @since API 4.5
   */
  seal?: boolean;
}

/** Options of {@link VmsService.add}: the method's parameters, plus extra `query` and `headers`. */
export interface VmsServiceAddOptions extends RequestOptions {
  /** The `clone` parameter (query parameter `clone`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add/parameters/clone} */
  clone?: boolean;
  /**
   * The `clone_permissions` parameter (query parameter `clone_permissions`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add/parameters/clone_permissions}
   * @since API 4.0.0
   */
  clonePermissions?: boolean;
  /**
   * The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add/parameters/filter}
   * @since API 4.0.0
   */
  filter?: boolean;
  /**
   * The `auto_pinning_policy` parameter (query parameter `auto_pinning_policy`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add/parameters/auto_pinning_policy}
   * @since API 4.4
   * @deprecated The model marks it deprecated.
   */
  autoPinningPolicy?: t.AutoPinningPolicy;
  /**
   * The `seal` parameter (query parameter `seal`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add/parameters/seal}
   * @since API 4.5
   */
  seal?: boolean;
}

/** Options of {@link VmsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface VmsServiceListOptions extends RequestOptions {
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/list/parameters/search} */
  search?: string;
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/list/parameters/max} */
  max?: number;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/list/parameters/filter} */
  filter?: boolean;
  /**
   * The `all_content` parameter (query parameter `all_content`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/list/parameters/all_content}
   * @since API 4.0.6
   */
  allContent?: boolean;
  /**
   * The `ovf_as_ova` parameter (query parameter `ovf_as_ova`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/list/parameters/ovf_as_ova}
   * @since API 4.4.3
   */
  ovfAsOva?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/list/parameters/follow}
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
 * The `vms` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms}
 */
export class VmsService extends Service {
  /**
   * Adds an object: `POST` of `<vm>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_scratch}
   * @param vm The `vm` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_scratch/parameters/vm}
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
   * Adds an object: `POST` of `<vm>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_snapshot}
   * @param vm The `vm` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_snapshot/parameters/vm}
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
   * Adds an object: `POST` of `<vm>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_configuration}
   * @param vm The `vm` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add_from_configuration/parameters/vm}
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
   * Adds an object: `POST` of `<vm>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add}
   * @param vm The `vm` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/add/parameters/vm}
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
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/list}
   * @returns The `vms` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/list/parameters/vms}
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
   * Like {@link VmsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms/methods/list}
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

  /** Locates the `vm` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm}); sends no request. */
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
