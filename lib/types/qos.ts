// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import type { QosType } from './qos-type';

/**
 * The `qos` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos}
 */
export class Qos extends Struct {
  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/type} */
  type?: QosType;

  /** The `max_throughput` attribute (`<max_throughput>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/max_throughput} */
  maxThroughput?: number;

  /** The `max_read_throughput` attribute (`<max_read_throughput>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/max_read_throughput} */
  maxReadThroughput?: number;

  /** The `max_write_throughput` attribute (`<max_write_throughput>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/max_write_throughput} */
  maxWriteThroughput?: number;

  /** The `max_iops` attribute (`<max_iops>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/max_iops} */
  maxIops?: number;

  /** The `max_read_iops` attribute (`<max_read_iops>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/max_read_iops} */
  maxReadIops?: number;

  /** The `max_write_iops` attribute (`<max_write_iops>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/max_write_iops} */
  maxWriteIops?: number;

  /** The `cpu_limit` attribute (`<cpu_limit>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/cpu_limit} */
  cpuLimit?: number;

  /** The `inbound_average` attribute (`<inbound_average>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/inbound_average} */
  inboundAverage?: number;

  /** The `inbound_peak` attribute (`<inbound_peak>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/inbound_peak} */
  inboundPeak?: number;

  /** The `inbound_burst` attribute (`<inbound_burst>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/inbound_burst} */
  inboundBurst?: number;

  /** The `outbound_average` attribute (`<outbound_average>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/outbound_average} */
  outboundAverage?: number;

  /** The `outbound_peak` attribute (`<outbound_peak>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/outbound_peak} */
  outboundPeak?: number;

  /** The `outbound_burst` attribute (`<outbound_burst>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/outbound_burst} */
  outboundBurst?: number;

  /** The `outbound_average_linkshare` attribute (`<outbound_average_linkshare>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/outbound_average_linkshare} */
  outboundAverageLinkshare?: number;

  /** The `outbound_average_upperlimit` attribute (`<outbound_average_upperlimit>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/outbound_average_upperlimit} */
  outboundAverageUpperlimit?: number;

  /** The `outbound_average_realtime` attribute (`<outbound_average_realtime>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/outbound_average_realtime} */
  outboundAverageRealtime?: number;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/attributes/comment} */
  comment?: string;

  /** The `data_center` link (`<data_center>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qos/links/data_center} */
  dataCenter?: DataCenter;

  /** Creates a `qos`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: QosInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `qos` as the SDK accepts it: a {@link Qos} or a plain object of the same shape, at any depth. */
export interface QosInit {
  href?: string;
  type?: QosType;
  maxThroughput?: number;
  maxReadThroughput?: number;
  maxWriteThroughput?: number;
  maxIops?: number;
  maxReadIops?: number;
  maxWriteIops?: number;
  cpuLimit?: number;
  inboundAverage?: number;
  inboundPeak?: number;
  inboundBurst?: number;
  outboundAverage?: number;
  outboundPeak?: number;
  outboundBurst?: number;
  outboundAverageLinkshare?: number;
  outboundAverageUpperlimit?: number;
  outboundAverageRealtime?: number;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
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
