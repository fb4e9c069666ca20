// Trunk post_build hook (see Trunk.toml). Runs on the staging folder before it replaces dist/, in these
// steps (each a function below; "release" ones are skipped by debug builds such as `trunk serve`):
//   readBase                 Trunk's <base href>, where the files this hook adds are linked from;
//   externaliseStartScript   Trunk's inline start-up script into its own file (boot-<hash>.js), so the
//                            Content-Security-Policy needs no 'unsafe-inline';
//   addCsp                   (release) that policy, as a <meta> right after <meta charset>;
//   dropPreloads             Trunk's preloads of the wasm and its JS (they delay the first paint);
//   checkNoInlineScript      (release) fails the build if an inline script is left for the CSP to block;
//   minifyGlue               (release) wasm-bindgen's JS glue through terser (Trunk's minifier leaves it
//                            as generated), without the classes of the wasm-streams exports removed
//                            below, and its Subresource Integrity hash in index.html;
//   inlineStylesheets        (release) Trunk's three stylesheets as one <style> in index.html;
//   dropUnusedWasmExports    (release) the wasm exports of the `wasm-streams` classes (IntoUnderlying*),
//                            which Leptos' server-function support links in and this client-only app never
//                            calls, so the optimiser can remove their code (with --low-memory-unused);
//                            and the wasm's SRI hash;
//   shortenImportNames       (release) short names for the wasm's imports from its glue, in both;
//   writeLanguagePacks       lang/<tag>.txt with `cargo run --example lang_packs`, from the same tables the
//                            native tests check; returns the start screen in every language;
//   addStartScreens          those start screens into index.html, and scripts/start-lang.js (which picks
//                            one before the first paint): inline after <base> in release builds
//                            (minified), start-lang-<hash>.js first in <head> in debug builds;
//   inlineHashes             (release) the policy's hashes of that inline style and script;
//   writePrecacheList        sw.js: the worker source (public/sw.js, minified in release builds) with the
//                            list of every built file to precache (all but the language packs, which the
//                            worker keeps once the user reads one) and a version derived from the content
//                            of all of them (Trunk 0.21's shared JS/wasm hash and unhashed snippets/
//                            folder make file names alone an unsafe cache key).
// Usage outside Trunk: node scripts/precache.mjs <dir>   (used by the update test to make "build B").
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { minify } from 'terser';
import { shortenImports } from './short-imports.mjs';

const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// <meta charset="utf-8">, minified or not.
const CHARSET = /<meta charset="?utf-8"?\s*\/?>/i;

function fail(message) {
  console.error(`precache.mjs: ${message}`);
  process.exit(1);
}

const sha = (data) => createHash('sha256').update(data).digest('hex');
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

async function listFiles(root, sub = '') {
  const out = [];
  for (const entry of await readdir(join(root, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)));
    else out.push(rel);
  }
  return out;
}

// Trunk's <base href> (the public URL, e.g. /guide/); "/" when there is none.
function readBase(html) {
  return (html.match(/<base href="?([^" >]*)"?/) || [, '/'])[1];
}

async function externaliseStartScript(html, dir, base) {
  // Minified or not: <script type="module"> or <script type=module>.
  const inline = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
  if (!inline) return html;
  const body = inline[1].trim() + '\n';
  const name = `boot-${sha(body).slice(0, 16)}.js`;
  await writeFile(join(dir, name), body);
  return html.replace(inline[0], `<script type="module" src="${base}${name}"></script>`);
}

function addCsp(html) {
  if (html.includes('Content-Security-Policy')) return html;
  const withCsp = html.replace(CHARSET, (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
  if (!withCsp.includes('Content-Security-Policy')) fail('no <meta charset> to put the CSP after');
  return withCsp;
}

// No preload of the wasm and its JS: at high priority they compete with the stylesheets on a slow link
// and delay the first paint of the static start screen; the start-up script fetches them right after.
function dropPreloads(html) {
  return html.replace(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g, '');
}

// An inline script is allowed only when the policy names its hash (the start-up script this hook inlines,
// when it runs again on a built folder); any other (Trunk's own, say) would be blocked.
function checkNoInlineScript(html) {
  const allowed = (html.match(/script-src [^;"]*/)?.[0] ?? '').match(/'sha256-[^']+'/g) ?? [];
  for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (!allowed.includes(cspHash(body))) fail('index.html still has an inline script; the CSP would block it');
  }
}

const cspHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// The glue's classes for the `wasm-streams` exports (IntoUnderlying*), which dropUnusedWasmExports takes
// out of the wasm: no longer exported, and their finalisation registries marked pure, so terser drops them
// (-0.4 KiB gzipped). Trunk's start-up script exposes the glue's exports but nothing reads these.
function withoutStreamClasses(glue) {
  return glue
    .replace(/^export class (IntoUnderlying\w*)/gm, 'class $1')
    .replace(/^if \(Symbol\.dispose\) IntoUnderlying\w*\.prototype\[Symbol\.dispose\] = [^\n]*\n/gm, '')
    .replace(/(const IntoUnderlying\w*Finalization = [^\n]*\n[^\n]*\n\s*: )new FinalizationRegistry/g, '$1/*#__PURE__*/ new FinalizationRegistry');
}

async function minifyGlue(html, dir) {
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.js') || name === 'sw.js' || name.startsWith('boot-')) continue;
    const path = join(dir, name);
    const source = await readFile(path, 'utf8');
    const { code } = await minify(withoutStreamClasses(source), { module: true, compress: { passes: 2 }, mangle: true });
    if (!code) continue;
    await writeFile(path, code);
    html = html.replaceAll(sri(source), sri(code));
  }
  return html;
}

// (release) A classic script copied into the build (the start-up language picker, the service worker),
// through terser like the glue: its comments and long names are most of its bytes. Top-level names are
// kept (not module code: the worker's VERSION and PRECACHE are declared in lines added before it).
async function minifyScript(source) {
  if (!release) return source;
  const { code } = await minify(source, { compress: { passes: 2 }, mangle: true });
  return code ? code + '\n' : source;
}

// (release) Trunk's stylesheets (style/*.css, one per concern in the source) as one <style> in
// index.html, in the same order: the start screen then paints with index.html alone, one round trip
// sooner on a slow link (the worker precaches index.html, so nothing is lost for repeat visits), and the
// policy allows exactly this style by its hash (`inlineHashes`). A folder already done has no stylesheet
// link and is left as it is.
async function inlineStylesheets(html, dir, base) {
  const links = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)].map((m) => m[0]);
  if (links.length === 0) return html;
  let css = '';
  for (const link of links) {
    const href = (link.match(/\bhref="?([^" >]+)"?/) || [])[1];
    if (!href || !href.startsWith(base)) fail(`a stylesheet outside the build: ${link}`);
    const path = join(dir, href.slice(base.length));
    css += (await readFile(path, 'utf8')).trim() + '\n';
    await rm(path);
  }
  if (css.includes('</')) fail('a stylesheet holds "</", which would end an inline <style>');
  html = html.replace(links[0], () => `<style>${css}</style>`);
  for (const link of links.slice(1)) html = html.replace(link, '');
  return html;
}

// (release) The policy's hashes of the inline <style> and <script> this hook wrote (the stylesheets and
// the start-up script), so it allows exactly those and no other inline code ('unsafe-inline' stays off).
function inlineHashes(html) {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => cspHash(m[1]));
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => cspHash(m[1]));
  // Run again on a built folder, the hashes it wrote are replaced, not repeated.
  html = html.replace(/((?:script|style)-src [^;"]*)/g, (directive) => directive.replace(/ 'sha256-[^']+'/g, ''));
  return html
    .replace("style-src 'self'", ["style-src 'self'", ...styles].join(' '))
    .replace("script-src 'self' 'wasm-unsafe-eval'", ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(' '));
}

async function dropUnusedWasmExports(html, dir) {
  for (const name of await readdir(dir)) {
    if (!name.endsWith('_bg.wasm')) continue;
    const path = join(dir, name);
    const before = await readFile(path);
    const wasmOpt = ['node_modules/.bin/wasm-opt'].find(existsSync) || 'wasm-opt';
    // --low-memory-unused: Rust's wasm32 layout puts the stack first, growing down towards address 0, so
    // the lowest 1 KiB is touched only by a stack already about to overflow; the optimiser may then fold
    // more address arithmetic into load/store offsets (-0.7 KiB gzipped).
    execFileSync(wasmOpt, [
      path,
      '--remove-exports',
      '--pass-arg=remove-exports@*ntounderlying*',
      '-Os',
      '--low-memory-unused',
      '-o',
      path,
    ]);
    html = html.replaceAll(sri(before), sri(await readFile(path)));
  }
  return html;
}

// (release) The wasm's imports from its glue get short names (scripts/short-imports.mjs), in the wasm and
// as the keys of the glue's imports object (-5 KiB gzipped). Each long name must be found exactly once in
// the glue, as a whole name; if not (a wasm-bindgen that writes its glue otherwise), nothing is renamed.
async function shortenImportNames(html, dir) {
  for (const name of await readdir(dir)) {
    if (!name.endsWith('_bg.wasm')) continue;
    const wasmPath = join(dir, name);
    const gluePath = join(dir, name.replace(/_bg\.wasm$/, '.js'));
    const wasmBefore = await readFile(wasmPath);
    const glueBefore = await readFile(gluePath, 'utf8');
    const { wasm, names } = shortenImports(wasmBefore, (module) => module.endsWith('_bg.js'));
    const renamed = [...names].filter(([from, to]) => from !== to);
    if (renamed.length === 0) continue;
    let glue = glueBefore;
    for (const [from, to] of renamed) {
      const whole = new RegExp(`(?<![\\w$])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`, 'g');
      const found = glue.match(whole)?.length ?? 0;
      if (found !== 1) {
        console.warn(`precache.mjs: import ${from} is in the glue ${found} times; import names left as they are`);
        return html;
      }
      glue = glue.replace(whole, to);
    }
    await writeFile(wasmPath, wasm);
    await writeFile(gluePath, glue);
    html = html.replaceAll(sri(wasmBefore), sri(wasm)).replaceAll(sri(glueBefore), sri(glue));
  }
  return html;
}

// The example also writes boot-texts.tsv (tag, title, lead per line): read here into one hidden start
// screen per language, then removed.
async function writeLanguagePacks(dir) {
  execFileSync('cargo', ['run', '--quiet', '--example', 'lang_packs', '--', dir], { stdio: 'inherit' });
  const bootTexts = join(dir, 'boot-texts.tsv');
  const escapeHtml = (t) => t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const variants = (await readFile(bootTexts, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .map(([tag, title, lead]) =>
      `<div class="boot-text" data-l="${tag}" lang="${tag}"><p class="boot-title">${escapeHtml(title)}</p><p class="boot-lead">${escapeHtml(lead)}</p></div>`,
    )
    .join('');
  await rm(bootTexts);
  return variants;
}

// The start screen in every language: index.html gets one hidden copy per language and a tiny head script
// that picks one before the first paint, so a Nepali phone's first screen is in Nepali, not English, while
// the wasm loads. Skipped when index.html has them already (the hook run again on a built folder).
async function addStartScreens(html, dir, base, variants) {
  // (The inline stylesheet names data-l too: look for the copies themselves.)
  if (html.includes('<div class="boot-text" data-l=')) return html;
  // After the English start screen (minified or not: <div class=boot-text> or <div class="boot-text">).
  const english = html.match(/<div class="?boot-text"?>[\s\S]*?<\/div>/);
  if (!english) fail('no English start screen (div.boot-text) in index.html');
  html = html.replace(english[0], english[0] + variants);
  const startLang = await minifyScript(await readFile('scripts/start-lang.js', 'utf8'));
  if (release) {
    // Inline in release builds (one round trip less before the first paint; allowed by its hash), right
    // after <base>, so that the addresses it works out follow the app's base.
    if (startLang.includes('</')) fail('start-lang.js holds "</", which would end an inline <script>');
    const withScript = html.replace(/<base\b[^>]*>/, (tag) => `${tag}<script>${startLang.trim()}</script>`);
    if (withScript === html) fail('no <base> in index.html to put the start-up script after');
    return withScript;
  }
  const startName = `start-lang-${sha(startLang).slice(0, 16)}.js`;
  await writeFile(join(dir, startName), startLang);
  // First in <head>, so it runs before anything is drawn.
  return html.replace(CHARSET, (charset) => `${charset}<script src="${base}${startName}"></script>`);
}

async function writePrecacheList(dir) {
  const swPath = join(dir, 'sw.js');
  const workerSource = await readFile(swPath, 'utf8')
    .then((s) => s.replace(/^const VERSION = [^\n]*\nconst PRECACHE = [^\n]*\n/, ''))
    .then(minifyScript);
  const files = (await listFiles(dir)).filter((f) => f !== 'sw.js').sort();
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(f.split(sep).join('/'));
    hash.update(await readFile(join(dir, f)));
  }
  hash.update(workerSource);
  const version = hash.digest('hex').slice(0, 16);
  await writeFile(
    swPath,
    `const VERSION = '${version}';\nconst PRECACHE = ${JSON.stringify(files.filter((f) => !f.startsWith('lang/')).map((f) => relative('.', f)))};\n` +
      workerSource,
  );
  console.log(`precache.mjs: ${files.length} files, version ${version}`);
}

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no staging folder (TRUNK_STAGING_DIR or an argument)');
// `trunk serve` (a debug build) adds an inline live-reload script, which the policy would block: the
// policy and the inline-script check are for release builds; so are minifying and wasm-opt (readable
// glue, and no optimiser run over a multi-megabyte debug wasm).
const release = process.env.TRUNK_PROFILE !== 'debug';

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const base = readBase(html);
html = await externaliseStartScript(html, dir, base);
if (release) html = addCsp(html);
html = dropPreloads(html);
if (release) checkNoInlineScript(html);
if (release) html = await minifyGlue(html, dir);
if (release) html = await inlineStylesheets(html, dir, base);
if (release) html = await dropUnusedWasmExports(html, dir);
if (release) html = await shortenImportNames(html, dir);
const variants = await writeLanguagePacks(dir);
html = await addStartScreens(html, dir, base, variants);
if (release) html = inlineHashes(html);
await writeFile(indexPath, html);
await writePrecacheList(dir);
