// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { HostService } from './host-service';

/** Options of {@link HostsService.addUsingRootPassword}: the method's parameters, plus extra `query` and `headers`. */
export interface HostsServiceAddUsingRootPasswordOptions extends RequestOptions {
  /** The `deploy_hosted_engine` parameter (query parameter `deploy_hosted_engine`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_root_password/parameters/deploy_hosted_engine} */
  deployHostedEngine?: boolean;
  /** The `undeploy_hosted_engine` parameter (query parameter `undeploy_hosted_engine`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_root_password/parameters/undeploy_hosted_engine} */
  undeployHostedEngine?: boolean;
  /**
   * The `activate` parameter (query parameter `activate`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_root_password/parameters/activate}
   * @since API 4.3
   */
  activate?: boolean;
  /** The `reboot` parameter (query parameter `reboot`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_root_password/parameters/reboot} */
  reboot?: boolean;
}

/** Options of {@link HostsService.addUsingSsh}: the method's parameters, plus extra `query` and `headers`. */
export interface HostsServiceAddUsingSshOptions extends RequestOptions {
  /** The `deploy_hosted_engine` parameter (query parameter `deploy_hosted_engine`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_ssh/parameters/deploy_hosted_engine} */
  deployHostedEngine?: boolean;
  /** The `undeploy_hosted_engine` parameter (query parameter `undeploy_hosted_engine`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_ssh/parameters/undeploy_hosted_engine} */
  undeployHostedEngine?: boolean;
  /**
   * The `activate` parameter (query parameter `activate`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_ssh/parameters/activate}
   * @since API 4.3
   */
  activate?: boolean;
  /** The `reboot` parameter (query parameter `reboot`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_ssh/parameters/reboot} */
  reboot?: boolean;
}

/** Options of {@link HostsService.add}: the method's parameters, plus extra `query` and `headers`. */
export interface HostsServiceAddOptions extends RequestOptions {
  /** The `deploy_hosted_engine` parameter (query parameter `deploy_hosted_engine`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add/parameters/deploy_hosted_engine} */
  deployHostedEngine?: boolean;
  /** The `undeploy_hosted_engine` parameter (query parameter `undeploy_hosted_engine`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add/parameters/undeploy_hosted_engine} */
  undeployHostedEngine?: boolean;
  /**
   * The `activate` parameter (query parameter `activate`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add/parameters/activate}
   * @since API 4.3
   */
  activate?: boolean;
  /** The `reboot` parameter (query parameter `reboot`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add/parameters/reboot} */
  reboot?: boolean;
}

/** Options of {@link HostsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface HostsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/list/parameters/search} */
  search?: string;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/list/parameters/filter} */
  filter?: boolean;
  /** The `all_content` parameter (query parameter `all_content`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/list/parameters/all_content} */
  allContent?: boolean;
  /**
   * The `migration_target_of` parameter (query parameter `migration_target_of`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/list/parameters/migration_target_of}
   * @since API 4.3
   */
  migrationTargetOf?: string;
  /**
   * The `check_vms_in_affinity_closure` parameter (query parameter `check_vms_in_affinity_closure`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/list/parameters/check_vms_in_affinity_closure}
   * @since API 4.4
   */
  checkVmsInAffinityClosure?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_USING_ROOT_PASSWORD_PARAMETERS = methodParameters('HostsService.addUsingRootPassword', { deployHostedEngine: 'boolean', undeployHostedEngine: 'boolean', activate: 'boolean', reboot: 'boolean' }, ['host', t.Host]);
const ADD_USING_SSH_PARAMETERS = methodParameters('HostsService.addUsingSsh', { deployHostedEngine: 'boolean', undeployHostedEngine: 'boolean', activate: 'boolean', reboot: 'boolean' }, ['host', t.Host]);
const ADD_PARAMETERS = methodParameters('HostsService.add', { deployHostedEngine: 'boolean', undeployHostedEngine: 'boolean', activate: 'boolean', reboot: 'boolean' }, ['host', t.Host]);
const LIST_PARAMETERS = methodParameters('HostsService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', filter: 'boolean', allContent: 'boolean', migrationTargetOf: 'string', checkVmsInAffinityClosure: 'boolean', follow: 'string' });

/**
 * The `hosts` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts}
 */
export class HostsService extends Service {
  /**
   * Adds an object: `POST` of `<host>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_root_password}
   * @param host The `host` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_root_password/parameters/host}
   */
  addUsingRootPassword(host: t.HostInit, opts: HostsServiceAddUsingRootPasswordOptions = {}): Promise<t.Host> {
    const refused = checkParameters(ADD_USING_ROOT_PASSWORD_PARAMETERS, opts, host);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      deploy_hosted_engine: opts.deployHostedEngine,
      undeploy_hosted_engine: opts.undeployHostedEngine,
      activate: opts.activate,
      reboot: opts.reboot,
    };
    return this._add(host, 'host', query, opts) as Promise<t.Host>;
  }

  /**
   * Adds an object: `POST` of `<host>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_ssh}
   * @param host The `host` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add_using_ssh/parameters/host}
   */
  addUsingSsh(host: t.HostInit, opts: HostsServiceAddUsingSshOptions = {}): Promise<t.Host> {
    const refused = checkParameters(ADD_USING_SSH_PARAMETERS, opts, host);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      deploy_hosted_engine: opts.deployHostedEngine,
      undeploy_hosted_engine: opts.undeployHostedEngine,
      activate: opts.activate,
      reboot: opts.reboot,
    };
    return this._add(host, 'host', query, opts) as Promise<t.Host>;
  }

  /**
   * Adds an object: `POST` of `<host>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add}
   * @param host The `host` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/add/parameters/host}
   */
  add(host: t.HostInit, opts: HostsServiceAddOptions = {}): Promise<t.Host> {
    const refused = checkParameters(ADD_PARAMETERS, opts, host);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      deploy_hosted_engine: opts.deployHostedEngine,
      undeploy_hosted_engine: opts.undeployHostedEngine,
      activate: opts.activate,
      reboot: opts.reboot,
    };
    return this._add(host, 'host', query, opts) as Promise<t.Host>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/list}
   * @returns The `hosts` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/list/parameters/hosts}
   */
  list(opts: HostsServiceListOptions = {}): Promise<List<t.Host>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      all_content: opts.allContent,
      migration_target_of: opts.migrationTargetOf,
      check_vms_in_affinity_closure: opts.checkVmsInAffinityClosure,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Host>>;
  }

  /**
   * Like {@link HostsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts/methods/list}
   */
  listStream(opts: HostsServiceListOptions = {}): AsyncGenerator<t.Host, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'HostsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      all_content: opts.allContent,
      migration_target_of: opts.migrationTargetOf,
      check_vms_in_affinity_closure: opts.checkVmsInAffinityClosure,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Host, void, undefined>;
  }

  /** Locates the `host` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host}); sends no request. */
  hostService(id: string | number): HostService {
    return new HostService(this.connection, `${this.path}/${idSegment(id, 'HostsService.hostService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.hostService(decodeURIComponent(head)).service(rest);
  }
}
