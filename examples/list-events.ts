/**
 * List the events that happened after a given event id, oldest first. Run
 * it again with the last id it prints to see only what is new: that is how
 * a monitoring script follows the engine's audit log.
 *
 * Without an id, it shows the last 10 events. listStream() reads them as
 * they arrive, so even 100,000 events never sit in memory at once.
 *
 *   node dist/examples/list-events.js [after event id]
 */
import { type Connection } from 'ovirt-engine-sdk';
import { run } from './common';

export async function main(connection: Connection, [after]: string[] = []): Promise<void> {
  const eventsService = connection.systemService().eventsService();

  let from = after === undefined ? undefined : Number(after);
  if (from === undefined) {
    const [newest] = await eventsService.list({ search: 'sortby time desc', max: 1 });
    from = newest === undefined ? 0 : Number(newest.id) - 10;
  }

  let last = from;
  let n = 0;
  // `from`: only events with a greater id.
  for await (const event of eventsService.listStream({ from, search: 'sortby time asc' })) {
    console.log(`${event.id}  ${event.time?.toISOString()}  ${(event.severity ?? '').padEnd(7)}  ${event.description}`);
    last = Math.max(last, Number(event.id));
    n++;
  }
  console.log(`${n} events after ${from}; next time: list-events ${last}`);
}

run(module, main);
