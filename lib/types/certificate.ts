// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `certificate` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/certificate}
 */
export class Certificate extends Struct {
  /** The `organization` attribute (`<organization>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/certificate/attributes/organization} */
  organization?: string;

  /** The `subject` attribute (`<subject>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/certificate/attributes/subject} */
  subject?: string;

  /** The `content` attribute (`<content>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/certificate/attributes/content} */
  content?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/certificate/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/certificate/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/certificate/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/certificate/attributes/comment} */
  comment?: string;

  /** Creates a `certificate`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: CertificateInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `certificate` as the SDK accepts it: a {@link Certificate} or a plain object of the same shape, at any depth. */
export interface CertificateInit {
  href?: string;
  organization?: string;
  subject?: string;
  content?: string;
  id?: string;
  name?: string;
  description?: string;
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
