// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `external_vm_provider_type` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_vm_provider_type}
 * @since API 4.0.4
 */
export const ExternalVmProviderType = {
  KVM: 'kvm',
  XEN: 'xen',
  VMWARE: 'vmware',
} as const;

/** One of the {@link ExternalVmProviderType} values. */
export type ExternalVmProviderType = (typeof ExternalVmProviderType)[keyof typeof ExternalVmProviderType];
