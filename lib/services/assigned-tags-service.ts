// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AssignedTagService } from './assigned-tag-service';

/**
 * Options of {@link AssignedTagsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tags/methods/list | reference: assigned_tags.list}
 */
export interface AssignedTagsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /groups/{group_id}/tags` (or the same below any other of the service's 5 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tags/methods/list | reference: assigned_tags.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /groups/{group_id}/tags` (or the same below any other of the service's 5 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tags/methods/list | reference: assigned_tags.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AssignedTagsService.add', {}, ['tag', t.Tag]);
const LIST_PARAMETERS = methodParameters('AssignedTagsService.list', { max: 'integer', follow: 'string' });

/**
 * The `assigned_tags` service of the API.
 *
 * Path below the API root: `/groups/{group_id}/tags` (and 4 others, such as `/hosts/{host_id}/tags`).
 * Reached with `connection.systemService().groupsService().groupService(id).tagsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tags | reference: assigned_tags}
 */
export class AssignedTagsService extends Service {
  /**
   * Adds a `tag`: sends `POST /groups/{group_id}/tags` (or the same below any other of the service's 5 paths) with it as the `<tag>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `tag.id` or `tag.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tags/methods/add | reference: assigned_tags.add}
   * @param tag The `tag` to send: `TagInit` (a `Tag` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `tag` as the engine answers it.
   */
  add(tag: t.TagInit, opts: RequestOptions = {}): Promise<t.Tag> {
    const refused = checkParameters(ADD_PARAMETERS, opts, tag);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(tag, 'tag', {}, opts) as Promise<t.Tag>;
  }

  /**
   * Lists the `tag` objects: sends `GET /groups/{group_id}/tags` (or the same below any other of the service's 5 paths) and reads the `<tags>` the engine answers, one item per `<tag>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tags/methods/list | reference: assigned_tags.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedTagsServiceListOptions}).
   * @returns The `tags`: a list of `Tag`.
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
   * Like {@link AssignedTagsService.list} (it sends `GET /groups/{group_id}/tags` (or the same below any other of the service's 5 paths) with the same options), but yields
   * each `tag` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tags/methods/list | reference: assigned_tags.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `assigned_tag` service at `{tag_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tag | reference: assigned_tag}
   */
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
