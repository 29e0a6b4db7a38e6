// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `registration_configuration` type of the API, on the wire `<registration_configuration>` (a list: `<registration_configurations>` with one `<registration_configuration>` per item); 7 attributes and 0 links.
 *
 * Create one with `new RegistrationConfiguration({ ... })`, or pass a plain {@link RegistrationConfigurationInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration}
 * @since API 4.2
 */
export class RegistrationConfiguration extends Struct {
  /**
   * A list of `RegistrationClusterMapping`. On the wire: element `<cluster_mappings>` with one `<registration_cluster_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `cluster_mappings` attribute)
   * @since API 4.2
   */
  clusterMappings?: List<RegistrationClusterMapping>;

  /**
   * A list of `RegistrationRoleMapping`. On the wire: element `<role_mappings>` with one `<registration_role_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `role_mappings` attribute)
   * @since API 4.2
   */
  roleMappings?: List<RegistrationRoleMapping>;

  /**
   * A list of `RegistrationLunMapping`. On the wire: element `<lun_mappings>` with one `<registration_lun_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `lun_mappings` attribute)
   * @since API 4.2
   */
  lunMappings?: List<RegistrationLunMapping>;

  /**
   * A list of `RegistrationDomainMapping`. On the wire: element `<domain_mappings>` with one `<registration_domain_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `domain_mappings` attribute)
   * @since API 4.2
   */
  domainMappings?: List<RegistrationDomainMapping>;

  /**
   * A list of `RegistrationAffinityGroupMapping`. On the wire: element `<affinity_group_mappings>` with one `<registration_affinity_group_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `affinity_group_mappings` attribute)
   * @since API 4.2
   */
  affinityGroupMappings?: List<RegistrationAffinityGroupMapping>;

  /**
   * A list of `RegistrationAffinityLabelMapping`. On the wire: element `<affinity_label_mappings>` with one `<registration_affinity_label_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `affinity_label_mappings` attribute)
   * @since API 4.2
   */
  affinityLabelMappings?: List<RegistrationAffinityLabelMapping>;

  /**
   * A list of `RegistrationVnicProfileMapping`. On the wire: element `<vnic_profile_mappings>` with one `<registration_vnic_profile_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `vnic_profile_mappings` attribute)
   * @since API 4.2.1
   */
  vnicProfileMappings?: List<RegistrationVnicProfileMapping>;

  /**
   * Creates a `registration_configuration` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: RegistrationConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.clusterMappings = undefined;
      this.roleMappings = undefined;
      this.lunMappings = undefined;
      this.domainMappings = undefined;
      this.affinityGroupMappings = undefined;
      this.affinityLabelMappings = undefined;
      this.vnicProfileMappings = undefined;
    }
  }
}

/**
 * A `registration_configuration` as the SDK accepts it: a {@link RegistrationConfiguration} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration}
 */
export interface RegistrationConfigurationInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<registration_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration}
   */
  href?: string;
  /**
   * A list of `RegistrationClusterMappingInit` (a `RegistrationClusterMapping` or a plain object). On the wire: element `<cluster_mappings>` with one `<registration_cluster_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `cluster_mappings` attribute)
   * @since API 4.2
   */
  clusterMappings?: RegistrationClusterMappingInit[];
  /**
   * A list of `RegistrationRoleMappingInit` (a `RegistrationRoleMapping` or a plain object). On the wire: element `<role_mappings>` with one `<registration_role_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `role_mappings` attribute)
   * @since API 4.2
   */
  roleMappings?: RegistrationRoleMappingInit[];
  /**
   * A list of `RegistrationLunMappingInit` (a `RegistrationLunMapping` or a plain object). On the wire: element `<lun_mappings>` with one `<registration_lun_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `lun_mappings` attribute)
   * @since API 4.2
   */
  lunMappings?: RegistrationLunMappingInit[];
  /**
   * A list of `RegistrationDomainMappingInit` (a `RegistrationDomainMapping` or a plain object). On the wire: element `<domain_mappings>` with one `<registration_domain_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `domain_mappings` attribute)
   * @since API 4.2
   */
  domainMappings?: RegistrationDomainMappingInit[];
  /**
   * A list of `RegistrationAffinityGroupMappingInit` (a `RegistrationAffinityGroupMapping` or a plain object). On the wire: element `<affinity_group_mappings>` with one `<registration_affinity_group_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `affinity_group_mappings` attribute)
   * @since API 4.2
   */
  affinityGroupMappings?: RegistrationAffinityGroupMappingInit[];
  /**
   * A list of `RegistrationAffinityLabelMappingInit` (a `RegistrationAffinityLabelMapping` or a plain object). On the wire: element `<affinity_label_mappings>` with one `<registration_affinity_label_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `affinity_label_mappings` attribute)
   * @since API 4.2
   */
  affinityLabelMappings?: RegistrationAffinityLabelMappingInit[];
  /**
   * A list of `RegistrationVnicProfileMappingInit` (a `RegistrationVnicProfileMapping` or a plain object). On the wire: element `<vnic_profile_mappings>` with one `<registration_vnic_profile_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_configuration | reference: registration_configuration} (its `vnic_profile_mappings` attribute)
   * @since API 4.2.1
   */
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
