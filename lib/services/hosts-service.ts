// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { HostService } from './host-service';

/**
 * Options of {@link HostsService.addUsingRootPassword}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
 */
export interface HostsServiceAddUsingRootPasswordOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `deploy_hosted_engine` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   */
  deployHostedEngine?: boolean;
  /**
   * `boolean`, sent as query parameter `undeploy_hosted_engine` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   */
  undeployHostedEngine?: boolean;
  /**
   * `boolean`, sent as query parameter `activate` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   * @since API 4.3
   */
  activate?: boolean;
  /**
   * `boolean`, sent as query parameter `reboot` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   */
  reboot?: boolean;
}

/**
 * Options of {@link HostsService.addUsingSsh}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
 */
export interface HostsServiceAddUsingSshOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `deploy_hosted_engine` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   */
  deployHostedEngine?: boolean;
  /**
   * `boolean`, sent as query parameter `undeploy_hosted_engine` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   */
  undeployHostedEngine?: boolean;
  /**
   * `boolean`, sent as query parameter `activate` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   * @since API 4.3
   */
  activate?: boolean;
  /**
   * `boolean`, sent as query parameter `reboot` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   */
  reboot?: boolean;
}

/**
 * Options of {@link HostsService.add}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
 */
export interface HostsServiceAddOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `deploy_hosted_engine` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   */
  deployHostedEngine?: boolean;
  /**
   * `boolean`, sent as query parameter `undeploy_hosted_engine` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   */
  undeployHostedEngine?: boolean;
  /**
   * `boolean`, sent as query parameter `activate` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   * @since API 4.3
   */
  activate?: boolean;
  /**
   * `boolean`, sent as query parameter `reboot` of `POST /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   */
  reboot?: boolean;
}

/**
 * Options of {@link HostsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/list | reference: hosts.list}
 */
export interface HostsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/list | reference: hosts.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/list | reference: hosts.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/list | reference: hosts.list}
   */
  caseSensitive?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/list | reference: hosts.list}
   */
  filter?: boolean;
  /**
   * `boolean`, sent as query parameter `all_content` of `GET /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/list | reference: hosts.list}
   */
  allContent?: boolean;
  /**
   * `string`, sent as query parameter `migration_target_of` of `GET /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/list | reference: hosts.list}
   * @since API 4.3
   */
  migrationTargetOf?: string;
  /**
   * `boolean`, sent as query parameter `check_vms_in_affinity_closure` of `GET /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/list | reference: hosts.list}
   * @since API 4.4
   */
  checkVmsInAffinityClosure?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/list | reference: hosts.list}
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
 * The `hosts` service of the API.
 *
 * Path below the API root: `/hosts`.
 * Reached with `connection.systemService().hostsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts | reference: hosts}
 */
export class HostsService extends Service {
  /**
   * Adds a `host`: sends `POST /hosts` with it as the `<host>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `host.rootPassword` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `host.name`
   * - `host.address`
   * - `host.rootPassword`
   *
   * Also accepts: `host.comment`, `host.display.address`, `host.overrideIptables`, `host.port`, `host.powerManagement.automaticPmEnabled`, `host.powerManagement.enabled`, `host.powerManagement.kdumpDetection`, `host.protocol`, `host.spm.priority`, `host.vgpuPlacement`, `host.powerManagement.pmProxies[].type`, `host.externalNetworkProviderConfigurations[].externalNetworkProvider.id` or `host.externalNetworkProviderConfigurations[].externalNetworkProvider.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   * @param host The `host` to send: `HostInit` (a `Host` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostsServiceAddUsingRootPasswordOptions}).
   * @returns The `host` as the engine answers it.
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
   * Adds a `host`: sends `POST /hosts` with it as the `<host>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Needs (the engine refuses the request without them):
   * - `host.name`
   * - `host.address`
   *
   * Also accepts: `host.comment`, `host.display.address`, `host.overrideIptables`, `host.port`, `host.powerManagement.automaticPmEnabled`, `host.powerManagement.enabled`, `host.powerManagement.kdumpDetection`, `host.protocol`, `host.spm.priority`, `host.vgpuPlacement`, `host.powerManagement.pmProxies[].type`, `host.externalNetworkProviderConfigurations[].externalNetworkProvider.id` or `host.externalNetworkProviderConfigurations[].externalNetworkProvider.name`, `host.ssh.authenticationMethod`, `host.ssh.fingerprint`, `host.ssh.publicKey`, `host.ssh.port`, `host.ssh.user.password`, `host.ssh.user.userName`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   * @param host The `host` to send: `HostInit` (a `Host` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostsServiceAddUsingSshOptions}).
   * @returns The `host` as the engine answers it.
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
   * Adds a `host`: sends `POST /hosts` with it as the `<host>` body, and reads the object the engine answers.
   *
   * Its signatures send the same request for particular cases: `addUsingRootPassword` (when `host.rootPassword` is given), `addUsingSsh`.
   *
   * Needs (the engine refuses the request without them):
   * - `host.name`
   * - `host.address`
   *
   * Also accepts: `host.comment`, `host.display.address`, `host.overrideIptables`, `host.port`, `host.powerManagement.automaticPmEnabled`, `host.powerManagement.enabled`, `host.powerManagement.kdumpDetection`, `host.protocol`, `host.spm.priority`, `host.vgpuPlacement`, `host.powerManagement.pmProxies[].type`, `host.externalNetworkProviderConfigurations[].externalNetworkProvider.id` or `host.externalNetworkProviderConfigurations[].externalNetworkProvider.name`.
   *
   * Rule: the engine's check, BackendHostsResource.add: validateParameters(host, "name", "address"); without a cluster the host joins the cluster named Default.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/add | reference: hosts.add}
   * @param host The `host` to send: `HostInit` (a `Host` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostsServiceAddOptions}).
   * @returns The `host` as the engine answers it.
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
   * Lists the `host` objects: sends `GET /hosts` and reads the `<hosts>` the engine answers, one item per `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/list | reference: hosts.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostsServiceListOptions}).
   * @returns The `hosts`: a list of `Host`.
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
   * Like {@link HostsService.list} (it sends `GET /hosts` with the same options), but yields
   * each `host` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts/methods/list | reference: hosts.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `host` service at `{host_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host | reference: host}
   */
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
