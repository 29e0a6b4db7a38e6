// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `certificate` type of the API, on the wire `<certificate>` (a list: `<certificates>` with one `<certificate>` per item); 7 attributes and 0 links.
 *
 * Create one with `new Certificate({ ... })`, or pass a plain {@link CertificateInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate}
 */
export class Certificate extends Struct {
  /**
   * `string`. On the wire: element `<organization>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `organization` attribute)
   */
  organization?: string;

  /**
   * `string`. On the wire: element `<subject>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `subject` attribute)
   */
  subject?: string;

  /**
   * `string`. On the wire: element `<content>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `content` attribute)
   */
  content?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<certificate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `certificate` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: CertificateInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.organization = undefined;
      this.subject = undefined;
      this.content = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `certificate` as the SDK accepts it: a {@link Certificate} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate}
 */
export interface CertificateInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<certificate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<organization>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `organization` attribute)
   */
  organization?: string;
  /**
   * `string`. On the wire: element `<subject>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `subject` attribute)
   */
  subject?: string;
  /**
   * `string`. On the wire: element `<content>`.
   *
   * Needed by:
   * - `ExternalProviderService.importCertificates`: `opts.certificates[].content`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `content` attribute)
   */
  content?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<certificate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/certificate | reference: certificate} (its `comment` attribute)
   */
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Certificate, () => ({
  href: VALUE,
  organization: VALUE,
  subject: VALUE,
  content: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
