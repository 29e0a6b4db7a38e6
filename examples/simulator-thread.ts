/**
 * The engine simulator in a worker thread, for the demo: like a real
 * engine, it then works on a CPU of its own instead of sharing the
 * inventory's thread, so the time measured is the SDK's (TLS, reading the
 * XML), not the simulator's.
 *
 * The thread runs this same file (compiled: dist/examples/simulator-thread.js).
 */
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { EngineSimulator, type EngineSimulatorOptions, type SimulatorConnectionOptions, type SimulatorStats } from 'ovirt-engine-sdk/testing';

/** A simulator running in a worker thread. */
export interface SimulatorThread {
  url: string;
  seeded: Readonly<Record<string, number>>;
  connectionOptions(): SimulatorConnectionOptions;
  /** Stops the simulator and the thread; resolves to what it served. */
  stop(): Promise<SimulatorStats>;
}

type FromThread =
  | { type: 'started'; options: SimulatorConnectionOptions; seeded: Record<string, number> }
  | { type: 'stopped'; stats: SimulatorStats }
  | { type: 'failed'; message: string };

/** True when the compiled file is there to run in a thread (not when run from the .ts sources, as in the tests). */
export function threadAvailable(): boolean {
  return path.extname(__filename) === '.js';
}

/** Starts a simulator with these options in a worker thread. */
export function startSimulatorThread(options: EngineSimulatorOptions): Promise<SimulatorThread> {
  const worker = new Worker(__filename, { workerData: { simulator: options } });
  const next = (): Promise<FromThread> =>
    new Promise((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      worker.once('error', onError);
      worker.once('message', (message: FromThread) => {
        worker.off('error', onError);
        if (message.type === 'failed') reject(new Error(message.message));
        else resolve(message);
      });
    });
  return next().then((started) => {
    if (started.type !== 'started') throw new Error(`The simulator thread said ${started.type}`);
    return {
      url: started.options.url,
      seeded: started.seeded,
      connectionOptions: () => ({ ...started.options }),
      async stop() {
        const stopped = next();
        worker.postMessage('stop');
        const message = await stopped;
        await worker.terminate();
        if (message.type !== 'stopped') throw new Error(`The simulator thread said ${message.type}`);
        return message.stats;
      },
    };
  });
}

// In the thread: start the simulator, say where it is, stop when asked.
if (!isMainThread && parentPort !== null && (workerData as { simulator?: unknown } | undefined)?.simulator !== undefined) {
  const port = parentPort;
  EngineSimulator.start((workerData as { simulator: EngineSimulatorOptions }).simulator).then(
    (engine) => {
      port.postMessage({ type: 'started', options: engine.connectionOptions(), seeded: { ...engine.seeded } } satisfies FromThread);
      port.once('message', () => {
        const stats = engine.stats;
        engine.stop().then(
          () => port.postMessage({ type: 'stopped', stats } satisfies FromThread),
          (error: unknown) => port.postMessage({ type: 'failed', message: String(error) } satisfies FromThread),
        );
      });
    },
    (error: unknown) => port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies FromThread),
  );
}
