// @ts-check
// Starts code-server (VS Code 1.100 in the browser) with the packaged .vsix installed, in a
// scratch folder of its own: HOME, XDG folders, user data and extensions all live there, so a
// run neither reads nor leaves anything outside it.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** User settings that keep the workbench quiet and the same from run to run. */
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  // A quick fix would otherwise save the draft, and the file watcher's late report of that save
  // reloads it, cancelling the code action requests of the next step.
  'files.refactoring.autoSave': false,
};

const STARTUP_DEADLINE_MS = 60_000;

/**
 * @param {{ entry: string, vsix: string, extensionId: string, scratch: string }} options
 * @returns {Promise<{ url: string, extensionPath: string, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ entry, vsix, extensionId, scratch }) {
  const dirs = { home: path.join(scratch, 'home'), extensions: path.join(scratch, 'extensions'), data: path.join(scratch, 'data') };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  const config = path.join(scratch, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  fs.mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.data, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local/share'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
  };
  const common = ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs.data, '--config', config];

  const install = spawnSync(process.execPath, [entry, '--install-extension', vsix, ...common], { env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`code-server could not install ${vsix}:\n${install.stdout}${install.stderr}`);
  // The folder code-server unpacked the .vsix into: `publisher.name-version`.
  const installed = fs.readdirSync(dirs.extensions).filter((d) => d.startsWith(`${extensionId}-`));
  if (installed.length !== 1) throw new Error(`expected one ${extensionId} in ${dirs.extensions}, found ${installed.length}`);
  const extensionPath = path.join(dirs.extensions, installed[0]);

  const args = [entry, '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', ...common];
  const server = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = fs.createWriteStream(path.join(scratch, 'code-server.log'));
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  const exited = new Promise((resolve) => server.once('exit', resolve));

  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await exited;
  };
  try {
    // Port 0 lets the system pick a free port; code-server prints the one it got.
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const url = await new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error('code-server did not start listening in time')), STARTUP_DEADLINE_MS);
      let seen = '';
      server.stdout.on('data', (chunk) => {
        seen += chunk;
        const match = /HTTP server listening on (http:\/\/[\d.]+:\d+)/.exec(seen);
        if (match) resolve(match[1]);
      });
      server.once('exit', (code) => reject(new Error(`code-server exited (${code}) before listening; see ${scratch}/code-server.log`)));
    }).finally(() => clearTimeout(timer));
    await waitForHealth(url);
    return { url, extensionPath, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Asks /healthz until it answers: code-server serves pages only once it is up.
 * @param {string} url
 */
async function waitForHealth(url) {
  const deadline = Date.now() + STARTUP_DEADLINE_MS;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not accepting connections yet
    }
    if (Date.now() > deadline) throw new Error(`${url}/healthz did not answer in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
