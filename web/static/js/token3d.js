// The token page's preview of its animation_url (on the gateway's origin,
// which answers CORS with *): a glTF/GLB model opens in the 3D viewer, video
// and audio get a player (controls, no autoplay), anything else or a failure
// gets a sentence. The token's image stays as the poster and the fallback; it
// is hidden only once the 3D model is drawn.

import { MAX_PREVIEW_BYTES, mountViewer } from './viewer3d.js';

const mib = (n) => `${Math.round(n / (1024 * 1024))} MiB`;

const slot = document.querySelector('[data-token-animation]');
if (slot) show(slot);

async function show(slot) {
  const src = slot.dataset.src;
  const status = slot.querySelector('[data-animation-status]');
  const link = status?.querySelector('a');
  const say = (text, state) => {
    slot.dataset.animationState = state;
    status.textContent = text + ' ';
    if (link) status.append(link);
  };

  const abort = new AbortController();
  let res;
  try {
    res = await fetch(src, { mode: 'cors', credentials: 'omit', signal: abort.signal });
  } catch {
    say('Could not load the preview: the IPFS gateway did not answer.', 'error');
    return;
  }
  if (!res.ok) {
    abort.abort();
    say(`Could not load the preview: the gateway answered ${res.status}${res.status === 404 ? ' (it does not hold this file)' : ''}.`, 'error');
    return;
  }
  const type = (res.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  if (type.startsWith('video/') || type.startsWith('audio/') || type === 'application/ogg') {
    abort.abort(); // the player streams it with range requests instead
    player(slot, src, type.startsWith('audio/') ? 'audio' : 'video', say);
    return;
  }
  const length = Number(res.headers.get('Content-Length') ?? NaN);
  if (length > MAX_PREVIEW_BYTES) {
    abort.abort();
    say(`No preview: this file is ${mib(length)}, and the page previews files up to ${mib(MAX_PREVIEW_BYTES)}.`, 'too-large');
    return;
  }
  let data;
  try {
    data = await readCapped(res, MAX_PREVIEW_BYTES);
  } catch (err) {
    abort.abort();
    say(err.tooLarge
      ? `No preview: this file is over ${mib(MAX_PREVIEW_BYTES)}, the most the page previews.`
      : 'Could not load the preview: the download stopped.', err.tooLarge ? 'too-large' : 'error');
    return;
  }
  if (!isGLTF(data)) {
    say('This file has no preview here.', 'unsupported');
    return;
  }
  status.hidden = true;
  slot.dataset.animationState = 'model';
  mountViewer(slot, data, { name: slot.dataset.name });
  slot.append(status); // the gateway link goes under the viewer
  // The image gives way to the model once it is drawn; on an error the
  // viewer says why in words and the image stays.
  const figure = slot.querySelector('[data-viewer3d]');
  const settle = () => {
    const state = figure?.dataset.viewerState;
    if (state === 'ready') {
      for (const el of document.querySelectorAll('[data-token-image], [data-token-placeholder]')) el.hidden = true;
    }
    if (state === 'ready' || state === 'error') {
      status.hidden = false;
      say('', state); // the viewer's caption says the rest
      return true;
    }
    return false;
  };
  if (figure && !settle()) {
    const watch = new MutationObserver(() => { if (settle()) watch.disconnect(); });
    watch.observe(figure, { attributes: true, attributeFilter: ['data-viewer-state'] });
  }
}

/** Reads the body into an ArrayBuffer, failing once it passes cap bytes. */
async function readCapped(res, cap) {
  const reader = res.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      reader.cancel();
      throw Object.assign(new Error('too large'), { tooLarge: true });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

/** GLB (magic "glTF") or glTF JSON text with an "asset" member. */
function isGLTF(buf) {
  const head = new Uint8Array(buf, 0, Math.min(buf.byteLength, 4096));
  if (head.length >= 4 && String.fromCharCode(...head.subarray(0, 4)) === 'glTF') return true;
  let i = 0;
  while (i < head.length && ' \t\r\n\ufeff'.includes(String.fromCharCode(head[i]))) i++;
  if (head[i] === 0xef && head[i + 1] === 0xbb && head[i + 2] === 0xbf) i += 3; // UTF-8 BOM
  if (head[i] !== 0x7b) return false; // '{'
  if (buf.byteLength > 64 << 20) return false; // .gltf JSON this large is not something we parse
  try {
    const doc = JSON.parse(new TextDecoder().decode(buf));
    return doc !== null && typeof doc === 'object' && typeof doc.asset === 'object';
  } catch {
    return false;
  }
}

/** A <video> or <audio> with controls, no autoplay, the image as poster. */
function player(slot, src, kind, say) {
  const media = document.createElement(kind);
  media.controls = true;
  media.preload = 'metadata';
  media.src = src;
  media.className = `token-${kind}`;
  media.dataset.tokenPlayer = kind;
  const images = document.querySelectorAll('[data-token-image], [data-token-placeholder]');
  if (kind === 'video') {
    if (slot.dataset.poster) media.poster = slot.dataset.poster;
    for (const el of images) el.hidden = true; // the poster shows it
  }
  media.addEventListener('error', () => {
    media.remove();
    for (const el of images) el.hidden = false;
    say(`Could not play this ${kind} in the browser.`, 'error');
  }, { once: true });
  slot.prepend(media);
  say(kind === 'video' ? 'Press play to watch.' : 'Press play to listen.', kind);
}
