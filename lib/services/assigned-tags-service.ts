// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AssignedTagService } from './assigned-tag-service';

/** Options of {@link AssignedTagsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface AssignedTagsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AssignedTagsService.add', {}, ['tag', t.Tag]);
const LIST_PARAMETERS = methodParameters('AssignedTagsService.list', { max: 'integer', follow: 'string' });

/**
 * The `assigned_tags` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags}
 */
export class AssignedTagsService extends Service {
  /**
   * Adds an object: `POST` of `<tag>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags/methods/add}
   * @param tag The `tag` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags/methods/add/parameters/tag}
   */
  add(tag: t.TagInit, opts: RequestOptions = {}): Promise<t.Tag> {
    const refused = checkParameters(ADD_PARAMETERS, opts, tag);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(tag, 'tag', {}, opts) as Promise<t.Tag>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags/methods/list}
   * @returns The `tags` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags/methods/list/parameters/tags}
   */
  list(opts: AssignedTagsServiceListOptions = {}): Promise<List<t.Tag>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Tag>>;
  }

  /**
   * Like {@link AssignedTagsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags/methods/list}
   */
  listStream(opts: AssignedTagsServiceListOptions = {}): AsyncGenerator<t.Tag, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AssignedTagsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Tag, void, undefined>;
  }

  /** Locates the `tag` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tag}); sends no request. */
  tagService(id: string | number): AssignedTagService {
    return new AssignedTagService(this.connection, `${this.path}/${idSegment(id, 'AssignedTagsService.tagService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.tagService(decodeURIComponent(head)).service(rest);
  }
}
