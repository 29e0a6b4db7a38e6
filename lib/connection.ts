/**
 * Connection to an oVirt engine. (Placeholder: the runtime issue, #4,
 * implements it over undici; only the seam the services use is fixed here.)
 */
import type { Query, RequestOptions } from './service';
import { Error as OvirtError } from './errors';

/** One request of a service method, before rendering (see lib/service.ts). */
export interface Exchange {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the API root, without a leading slash ('' for the root). */
  path: string;
  /** The method's query parameters by wire name, not yet rendered; undefined values are skipped. */
  query: Query;
  /** The caller's extra query parameters and headers. */
  options: RequestOptions;
  /** The request body: an object to write as XML with `Writer.writeBuffer(value, { type })`. */
  body?: { value: object; type: string };
  /** The response is an `<action>`: a fault inside it is an error. */
  action?: boolean;
}

export class Connection {
  /** @internal Sends one service request and resolves to the read response body (undefined when empty). */
  _exchange(exchange: Exchange): Promise<unknown> {
    return Promise.reject(new OvirtError(`not implemented yet: ${exchange.method} ${exchange.path}`));
  }
}
