// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { RegistrationAffinityGroupMapping } from './registration-affinity-group-mapping';
import type { RegistrationAffinityGroupMappingInit } from './registration-affinity-group-mapping';
import { RegistrationAffinityLabelMapping } from './registration-affinity-label-mapping';
import type { RegistrationAffinityLabelMappingInit } from './registration-affinity-label-mapping';
import { RegistrationClusterMapping } from './registration-cluster-mapping';
import type { RegistrationClusterMappingInit } from './registration-cluster-mapping';
import { RegistrationDomainMapping } from './registration-domain-mapping';
import type { RegistrationDomainMappingInit } from './registration-domain-mapping';
import { RegistrationLunMapping } from './registration-lun-mapping';
import type { RegistrationLunMappingInit } from './registration-lun-mapping';
import { RegistrationRoleMapping } from './registration-role-mapping';
import type { RegistrationRoleMappingInit } from './registration-role-mapping';
import { RegistrationVnicProfileMapping } from './registration-vnic-profile-mapping';
import type { RegistrationVnicProfileMappingInit } from './registration-vnic-profile-mapping';

/**
 * The `registration_configuration` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_configuration}
 * @since API 4.2
 */
export class RegistrationConfiguration extends Struct {
  /**
   * The `cluster_mappings` attribute (`<cluster_mappings>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_configuration/attributes/cluster_mappings}
   * @since API 4.2
   */
  clusterMappings?: List<RegistrationClusterMapping>;

  /**
   * The `role_mappings` attribute (`<role_mappings>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_configuration/attributes/role_mappings}
   * @since API 4.2
   */
  roleMappings?: List<RegistrationRoleMapping>;

  /**
   * The `lun_mappings` attribute (`<lun_mappings>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_configuration/attributes/lun_mappings}
   * @since API 4.2
   */
  lunMappings?: List<RegistrationLunMapping>;

  /**
   * The `domain_mappings` attribute (`<domain_mappings>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_configuration/attributes/domain_mappings}
   * @since API 4.2
   */
  domainMappings?: List<RegistrationDomainMapping>;

  /**
   * The `affinity_group_mappings` attribute (`<affinity_group_mappings>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_configuration/attributes/affinity_group_mappings}
   * @since API 4.2
   */
  affinityGroupMappings?: List<RegistrationAffinityGroupMapping>;

  /**
   * The `affinity_label_mappings` attribute (`<affinity_label_mappings>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_configuration/attributes/affinity_label_mappings}
   * @since API 4.2
   */
  affinityLabelMappings?: List<RegistrationAffinityLabelMapping>;

  /**
   * The `vnic_profile_mappings` attribute (`<vnic_profile_mappings>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_configuration/attributes/vnic_profile_mappings}
   * @since API 4.2.1
   */
  vnicProfileMappings?: List<RegistrationVnicProfileMapping>;

  /** Creates a `registration_configuration`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RegistrationConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `registration_configuration` as the SDK accepts it: a {@link RegistrationConfiguration} or a plain object of the same shape, at any depth. */
export interface RegistrationConfigurationInit {
  href?: string;
  clusterMappings?: RegistrationClusterMappingInit[];
  roleMappings?: RegistrationRoleMappingInit[];
  lunMappings?: RegistrationLunMappingInit[];
  domainMappings?: RegistrationDomainMappingInit[];
  affinityGroupMappings?: RegistrationAffinityGroupMappingInit[];
  affinityLabelMappings?: RegistrationAffinityLabelMappingInit[];
  vnicProfileMappings?: RegistrationVnicProfileMappingInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RegistrationConfiguration, () => ({
  href: VALUE,
  clusterMappings: [RegistrationClusterMapping],
  roleMappings: [RegistrationRoleMapping],
  lunMappings: [RegistrationLunMapping],
  domainMappings: [RegistrationDomainMapping],
  affinityGroupMappings: [RegistrationAffinityGroupMapping],
  affinityLabelMappings: [RegistrationAffinityLabelMapping],
  vnicProfileMappings: [RegistrationVnicProfileMapping],
}));
