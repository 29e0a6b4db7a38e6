// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `external_vm_provider_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `ExternalVmProviderType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_provider_type | reference: external_vm_provider_type}
 * @since API 4.0.4
 */
export const ExternalVmProviderType = {
  /**
   * `'kvm'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_provider_type | reference: external_vm_provider_type}
   */
  KVM: 'kvm',
  /**
   * `'xen'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_provider_type | reference: external_vm_provider_type}
   */
  XEN: 'xen',
  /**
   * `'vmware'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_provider_type | reference: external_vm_provider_type}
   */
  VMWARE: 'vmware',
} as const;

/**
 * One of the 3 values of {@link ExternalVmProviderType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_vm_provider_type | reference: external_vm_provider_type}
 */
export type ExternalVmProviderType = (typeof ExternalVmProviderType)[keyof typeof ExternalVmProviderType];
