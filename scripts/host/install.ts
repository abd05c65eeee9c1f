import { ensureInstalled } from './ensureInstalled';
import { runHostScript } from './faults';

// `npm run host:install` (dist/scripts/hostInstall.js) installs the real host ahead of time; the
// first integration or e2e run installs it anyway. Its own file, because a `require.main` check in
// ensureInstalled.ts would also fire inside every bundle that imports it.
runHostScript(async () => {
  const host = await ensureInstalled();
  console.log(`synapse-host: ready: ${host.node24} and ${host.codeServerEntry}`);
  return 0;
});
