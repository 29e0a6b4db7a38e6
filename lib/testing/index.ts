/**
 * ovirt-engine-sdk/testing: a stateful oVirt engine simulator to run the
 * SDK (and your own automation) against, without an engine.
 *
 *   import { EngineSimulator } from 'ovirt-engine-sdk/testing';
 *   import { Connection } from 'ovirt-engine-sdk';
 *
 *   const engine = await EngineSimulator.start({ seed: { vms: 100 }, delays: 0 });
 *   const connection = new Connection(engine.connectionOptions());
 *   const vms = await connection.systemService().vmsService().list({ search: 'status=up' });
 *   await connection.close();
 *   await engine.stop();
 *
 * It uses the SDK's public pieces (types, Reader, Writer, the service
 * metadata) like user code does; the SDK itself never imports it.
 */
export { EngineSimulator, SSO_HTTP_AUTH_PATH, SSO_REVOKE_PATH, SSO_TOKEN_PATH } from './simulator';
export type {
  EngineSimulatorOptions,
  FaultInjection,
  NegotiateResult,
  NegotiateVerifier,
  RequestRecord,
  SimulatorConnectionOptions,
  SimulatorStats,
} from './simulator';
export { DEFAULT_DELAYS } from './engine';
export type { DirectoryOptions, SimulatorDelays } from './engine';
export type { SeedOptions } from './seed';
export { createTlsMaterial } from './certificates';
export type { CertificateOptions, TlsMaterial } from './certificates';
