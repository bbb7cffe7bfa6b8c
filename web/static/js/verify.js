// The /verify page: a dropped file is hashed here, slice by slice (sha256.js;
// nothing is uploaded), a dropped folder gets its root digest exactly as an
// upload computes it (README "Folders": the sha256 of the sorted
// `sha256sum`-style list), then the server is asked what the chain records
// for that digest (/verify/result: the answer card as HTML of our origin).

import { hashBlob, sha256Text } from './sha256.js';

const drop = document.querySelector('[data-verify-drop]');
const fileInput = document.querySelector('[data-verify-file]');
const folderInput = document.querySelector('[data-verify-folder]');
const progress = document.querySelector('[data-verify-progress]');
const progressName = document.querySelector('[data-verify-progress-name]');
const bar = document.querySelector('[data-verify-progress-bar]');
const status = document.querySelector('[data-verify-progress-status]');
const stop = document.querySelector('[data-verify-stop]');
const result = document.querySelector('[data-verify-result]');
const tokenInput = document.querySelector('[data-verify-token]');
const qInput = document.querySelector('[data-verify-q]');

let running = null; // the AbortController of the hash in progress

function formatBytes(n) {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  return i === 0 ? `${n} bytes` : `${n.toFixed(n < 10 ? 2 : 1)} ${units[i]}`;
}

function say(state, text) {
  progress.hidden = false;
  progress.dataset.state = state;
  status.textContent = text;
  stop.hidden = state !== 'hashing';
}

function showProgress(done, total, started) {
  const pct = total ? Math.floor((done / total) * 100) : 100;
  bar.value = pct;
  const secs = (performance.now() - started) / 1000;
  const rate = secs > 0.2 ? ` · ${formatBytes(done / secs)}/s` : '';
  say('hashing', `Hashing in your browser… ${pct}% (${formatBytes(done)} of ${formatBytes(total)})${rate}`);
}

/** Asks the server for the answer card and shows it; nothing but the digest goes. */
async function ask(digest, name, hashed) {
  say('asking', `sha256 ${digest} · asking the chain…`);
  bar.value = 100;
  const params = new URLSearchParams({ sha256: digest, name });
  const token = tokenInput?.value.trim();
  if (token) params.set('token', token);
  try {
    const res = await fetch(`/verify/result?${params}`, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    const html = await res.text();
    if (!res.ok) {
      // The error page is a whole document: show its message only.
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const msg = doc.querySelector('.error-page .lead')?.textContent?.trim();
      throw new Error(msg || `The server answered ${res.status}.`);
    }
    result.innerHTML = html; // server-rendered, templ-escaped, our own origin
    say('done', hashed);
    if (qInput) qInput.value = digest;
    const url = new URL(location.href);
    url.search = '';
    url.searchParams.set('q', digest);
    if (token) url.searchParams.set('token', token);
    history.replaceState(null, '', url);
  } catch (err) {
    say('error', `Could not ask the chain: ${err.message}`);
  }
}

async function verifyFile(file) {
  const ac = begin(file.name);
  const started = performance.now();
  try {
    const digest = await hashBlob(file, { signal: ac.signal, onProgress: (d, t) => showProgress(d, t, started) });
    await ask(digest, file.name, doneWords(file.size, started));
  } catch (err) {
    fail(err);
  } finally {
    if (running === ac) running = null;
  }
}

/** entries: [{file, path}] with paths still starting with the folder's own name. */
async function verifyFolder(entries) {
  if (!entries.length) return;
  const first = entries[0].path.split('/')[0];
  const shared = entries.every((e) => e.path.startsWith(`${first}/`));
  const name = shared ? first : 'folder';
  const files = entries.map((e) => ({ file: e.file, path: shared ? e.path.slice(first.length + 1) : e.path }));
  // Bytewise order of the UTF-8 paths, as Go's sort and `LC_ALL=C sort` do.
  const enc = new TextEncoder();
  const key = (p) => Array.from(enc.encode(p), (b) => String.fromCharCode(b)).join('');
  files.sort((a, b) => (key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0));
  const ac = begin(`${name}/ (${files.length} files)`);
  const total = files.reduce((n, f) => n + f.file.size, 0);
  const started = performance.now();
  let before = 0;
  try {
    let list = '';
    for (const f of files) {
      const sum = await hashBlob(f.file, { signal: ac.signal, onProgress: (d) => showProgress(before + d, total, started) });
      before += f.file.size;
      list += `${sum}  ${f.path}\n`;
    }
    await ask(sha256Text(list), `${name}/ (${files.length} files)`, doneWords(total, started));
  } catch (err) {
    fail(err);
  } finally {
    if (running === ac) running = null;
  }
}

function doneWords(size, started) {
  const secs = (performance.now() - started) / 1000;
  return `Hashed ${formatBytes(size)} in your browser in ${secs.toFixed(1)} s; only the sha256 was sent.`;
}

function begin(name) {
  running?.abort();
  running = new AbortController();
  progressName.textContent = name;
  bar.value = 0;
  result.replaceChildren();
  say('hashing', 'Hashing in your browser… 0%');
  return running;
}

function fail(err) {
  if (err?.name === 'AbortError') say('stopped', 'Stopped. Drop the file again to start over.');
  else say('error', `The file could not be read: ${err?.message ?? err}`);
}

/** Reads a dropped directory (FileSystemDirectoryEntry) to its files, with paths from the drop. */
async function walk(entry, out) {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    out.push({ file, path: entry.fullPath.replace(/^\/+/, '') });
    return;
  }
  const reader = entry.createReader();
  for (;;) {
    // readEntries answers in batches (100 in Chromium) until an empty one.
    const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return;
    for (const child of batch) await walk(child, out);
  }
}

if (drop) {
  fileInput?.addEventListener('change', () => {
    if (fileInput.files.length) verifyFile(fileInput.files[0]);
    fileInput.value = '';
  });
  folderInput?.addEventListener('change', () => {
    // webkitRelativePath is "<folder>/<path inside it>".
    verifyFolder([...folderInput.files].map((file) => ({ file, path: file.webkitRelativePath || file.name })));
    folderInput.value = '';
  });
  stop?.addEventListener('click', () => running?.abort());
  for (const ev of ['dragenter', 'dragover']) {
    drop.addEventListener(ev, (e) => { e.preventDefault(); drop.dataset.dragging = 'true'; });
  }
  for (const ev of ['dragleave', 'drop']) {
    drop.addEventListener(ev, () => { delete drop.dataset.dragging; });
  }
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    // Entries must be taken now: the DataTransfer is emptied after the event.
    const entry = [...(e.dataTransfer?.items ?? [])].map((it) => it.webkitGetAsEntry?.()).find(Boolean);
    if (entry?.isDirectory) {
      const out = [];
      walk(entry, out).then(() => verifyFolder(out)).catch((err) => fail(err));
      return;
    }
    const file = e.dataTransfer?.files?.[0];
    if (file) verifyFile(file);
  });
  // A drop elsewhere on the page must not open the file in the tab.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
}
