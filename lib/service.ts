/**
 * Base of the generated services: the HTTP exchange of get, list, add,
 * update, remove and actions. Generated services (lib/services/) call only
 * the protected methods below; this is the whole seam between them and the
 * runtime. The connection does the rest (lib/connection.ts `_exchange`):
 * query rendering, headers, the XML body, status checks, faults.
 */
import type { Connection } from './connection';
import { Error as OvirtError } from './errors';

/** A query value as a caller may give it; see {@link Query}. */
export type QueryValue = string | number | boolean | bigint | Date | undefined;

/**
 * Options every service method takes besides its own parameters. (No
 * `timeout` here: a method parameter has that name, `HostService.upgrade`;
 * the connection's `timeout` option limits every call.)
 */
export interface RequestOptions {
  /** Extra query parameters, sent after the method's own (a name given in both is sent once, with this value). */
  query?: Record<string, QueryValue>;
  /** Extra HTTP headers for this call; they win over the connection's `headers`. */
  headers?: Record<string, string>;
  /** Cancels the call: it rejects with the SDK's `Error` (the signal's reason as `cause`). */
  signal?: AbortSignal;
}

/**
 * Query parameters by wire name. Values are rendered by the connection:
 * booleans `true`/`false`, numbers in decimal, bigints, Dates as ISO 8601,
 * strings (enum wire values included) as they are; undefined (and null)
 * values are not sent.
 */
export type Query = Record<string, unknown>;

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
