import { ensureInstalled } from './ensureInstalled';
import { runHostScript } from './faults';

// `npm run host:install` (dist/scripts/hostInstall.js) gets the machine ready ahead of time: the
// system packages the tests need (prerequisites.ts), Node 24 and code-server; the first demo,
// integration or e2e run does the same anyway. `-- --dry-run` says what it would install and
// installs nothing. Its own file, because a `require.main` check in ensureInstalled.ts would also
// fire inside every bundle that imports it.
runHostScript(async () => {
  const dryRun = process.argv.includes('--dry-run');
  const host = await ensureInstalled(['browser'], dryRun);
  if (!dryRun) console.log(`synapse-host: ready: ${host.node24} and ${host.codeServerEntry}`);
  return 0;
});
