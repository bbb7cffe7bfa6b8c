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
const queue = document.querySelector('[data-upload-queue]');
const list = document.querySelector('[data-upload-list]');

const TUS = '1.0.0';
const CHUNK = 64 * 1024 * 1024; // bytes per PATCH: a lost connection costs at most this much
const RETRIES = [1000, 3000, 5000, 10000, 20000]; // ms before each retry of a failed request
const STORE = 'modelmarket.tus.';
const PARALLEL = 3; // transfers at once; the rest wait their turn

const csrf = () => document.querySelector('meta[name="csrf-token"]')?.content ?? '';
const owner = () => document.querySelector('[data-wallet]')?.dataset.address ?? '';

function fingerprint(file) {
  return STORE + [owner(), file.name, file.size, file.lastModified].join('/');
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
  constructor(file) {
    this.file = file;
    this.key = fingerprint(file);
    this.row = document.createElement('li');
    this.row.className = 'card upload-item';
    this.row.dataset.uploadItem = file.name;
    this.row.dataset.state = 'waiting';
    this.row.dataset.progressEvents = '0';
    const name = document.createElement('p');
    name.className = 'upload-item-name';
    name.textContent = `${file.name} · ${formatBytes(file.size)}`;
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
    this.say('done', data.gated
      ? `Done · ${formatBytes(data.size)} · encrypted · ciphertext CID ${data.cid}`
      : `Done · ${formatBytes(data.size)} · CID ${data.cid}`);
    const card = await fetch(`/upload/card/${encodeURIComponent(id)}`, { credentials: 'same-origin' });
    if (card.ok) {
      // Server-rendered (templ-escaped) HTML of our own origin.
      const html = await card.text();
      this.result.innerHTML = html;
      const li = document.createElement('li');
      li.innerHTML = html;
      list?.prepend(li);
      document.querySelector('[data-upload-empty]')?.remove();
    }
  }
}

const waiting = [];
let running = 0;

function pump() {
  while (running < PARALLEL && waiting.length) {
    const t = waiting.shift();
    running++;
    t.run().finally(() => { running--; pump(); });
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
  for (const ev of ['dragenter', 'dragover']) {
    zone.addEventListener(ev, (e) => { e.preventDefault(); zone.dataset.dragging = 'true'; });
  }
  for (const ev of ['dragleave', 'drop']) {
    zone.addEventListener(ev, () => { delete zone.dataset.dragging; });
  }
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) start(files);
  });
  // A drop outside the zone must not navigate away from a running upload.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
}
