// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `icon` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/icon}
 */
export class Icon extends Struct {
  /** The `media_type` attribute (`<media_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/icon/attributes/media_type} */
  mediaType?: string;

  /** The `data` attribute (`<data>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/icon/attributes/data} */
  data?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/icon/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/icon/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/icon/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/icon/attributes/comment} */
  comment?: string;

  /** Creates a `icon`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: IconInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `icon` as the SDK accepts it: a {@link Icon} or a plain object of the same shape, at any depth. */
export interface IconInit {
  href?: string;
  mediaType?: string;
  data?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Icon, () => ({
  href: VALUE,
  mediaType: VALUE,
  data: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
