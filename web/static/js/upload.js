// The upload page: a small tus v1 client (creation + core protocol) so any
// file, however large, goes up in resumable chunks with a progress bar, speed
// and time left. Our own client rather than tus-js-client: the page needs
// only POST/HEAD/PATCH and a localStorage fingerprint, which is less code
// than the vendored library and nothing to re-vendor.
//
// Resume: the upload URL is remembered under the file's fingerprint (name,
// size, last modified); dropping the same file again (after a reload, a lost
// network, a closed tab) asks the server for its offset and continues there.

const zone = document.querySelector('[data-upload-zone]');

/** Model weight formats, encrypted when the "Encrypt model weights" box is ticked (images never are). */
const WEIGHTS = /\.(safetensors|gguf|pt|pth|bin|pkl|pickle|ckpt)$/i;

/** Whether a new upload of a file with this name asks the server to encrypt it (tus metadata gated=1). */
function gated(name) {
  const box = document.querySelector('input[data-upload-encrypt]');
  return Boolean(box && box.checked && WEIGHTS.test(name));
}
const input = document.querySelector('[data-upload-input]');
const folderInput = document.querySelector('[data-upload-folder-input]'); // absent when the server makes no folders
const queue = document.querySelector('[data-upload-queue]');
const list = document.querySelector('[data-upload-list]');

const TUS = '1.0.0';
const CHUNK = 64 * 1024 * 1024; // bytes per PATCH: a lost connection costs at most this much
const RETRIES = [1000, 3000, 5000, 10000, 20000]; // ms before each retry of a failed request
const STORE = 'modelmarket.tus.';
const PARALLEL = 3; // transfers at once; the rest wait their turn

const csrf = () => document.querySelector('meta[name="csrf-token"]')?.content ?? '';
const owner = () => document.querySelector('[data-wallet]')?.dataset.address ?? '';

/** path is the file's place in a dropped folder ("" for a lone file): two config.json of one folder differ. */
function fingerprint(file, path) {
  return STORE + [owner(), path || file.name, file.size, file.lastModified].join('/');
}

function b64(text) {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v.toFixed(1)} ${units[i]}`;
}

function formatTime(s) {
  if (!isFinite(s)) return '';
  if (s < 60) return `${Math.ceil(s)} s left`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${Math.ceil(s % 60)} s left`;
  return `${Math.floor(s / 3600)} h ${Math.ceil((s % 3600) / 60)} min left`;
}

class HTTPError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

/** Sends one request with XHR (fetch has no upload progress); onXHR gets it, to abort. */
function send(method, url, headers, body, onProgress, onXHR) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    onXHR?.(xhr);
    xhr.open(method, url);
    xhr.setRequestHeader('Tus-Resumable', TUS);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    if (onProgress) xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => resolve(xhr);
    xhr.onerror = () => reject(new Error('The network connection was lost.'));
    xhr.onabort = () => reject(new Error('The upload was stopped.'));
    xhr.send(body ?? null);
  });
}

function failure(xhr, what) {
  let msg = xhr.responseText?.trim() || `The server answered ${xhr.status}.`;
  try { msg = JSON.parse(xhr.responseText)?.error?.message ?? msg; } catch { /* plain text from tusd */ }
  return new HTTPError(xhr.status, `${what}: ${msg}`);
}

/** One file's row in the queue, and its transfer. */
class Transfer {
  /** path and folder are set for a file of a folder (see Folder). */
  constructor(file, path = '', folder = null) {
    this.file = file;
    this.path = path;
    this.folder = folder;
    this.done = new Promise((resolve) => { this.markDone = resolve; });
    this.key = fingerprint(file, path);
    this.row = document.createElement('li');
    this.row.className = 'card upload-item';
    this.row.dataset.uploadItem = file.name;
    this.row.dataset.state = 'waiting';
    this.row.dataset.progressEvents = '0';
    const name = document.createElement('p');
    name.className = 'upload-item-name';
    name.textContent = `${path || file.name} · ${formatBytes(file.size)}`;
    this.bar = document.createElement('progress');
    this.bar.max = Math.max(file.size, 1);
    this.bar.value = 0;
    this.bar.dataset.uploadProgress = '';
    this.status = document.createElement('p');
    this.status.className = 'upload-item-status';
    this.status.dataset.uploadStatus = '';
    this.result = document.createElement('div');
    this.result.dataset.uploadResult = '';
    this.cancelButton = document.createElement('button');
    this.cancelButton.type = 'button';
    this.cancelButton.className = 'button secondary upload-cancel';
    this.cancelButton.textContent = 'Cancel';
    this.cancelButton.dataset.uploadCancel = '';
    this.cancelButton.addEventListener('click', () => this.cancel());
    this.row.append(name, this.bar, this.status, this.cancelButton, this.result);
    this.samples = [];
  }

  say(state, text) {
    this.row.dataset.state = state;
    this.status.textContent = text;
    this.cancelButton.hidden = !['waiting', 'uploading', 'resuming', 'retrying'].includes(state);
  }

  /** Stops the transfer and deletes the partial upload on the server. */
  async cancel() {
    this.cancelled = true;
    this.xhr?.abort();
    localStorage.removeItem(this.key);
    if (this.url) {
      await send('DELETE', this.url, { 'X-CSRF-Token': csrf() }).catch(() => {});
    }
    this.say('cancelled', 'Cancelled. Nothing was kept.');
  }

  progress(offset) {
    this.bar.value = offset;
    this.row.dataset.progressEvents = String(Number(this.row.dataset.progressEvents) + 1);
    const now = performance.now();
    this.samples.push([now, offset]);
    while (this.samples.length > 2 && now - this.samples[0][0] > 5000) this.samples.shift();
    const [t0, o0] = this.samples[0];
    const speed = now > t0 ? ((offset - o0) * 1000) / (now - t0) : 0;
    const pct = this.file.size ? Math.floor((offset * 100) / this.file.size) : 100;
    const parts = [`${pct} %`, `${formatBytes(offset)} of ${formatBytes(this.file.size)}`];
    if (speed > 0) parts.push(`${formatBytes(speed)}/s`, formatTime((this.file.size - offset) / speed));
    this.say('uploading', parts.join(' · '));
    this.folder?.update();
  }

  async run() {
    const max = Number(zone.dataset.maxSize || 0);
    if (max > 0 && this.file.size > max) {
      this.say('error', `This file is larger than the ${formatBytes(max)} a single upload may be.`);
      return;
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await this.transfer();
        await this.finish();
        return;
      } catch (err) {
        if (this.cancelled) return;
        const fatal = err instanceof HTTPError && err.status >= 400 && err.status < 500 && err.status !== 409 && err.status !== 423;
        if (fatal || attempt >= RETRIES.length) {
          this.say('error', `${err.message} ${fatal ? '' : 'Drop the file again to resume.'}`.trim());
          return;
        }
        this.say('retrying', `${err.message} Retrying in ${RETRIES[attempt] / 1000} s…`);
        await new Promise((r) => setTimeout(r, RETRIES[attempt]));
      }
    }
  }

  /** Finds or creates the upload, then PATCHes from the server's offset. */
  async transfer() {
    let url = localStorage.getItem(this.key);
    let offset = 0;
    if (url) {
      const head = await send('HEAD', url, {});
      if (head.status === 200) {
        offset = Number(head.getResponseHeader('Upload-Offset'));
        if (offset > 0) {
          this.row.dataset.resumedFrom = String(offset);
          this.say('resuming', `Resuming at ${formatBytes(offset)}…`);
        }
      } else if (head.status === 404 || head.status === 403 || head.status === 410) {
        localStorage.removeItem(this.key); // finished, expired or not ours any more
        url = null;
      } else {
        throw failure(head, 'Could not resume');
      }
    }
    if (!url) {
      let meta = `filename ${b64(this.file.name)},filetype ${b64(this.file.type || 'application/octet-stream')}`;
      if (gated(this.file.name)) meta += `,gated ${b64('1')}`;
      const created = await send('POST', zone.dataset.tusEndpoint, {
        'Upload-Length': String(this.file.size), 'Upload-Metadata': meta, 'X-CSRF-Token': csrf(),
      });
      if (created.status !== 201) throw failure(created, 'The upload was refused');
      url = new URL(created.getResponseHeader('Location'), location.href).pathname;
      localStorage.setItem(this.key, url);
      offset = 0;
      if (this.file.size === 0) { this.url = url; return; } // creation finished it
    }
    this.url = url;
    if (this.cancelled) { // cancelled while the upload was being created
      localStorage.removeItem(this.key);
      await send('DELETE', url, { 'X-CSRF-Token': csrf() }).catch(() => {});
      return;
    }
    this.progress(offset);
    while (offset < this.file.size) {
      const end = Math.min(offset + CHUNK, this.file.size);
      const start = offset;
      const res = await send('PATCH', url, {
        'Upload-Offset': String(start), 'Content-Type': 'application/offset+octet-stream', 'X-CSRF-Token': csrf(),
      }, this.file.slice(start, end), (loaded) => this.progress(start + loaded), (xhr) => { this.xhr = xhr; });
      if (this.cancelled) return;
      if (res.status !== 204) throw failure(res, 'The upload stopped');
      offset = Number(res.getResponseHeader('Upload-Offset'));
      this.progress(offset);
    }
  }

  /** Makes sure the server has imported the file, then shows what it found. */
  async finish() {
    if (this.cancelled) return;
    this.say('importing', 'Storing in IPFS and reading the file…');
    const id = this.url.split('/').filter(Boolean).pop();
    const res = await fetch(`/api/uploads/${encodeURIComponent(id)}/finish`, {
      method: 'POST', credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': csrf() },
      body: '{}',
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new HTTPError(res.status, data?.error?.message ?? `The server answered ${res.status}.`);
    localStorage.removeItem(this.key);
    this.bar.value = this.bar.max;
    this.uploadId = id;
    this.say('done', data.gated
      ? `Done · ${formatBytes(data.size)} · encrypted · ciphertext CID ${data.cid}`
      : `Done · ${formatBytes(data.size)} · CID ${data.cid}`);
    if (this.folder) return; // the folder's card lists it
    const card = await fetch(`/upload/card/${encodeURIComponent(id)}`, { credentials: 'same-origin' });
    if (card.ok) {
      // Server-rendered (templ-escaped) HTML of our own origin.
      const html = await card.text();
      this.result.innerHTML = html;
      // A glTF model gets an interactive preview from the file still in memory.
      const model3d = this.result.querySelector('[data-upload-card][data-kind="gltf"]');
      if (model3d) {
        // Hold the preview's place now: drawn a moment later above the
        // card's link, it would push the link away from a pointer about to
        // click it.
        const slot = document.createElement('div');
        slot.dataset.upload3d = 'pending';
        const head = model3d.querySelector('.upload-card-head');
        if (head) head.after(slot);
        else model3d.append(slot);
        import('./viewer3d.js').then((m) => m.previewFile(model3d, this.file, slot)).catch(() => slot.remove());
      }
      const li = document.createElement('li');
      li.innerHTML = html;
      list?.prepend(li);
      document.querySelector('[data-upload-empty]')?.remove();
    }
  }
}

/**
 * A dropped or chosen folder: its files go up as ordinary transfers (one row
 * each, nested under the folder's row with an overall bar); when all are in,
 * POST /api/bundles makes them one IPFS directory, and the folder's card
 * (root CID, root digest, file list) replaces the rows.
 */
class Folder {
  /** entries: [{file, path}] with paths relative to the folder (no leading folder name). */
  constructor(name, entries) {
    this.name = name;
    this.total = entries.reduce((n, e) => n + e.file.size, 0);
    this.row = document.createElement('li');
    this.row.className = 'card upload-item upload-folder';
    this.row.dataset.folderItem = name;
    this.row.dataset.state = 'uploading';
    const title = document.createElement('p');
    title.className = 'upload-item-name';
    title.textContent = `${name}/ · ${entries.length} ${entries.length === 1 ? 'file' : 'files'} · ${formatBytes(this.total)}`;
    this.bar = document.createElement('progress');
    this.bar.max = Math.max(this.total, 1);
    this.bar.value = 0;
    this.bar.dataset.folderProgress = '';
    this.status = document.createElement('p');
    this.status.className = 'upload-item-status';
    this.status.dataset.folderStatus = '';
    this.files = document.createElement('ul');
    this.files.className = 'upload-queue upload-folder-files';
    this.result = document.createElement('div');
    this.result.dataset.folderResult = '';
    this.retryButton = document.createElement('button');
    this.retryButton.type = 'button';
    this.retryButton.className = 'button secondary';
    this.retryButton.textContent = 'Try again';
    this.retryButton.hidden = true;
    this.retryButton.addEventListener('click', () => this.make());
    this.row.append(title, this.bar, this.status, this.retryButton, this.files, this.result);
    this.transfers = entries.map((e) => new Transfer(e.file, e.path, this));
  }

  say(state, text) {
    this.row.dataset.state = state;
    this.status.textContent = text;
    this.retryButton.hidden = state !== 'error';
  }

  /** The overall bar: bytes sent of all files, and how many are in. */
  update() {
    let sent = 0;
    let done = 0;
    for (const t of this.transfers) {
      sent += t.row.dataset.state === 'done' ? t.file.size : Math.min(t.bar.value, t.file.size);
      if (t.row.dataset.state === 'done') done++;
    }
    this.bar.value = sent;
    if (this.row.dataset.state !== 'uploading') return;
    const pct = this.total ? Math.floor((sent * 100) / this.total) : 100;
    this.status.textContent = `${done} of ${this.transfers.length} files in · ${pct} % · ${formatBytes(sent)} of ${formatBytes(this.total)}`;
  }

  async run() {
    for (const t of this.transfers) {
      t.say('waiting', 'Waiting…');
      this.files.append(t.row);
      waiting.push(t);
    }
    this.say('uploading', 'Waiting…');
    pump();
    await Promise.all(this.transfers.map((t) => t.done));
    this.update();
    const failed = this.transfers.filter((t) => t.row.dataset.state !== 'done');
    if (failed.length) {
      this.row.dataset.state = 'failed';
      this.status.textContent = `${failed.length} of ${this.transfers.length} files did not upload (see below). Drop the folder again to resume them; the folder is made when all are in.`;
      return;
    }
    await this.make();
  }

  /** Asks the server to make the folder from the finished uploads, then shows its card. */
  async make() {
    this.say('importing', 'All files are in. Making the IPFS folder…');
    try {
      const res = await fetch('/api/bundles', {
        method: 'POST', credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': csrf() },
        body: JSON.stringify({ name: this.name, files: this.transfers.map((t) => ({ path: t.path, uploadId: t.uploadId })) }),
      });
      const data = await res.json().catch(() => ({}));
      if (!res.ok) throw new Error(data?.error?.message ?? `The server answered ${res.status}.`);
      this.row.dataset.bundleId = data.id;
      this.say('done', `Done · ${data.fileCount} files · ${formatBytes(data.size)} · root CID ${data.cid}`);
      const card = await fetch(`/upload/folder/${encodeURIComponent(data.id)}`, { credentials: 'same-origin' });
      if (card.ok) {
        // Server-rendered (templ-escaped) HTML of our own origin.
        const html = await card.text();
        this.files.remove();
        this.result.innerHTML = html;
        const li = document.createElement('li');
        li.innerHTML = html;
        document.querySelector('[data-bundle-list]')?.prepend(li);
        document.querySelector('[data-bundle-heading]')?.removeAttribute('hidden');
        document.querySelector('[data-upload-empty]')?.remove(); // its files are uploads too (listed after a reload)
      }
    } catch (err) {
      this.say('error', `${err.message} The files are uploaded; press Try again to make the folder.`);
    }
  }
}

/** Starts a folder upload; entries' paths still begin with the folder's own name. */
function startFolder(entries) {
  if (!entries.length) return;
  const first = entries[0].path.split('/')[0];
  const shared = entries.every((e) => e.path.startsWith(`${first}/`));
  const name = shared ? first : 'folder';
  const inner = entries.map((e) => ({ file: e.file, path: shared ? e.path.slice(first.length + 1) : e.path }));
  const f = new Folder(name, inner);
  queue.append(f.row);
  f.run();
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

const waiting = [];
let running = 0;

function pump() {
  while (running < PARALLEL && waiting.length) {
    const t = waiting.shift();
    running++;
    t.run().finally(() => { running--; t.markDone(); pump(); });
  }
}

function start(files) {
  for (const file of files) {
    const t = new Transfer(file);
    t.say('waiting', 'Waiting…');
    queue.append(t.row);
    waiting.push(t);
  }
  pump();
}

if (zone && input) {
  input.addEventListener('change', () => { start([...input.files]); input.value = ''; });
  folderInput?.addEventListener('change', () => {
    // webkitRelativePath is "<folder>/<path inside it>".
    startFolder([...folderInput.files].map((file) => ({ file, path: file.webkitRelativePath || file.name })));
    folderInput.value = '';
  });
  for (const ev of ['dragenter', 'dragover']) {
    zone.addEventListener(ev, (e) => { e.preventDefault(); zone.dataset.dragging = 'true'; });
  }
  for (const ev of ['dragleave', 'drop']) {
    zone.addEventListener(ev, () => { delete zone.dataset.dragging; });
  }
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    // Entries must be taken now: the DataTransfer is emptied after the event.
    const entries = [...(e.dataTransfer?.items ?? [])].map((it) => it.webkitGetAsEntry?.()).filter(Boolean);
    const folders = entries.filter((en) => en.isDirectory);
    if (!folders.length || !folderInput) {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) start(files);
      return;
    }
    // Each dropped folder becomes one IPFS folder; loose files go up alone.
    const loose = entries.filter((en) => en.isFile);
    Promise.all(loose.map((en) => new Promise((resolve, reject) => en.file(resolve, reject))))
      .then((files) => { if (files.length) start(files); });
    for (const dir of folders) {
      const out = [];
      walk(dir, out).then(() => startFolder(out)).catch((err) => {
        const li = document.createElement('li');
        li.className = 'card upload-item';
        li.dataset.state = 'error';
        li.textContent = `The folder ${dir.name} could not be read: ${err.message}`;
        queue.append(li);
      });
    }
  });
  // A drop outside the zone must not navigate away from a running upload.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
}
