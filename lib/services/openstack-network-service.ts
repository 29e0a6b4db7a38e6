// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { OpenstackSubnetsService } from './openstack-subnets-service';

/** Options of {@link OpenstackNetworkService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackNetworkServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link OpenstackNetworkService.import}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackNetworkServiceImportOptions extends RequestOptions {
  /** The `data_center` parameter (`<data_center>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network/methods/import/parameters/data_center} */
  dataCenter?: t.DataCenterInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network/methods/import/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('OpenstackNetworkService.get', { follow: 'string' });
const IMPORT_PARAMETERS = methodParameters('OpenstackNetworkService.import', { dataCenter: t.DataCenter, async: 'boolean' });

/**
 * The `openstack_network` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network}
 */
export class OpenstackNetworkService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network/methods/get}
   * @returns The `network` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network/methods/get/parameters/network}
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
   * The `import` action: `POST` of an `<action>` to `.../import`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network/methods/import}
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

  /** Locates the `subnets` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_subnets}); sends no request. */
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
