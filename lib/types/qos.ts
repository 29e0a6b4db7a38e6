// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import type { QosType } from './qos-type';

/**
 * The `qos` type of the API, on the wire `<qos>` (a list: `<qoss>` with one `<qos>` per item); 21 attributes and 1 link.
 *
 * Create one with `new Qos({ ... })`, or pass a plain {@link QosInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos}
 */
export class Qos extends Struct {
  /**
   * `QosType` (`storage`, `cpu`, `network`, `hostnetwork`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `type` attribute)
   */
  type?: QosType | (string & {});

  /**
   * `number` (an integer). On the wire: element `<max_throughput>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_throughput` attribute)
   */
  maxThroughput?: number;

  /**
   * `number` (an integer). On the wire: element `<max_read_throughput>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_read_throughput` attribute)
   */
  maxReadThroughput?: number;

  /**
   * `number` (an integer). On the wire: element `<max_write_throughput>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_write_throughput` attribute)
   */
  maxWriteThroughput?: number;

  /**
   * `number` (an integer). On the wire: element `<max_iops>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_iops` attribute)
   */
  maxIops?: number;

  /**
   * `number` (an integer). On the wire: element `<max_read_iops>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_read_iops` attribute)
   */
  maxReadIops?: number;

  /**
   * `number` (an integer). On the wire: element `<max_write_iops>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_write_iops` attribute)
   */
  maxWriteIops?: number;

  /**
   * `number` (an integer). On the wire: element `<cpu_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `cpu_limit` attribute)
   */
  cpuLimit?: number;

  /**
   * `number` (an integer). On the wire: element `<inbound_average>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `inbound_average` attribute)
   */
  inboundAverage?: number;

  /**
   * `number` (an integer). On the wire: element `<inbound_peak>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `inbound_peak` attribute)
   */
  inboundPeak?: number;

  /**
   * `number` (an integer). On the wire: element `<inbound_burst>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `inbound_burst` attribute)
   */
  inboundBurst?: number;

  /**
   * `number` (an integer). On the wire: element `<outbound_average>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_average` attribute)
   */
  outboundAverage?: number;

  /**
   * `number` (an integer). On the wire: element `<outbound_peak>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_peak` attribute)
   */
  outboundPeak?: number;

  /**
   * `number` (an integer). On the wire: element `<outbound_burst>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_burst` attribute)
   */
  outboundBurst?: number;

  /**
   * `number` (an integer). On the wire: element `<outbound_average_linkshare>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_average_linkshare` attribute)
   */
  outboundAverageLinkshare?: number;

  /**
   * `number` (an integer). On the wire: element `<outbound_average_upperlimit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_average_upperlimit` attribute)
   */
  outboundAverageUpperlimit?: number;

  /**
   * `number` (an integer). On the wire: element `<outbound_average_realtime>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_average_realtime` attribute)
   */
  outboundAverageRealtime?: number;

  /**
   * `string`. On the wire: XML attribute `id` of `<qos>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `DataCenter`. On the wire: element `<data_center>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `data_center` link)
   */
  dataCenter?: DataCenter;

  /**
   * Creates a `qos` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: QosInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.maxThroughput = undefined;
      this.maxReadThroughput = undefined;
      this.maxWriteThroughput = undefined;
      this.maxIops = undefined;
      this.maxReadIops = undefined;
      this.maxWriteIops = undefined;
      this.cpuLimit = undefined;
      this.inboundAverage = undefined;
      this.inboundPeak = undefined;
      this.inboundBurst = undefined;
      this.outboundAverage = undefined;
      this.outboundPeak = undefined;
      this.outboundBurst = undefined;
      this.outboundAverageLinkshare = undefined;
      this.outboundAverageUpperlimit = undefined;
      this.outboundAverageRealtime = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.dataCenter = undefined;
    }
  }
}

/**
 * A `qos` as the SDK accepts it: a {@link Qos} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos}
 */
export interface QosInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<qos>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos}
   */
  href?: string;
  /**
   * `QosType` (`storage`, `cpu`, `network`, `hostnetwork`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Needed by:
   * - `QossService.add`: `qos.type`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `type` attribute)
   */
  type?: QosType | (string & {});
  /**
   * `number` (an integer). On the wire: element `<max_throughput>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_throughput` attribute)
   */
  maxThroughput?: number;
  /**
   * `number` (an integer). On the wire: element `<max_read_throughput>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_read_throughput` attribute)
   */
  maxReadThroughput?: number;
  /**
   * `number` (an integer). On the wire: element `<max_write_throughput>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_write_throughput` attribute)
   */
  maxWriteThroughput?: number;
  /**
   * `number` (an integer). On the wire: element `<max_iops>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_iops` attribute)
   */
  maxIops?: number;
  /**
   * `number` (an integer). On the wire: element `<max_read_iops>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_read_iops` attribute)
   */
  maxReadIops?: number;
  /**
   * `number` (an integer). On the wire: element `<max_write_iops>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `max_write_iops` attribute)
   */
  maxWriteIops?: number;
  /**
   * `number` (an integer). On the wire: element `<cpu_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `cpu_limit` attribute)
   */
  cpuLimit?: number;
  /**
   * `number` (an integer). On the wire: element `<inbound_average>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `inbound_average` attribute)
   */
  inboundAverage?: number;
  /**
   * `number` (an integer). On the wire: element `<inbound_peak>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `inbound_peak` attribute)
   */
  inboundPeak?: number;
  /**
   * `number` (an integer). On the wire: element `<inbound_burst>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `inbound_burst` attribute)
   */
  inboundBurst?: number;
  /**
   * `number` (an integer). On the wire: element `<outbound_average>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_average` attribute)
   */
  outboundAverage?: number;
  /**
   * `number` (an integer). On the wire: element `<outbound_peak>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_peak` attribute)
   */
  outboundPeak?: number;
  /**
   * `number` (an integer). On the wire: element `<outbound_burst>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_burst` attribute)
   */
  outboundBurst?: number;
  /**
   * `number` (an integer). On the wire: element `<outbound_average_linkshare>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_average_linkshare` attribute)
   */
  outboundAverageLinkshare?: number;
  /**
   * `number` (an integer). On the wire: element `<outbound_average_upperlimit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_average_upperlimit` attribute)
   */
  outboundAverageUpperlimit?: number;
  /**
   * `number` (an integer). On the wire: element `<outbound_average_realtime>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `outbound_average_realtime` attribute)
   */
  outboundAverageRealtime?: number;
  /**
   * `string`. On the wire: XML attribute `id` of `<qos>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `QossService.add`: `qos.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `DataCenterInit` (a `DataCenter` or a plain object). On the wire: element `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos | reference: qos} (its `data_center` link)
   */
  dataCenter?: DataCenterInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Qos, () => ({
  href: VALUE,
  type: VALUE,
  maxThroughput: VALUE,
  maxReadThroughput: VALUE,
  maxWriteThroughput: VALUE,
  maxIops: VALUE,
  maxReadIops: VALUE,
  maxWriteIops: VALUE,
  cpuLimit: VALUE,
  inboundAverage: VALUE,
  inboundPeak: VALUE,
  inboundBurst: VALUE,
  outboundAverage: VALUE,
  outboundPeak: VALUE,
  outboundBurst: VALUE,
  outboundAverageLinkshare: VALUE,
  outboundAverageUpperlimit: VALUE,
  outboundAverageRealtime: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  dataCenter: DataCenter,
}));
