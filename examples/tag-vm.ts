/**
 * Tag a VM: make the tag if there is none of that name yet, assign it to
 * the VM, and list the VM's tags. Tags can then be searched: `tag=mytag`.
 *
 *   node dist/examples/tag-vm.js [vm=myvm] [tag=mytag]
 */
import { type Connection } from 'ovirt-engine-sdk';
import { run } from './common';

export async function main(connection: Connection, [vmName = 'myvm', tagName = 'mytag']: string[] = []): Promise<void> {
  const system = connection.systemService();
  const [vm] = await system.vmsService().list({ search: `name=${vmName}` });
  if (vm === undefined) throw new Error(`There is no VM named ${vmName}`);

  const tagsService = system.tagsService();
  let tag = (await tagsService.list()).find((t) => t.name === tagName);
  if (tag === undefined) {
    tag = await tagsService.add({ name: tagName, description: 'Added by the tag-vm example' });
    console.log(`Added tag ${tag.name} (${tag.id})`);
  }

  const vmTagsService = system.vmsService().vmService(vm.id!).tagsService();
  await vmTagsService.add({ id: tag.id });
  const tags = await vmTagsService.list();
  console.log(`VM ${vmName} has tags: ${tags.map((t) => t.name).join(', ')}`);

  const tagged = await system.vmsService().list({ search: `tag=${tagName}` });
  console.log(`VMs tagged ${tagName}: ${tagged.map((v) => v.name).join(', ')}`);
}

run(module, main);
