// Starts and stops tests/e2e/serve.mjs from inside a test, so a test can take the server away.
import { spawn } from 'node:child_process';

export async function startServer(dir, port, base = '/') {
  const child = spawn('node', ['tests/e2e/serve.mjs', dir, String(port), base], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}${base}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill();
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

// Waits until the service worker keeps the language pack `tag` (the app asks it to once the pack is read).
export async function waitForPack(page, tag) {
  await page.waitForFunction(
    async (t) => (await caches.match(new URL(`lang/${t}.txt`, document.baseURI).href)) !== undefined,
    tag,
    { timeout: 20_000 },
  );
}
