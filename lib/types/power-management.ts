// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Agent } from './agent';
import type { AgentInit } from './agent';
import { Option } from './option';
import type { OptionInit } from './option';
import { PmProxy } from './pm-proxy';
import type { PmProxyInit } from './pm-proxy';
import type { PowerManagementStatus } from './power-management-status';

/**
 * The `power_management` type of the API, on the wire `<power_management>` (a list: `<power_managements>` with one `<power_management>` per item); 11 attributes and 0 links.
 *
 * Create one with `new PowerManagement({ ... })`, or pass a plain {@link PowerManagementInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management}
 */
export class PowerManagement extends Struct {
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `enabled` attribute)
   */
  enabled?: boolean;

  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `address` attribute)
   */
  address?: string;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `password` attribute)
   */
  password?: string;

  /**
   * A list of `Option`. On the wire: element `<options>` with one `<option>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `options` attribute)
   */
  options?: List<Option>;

  /**
   * `PowerManagementStatus` (`on`, `off`, `unknown`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `status` attribute)
   */
  status?: PowerManagementStatus | (string & {});

  /**
   * A list of `PmProxy`. On the wire: element `<pm_proxies>` with one `<pm_proxy>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `pm_proxies` attribute)
   */
  pmProxies?: List<PmProxy>;

  /**
   * A list of `Agent`. On the wire: element `<agents>` with one `<agent>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `agents` attribute)
   */
  agents?: List<Agent>;

  /**
   * `boolean`. On the wire: element `<automatic_pm_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `automatic_pm_enabled` attribute)
   */
  automaticPmEnabled?: boolean;

  /**
   * `boolean`. On the wire: element `<kdump_detection>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `kdump_detection` attribute)
   */
  kdumpDetection?: boolean;

  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `type` attribute)
   */
  type?: string;

  /**
   * Creates a `power_management` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: PowerManagementInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.enabled = undefined;
      this.address = undefined;
      this.username = undefined;
      this.password = undefined;
      this.options = undefined;
      this.status = undefined;
      this.pmProxies = undefined;
      this.agents = undefined;
      this.automaticPmEnabled = undefined;
      this.kdumpDetection = undefined;
      this.type = undefined;
    }
  }
}

/**
 * A `power_management` as the SDK accepts it: a {@link PowerManagement} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management}
 */
export interface PowerManagementInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<power_management>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `enabled` attribute)
   */
  enabled?: boolean;
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `address` attribute)
   */
  address?: string;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `password` attribute)
   */
  password?: string;
  /**
   * A list of `OptionInit` (a `Option` or a plain object). On the wire: element `<options>` with one `<option>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `options` attribute)
   */
  options?: OptionInit[];
  /**
   * `PowerManagementStatus` (`on`, `off`, `unknown`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `status` attribute)
   */
  status?: PowerManagementStatus | (string & {});
  /**
   * A list of `PmProxyInit` (a `PmProxy` or a plain object). On the wire: element `<pm_proxies>` with one `<pm_proxy>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `pm_proxies` attribute)
   */
  pmProxies?: PmProxyInit[];
  /**
   * A list of `AgentInit` (a `Agent` or a plain object). On the wire: element `<agents>` with one `<agent>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `agents` attribute)
   */
  agents?: AgentInit[];
  /**
   * `boolean`. On the wire: element `<automatic_pm_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `automatic_pm_enabled` attribute)
   */
  automaticPmEnabled?: boolean;
  /**
   * `boolean`. On the wire: element `<kdump_detection>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `kdump_detection` attribute)
   */
  kdumpDetection?: boolean;
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/power_management | reference: power_management} (its `type` attribute)
   */
  type?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(PowerManagement, () => ({
  href: VALUE,
  enabled: VALUE,
  address: VALUE,
  username: VALUE,
  password: VALUE,
  options: [Option],
  status: VALUE,
  pmProxies: [PmProxy],
  agents: [Agent],
  automaticPmEnabled: VALUE,
  kdumpDetection: VALUE,
  type: VALUE,
}));
