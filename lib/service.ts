/**
 * Base of the generated services: the HTTP exchange of get, list, add,
 * update, remove and actions. Generated services (lib/services/) call only
 * the protected methods below; this is the whole seam between them and the
 * runtime. The connection does the rest (lib/connection.ts `_exchange`):
 * query rendering, headers, the XML body, status checks, faults.
 *
 * Also here: the shapes of the services as data (lib/generated/service-metadata.ts),
 * which tools use (the engine simulator routes requests with them).
 */
import type { Connection, Query, RequestOptions } from './connection';
import { Error as OvirtError } from './errors';

export type { Query, QueryValue, RequestOptions } from './connection';

export abstract class Service {
  constructor(
    /** The connection this service sends its requests through. */
    readonly connection: Connection,
    /** Path of the service below the API root (`vms/123`), '' for the root. */
    readonly path: string,
  ) {}

  /**
   * Returns the service at `path` below this one (`'vms/123/diskattachments'`),
   * walking the locators; sends nothing. Generated services override it;
   * an unknown segment throws the SDK's `Error`.
   */
  service(path: string): Service {
    if (path === '') return this;
    throw new OvirtError(`The path '${path}' does not correspond to any service below '${this.path || '/'}'`);
  }

  /** `GET` of the service (get and list); resolves to the read body. */
  protected _get(query: Query, options: RequestOptions): Promise<unknown> {
    return this.connection._exchange({ method: 'GET', path: this.path, query, options });
  }

  /**
   * `GET` of a list, yielding each object as it arrives instead of
   * resolving to the whole array (generated as `listStream()`).
   */
  protected _stream(query: Query, options: RequestOptions): AsyncGenerator<unknown, void, undefined> {
    return this.connection._stream({ method: 'GET', path: this.path, query, options });
  }

  /** `POST` of an object (add); resolves to the object the engine returns. */
  protected _add(value: object, type: string, query: Query, options: RequestOptions): Promise<unknown> {
    return this.connection._exchange({ method: 'POST', path: this.path, query, options, body: { value, type } });
  }

  /** `PUT` of an object (update); resolves to the updated object. */
  protected _update(value: object, type: string, query: Query, options: RequestOptions): Promise<unknown> {
    return this.connection._exchange({ method: 'PUT', path: this.path, query, options, body: { value, type } });
  }

  /** `DELETE`; `action` carries action-placed parameters (gluster bricks). */
  protected async _remove(query: Query, options: RequestOptions, action?: object): Promise<void> {
    await this.connection._exchange({
      method: 'DELETE',
      path: this.path,
      query,
      options,
      body: action === undefined ? undefined : { value: action, type: 'action' },
    });
  }

  /**
   * `POST` of an `<action>` to `path/actionPath`. Resolves to `member` of the
   * returned action (the action's single out parameter), or undefined.
   * A fault inside the returned action rejects, like a fault document.
   */
  protected async _action(actionPath: string, action: object, member: string | undefined, options: RequestOptions): Promise<unknown> {
    const result = (await this.connection._exchange({
      method: 'POST',
      path: this.path === '' ? actionPath : `${this.path}/${actionPath}`,
      query: {},
      options,
      body: { value: action, type: 'action' },
      action: true,
    })) as Record<string, unknown> | undefined;
    return member === undefined || result === undefined ? undefined : result[member];
  }
}

// ---- The services as data ----

export type MethodKind = 'add' | 'get' | 'list' | 'update' | 'remove' | 'action';

/** A type reference: a model type name (`vm`, `string`, `vm_status`) and whether it is a list. */
export interface TypeRefInfo {
  type: string;
  list: boolean;
  /** `primitive`, `enum` or `struct`. */
  kind: 'primitive' | 'enum' | 'struct';
}

export interface ParameterInfo extends TypeRefInfo {
  /** Model name (`case_sensitive`). */
  name: string;
  /** Property name in the options object (`caseSensitive`). */
  prop: string;
  in: boolean;
  out: boolean;
  place: 'query' | 'body' | 'action';
  /** Query parameter name, or element name for body and action parameters. */
  wireName: string;
}

export interface MethodInfo {
  /** Unique model name (`add_from_scratch`). */
  name: string;
  /** Method name on the service class (`addFromScratch`). */
  method: string;
  kind: MethodKind;
  verb: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Action path segment (actions only). */
  path?: string;
  parameters: ParameterInfo[];
}

export interface LocatorInfo {
  /** Model name (`disk_attachments`). */
  name: string;
  /** Method name on the service class (`diskAttachmentsService`). */
  method: string;
  /** URL segment; absent for a locator that takes an id. */
  path?: string;
  /** Name of the locator's parameter (`id`), when it takes one. */
  parameter?: string;
  /** Model name of the service it leads to. */
  service: string;
}

export interface ServiceInfo {
  name: string;
  /** Class name in `services` (`VmsService`). */
  className: string;
  methods: MethodInfo[];
  locators: LocatorInfo[];
}
