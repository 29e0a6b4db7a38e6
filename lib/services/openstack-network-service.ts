// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { OpenstackSubnetsService } from './openstack-subnets-service';

/**
 * Options of {@link OpenstackNetworkService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network/methods/get | reference: openstack_network.get}
 */
export interface OpenstackNetworkServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /openstacknetworkproviders/{provider_id}/networks/{network_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network/methods/get | reference: openstack_network.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link OpenstackNetworkService.import}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network/methods/import | reference: openstack_network.import}
 */
export interface OpenstackNetworkServiceImportOptions extends RequestOptions {
  /**
   * `DataCenterInit` (a `DataCenter` or a plain object), sent as `<data_center>` in the `<action>` body of `POST /openstacknetworkproviders/{provider_id}/networks/{network_id}/import`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network/methods/import | reference: openstack_network.import}
   */
  dataCenter?: t.DataCenterInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /openstacknetworkproviders/{provider_id}/networks/{network_id}/import`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network/methods/import | reference: openstack_network.import}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('OpenstackNetworkService.get', { follow: 'string' });
const IMPORT_PARAMETERS = methodParameters('OpenstackNetworkService.import', { dataCenter: t.DataCenter, async: 'boolean' });

/**
 * The `openstack_network` service of the API.
 *
 * Path below the API root: `/openstacknetworkproviders/{provider_id}/networks/{network_id}`.
 * Reached with `connection.systemService().openstackNetworkProvidersService().providerService(id).networksService().networkService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network | reference: openstack_network}
 */
export class OpenstackNetworkService extends Service {
  /**
   * Retrieves the `open_stack_network`: sends `GET /openstacknetworkproviders/{provider_id}/networks/{network_id}` and reads the `<openstack_network>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network/methods/get | reference: openstack_network.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackNetworkServiceGetOptions}).
   * @returns The `network`: `OpenStackNetwork`.
   */
  get(opts: OpenstackNetworkServiceGetOptions = {}): Promise<t.OpenStackNetwork> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.OpenStackNetwork>;
  }

  /**
   * The `import` action: sends `POST /openstacknetworkproviders/{provider_id}/networks/{network_id}/import` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network/methods/import | reference: openstack_network.import}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackNetworkServiceImportOptions}).
   */
  import(opts: OpenstackNetworkServiceImportOptions = {}): Promise<void> {
    const refused = checkParameters(IMPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      dataCenter: opts.dataCenter,
      async: opts.async,
    };
    return this._action('import', action, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `openstack_subnets` service at `subnets` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnets | reference: openstack_subnets}
   */
  subnetsService(): OpenstackSubnetsService {
    return new OpenstackSubnetsService(this.connection, `${this.path}/subnets`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'subnets': return this.subnetsService().service(rest);
    }
    return super.service(path);
  }
}
