// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Agent } from './agent';
import type { AgentInit } from './agent';
import { Option } from './option';
import type { OptionInit } from './option';
import { PmProxy } from './pm-proxy';
import type { PmProxyInit } from './pm-proxy';
import type { PowerManagementStatus } from './power-management-status';

/**
 * The `power_management` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management}
 */
export class PowerManagement extends Struct {
  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management/attributes/enabled} */
  enabled?: boolean;

  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management/attributes/address} */
  address?: string;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management/attributes/password} */
  password?: string;

  /** The `options` attribute (`<options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management/attributes/options} */
  options?: List<Option>;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management/attributes/status} */
  status?: PowerManagementStatus;

  /** The `pm_proxies` attribute (`<pm_proxies>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management/attributes/pm_proxies} */
  pmProxies?: List<PmProxy>;

  /** The `agents` attribute (`<agents>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management/attributes/agents} */
  agents?: List<Agent>;

  /** The `automatic_pm_enabled` attribute (`<automatic_pm_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management/attributes/automatic_pm_enabled} */
  automaticPmEnabled?: boolean;

  /** The `kdump_detection` attribute (`<kdump_detection>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management/attributes/kdump_detection} */
  kdumpDetection?: boolean;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/power_management/attributes/type} */
  type?: string;

  /** Creates a `power_management`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: PowerManagementInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `power_management` as the SDK accepts it: a {@link PowerManagement} or a plain object of the same shape, at any depth. */
export interface PowerManagementInit {
  href?: string;
  enabled?: boolean;
  address?: string;
  username?: string;
  password?: string;
  options?: OptionInit[];
  status?: PowerManagementStatus;
  pmProxies?: PmProxyInit[];
  agents?: AgentInit[];
  automaticPmEnabled?: boolean;
  kdumpDetection?: boolean;
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
