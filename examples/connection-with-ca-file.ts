/**
 * Connect to an engine whose certificate is signed by its own CA, check
 * that it answers, and print what it is.
 *
 * The engine's CA certificate can be downloaded from
 * https://<engine>/ovirt-engine/services/pki-resource?resource=ca-certificate&format=X509-PEM-CA
 * (on the engine machine it is /etc/pki/ovirt-engine/ca.pem).
 *
 *   OVIRT_URL=https://engine.example.com/ovirt-engine/api OVIRT_USERNAME=admin@internal \
 *   OVIRT_PASSWORD=... OVIRT_CA_FILE=ca.pem node dist/examples/connection-with-ca-file.js
 */
import { Connection } from 'ovirt-engine-sdk';
import { run } from './common';

export async function main(): Promise<void> {
  // Creating a connection sends nothing: the first call logs in (SSO) and
  // opens the pool. `await using` closes it, and logs out, at the end of
  // the block, whatever happens in it.
  await using connection = new Connection({
    url: process.env.OVIRT_URL ?? 'https://engine.example.com/ovirt-engine/api',
    username: process.env.OVIRT_USERNAME || 'admin@internal',
    password: process.env.OVIRT_PASSWORD,
    caFile: process.env.OVIRT_CA_FILE, // trust only this CA; without it, the system store
    timeout: 60_000, // no call may take longer than a minute
  });

  // test(true) rejects with the reason (certificate, credentials, URL)
  // instead of answering false.
  await connection.test(true);

  const api = await connection.systemService().get();
  const product = api.productInfo;
  console.log(`Connected to ${product?.name} ${product?.version?.fullVersion ?? ''} at ${connection.url}`);
  // The user is a link (an id and an href): follow it for the details.
  if (api.authenticatedUser !== undefined) {
    const user = await connection.followLink(api.authenticatedUser);
    console.log(`  as ${user.userName ?? user.name} (${user.id})`);
  }
  const summary = api.summary;
  if (summary !== undefined) {
    console.log(`  VMs: ${summary.vms?.total} (${summary.vms?.active} running), hosts: ${summary.hosts?.total} (${summary.hosts?.active} up),`);
    console.log(`  storage domains: ${summary.storageDomains?.total}, users: ${summary.users?.total}`);
  }
}

run(module, main);
