// An interactive preview of a glTF 2.0 model in plain WebGL (no framework,
// no three.js): drag to turn it, wheel or pinch to zoom, double-click to
// reset. One directional light plus ambient (Lambert), so the shape reads.
// gltf.js reads and checks the file; a model it refuses shows the reason in
// words in the preview box.
//
//   import { mountViewer } from '/static/js/viewer3d.js';
//   const viewer = mountViewer(element, arrayBuffer, { name: 'chair.glb' });
//   viewer.destroy();

import { readGLTF, ModelError, mul } from './gltf.js';

/** Largest file the upload page reads into memory for a preview. */
export const MAX_PREVIEW_BYTES = 256 * 1024 * 1024;

/** Live viewers; browsers keep only about 16 WebGL contexts per page. */
const live = new Set();
const MAX_LIVE = 6;

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const mib = (n) => `${Math.round(n / (1024 * 1024))} MiB`;

const VERTEX = `
attribute vec3 aPos; attribute vec3 aNormal; attribute vec2 aUV;
uniform mat4 uMVP; uniform mat3 uNormal;
varying vec3 vN; varying vec2 vUV;
void main() { vN = uNormal * aNormal; vUV = aUV; gl_Position = uMVP * vec4(aPos, 1.0); }`;

const FRAGMENT = `
precision mediump float;
uniform vec4 uColor; uniform sampler2D uTex; uniform float uHasTex; uniform vec3 uLight;
varying vec3 vN; varying vec2 vUV;
void main() {
  vec3 n = normalize(vN);
  if (!gl_FrontFacing) n = -n;
  vec4 base = uColor;
  if (uHasTex > 0.5) base *= texture2D(uTex, vUV);
  float d = max(dot(n, uLight), 0.0);
  gl_FragColor = vec4(base.rgb * (0.38 + 0.7 * d), base.a);
}`;

function el(tag, props = {}, style = {}) {
  const e = Object.assign(document.createElement(tag), props);
  Object.assign(e.style, style); // CSSOM, which the strict style-src allows
  return e;
}

// --- small matrix helpers (column-major) ---

function perspective(fovy, aspect, near, far) {
  const f = 1 / Math.tan(fovy / 2);
  const nf = 1 / (near - far);
  return [f / aspect, 0, 0, 0, 0, f, 0, 0, 0, 0, (far + near) * nf, -1, 0, 0, 2 * far * near * nf, 0];
}

/** The view matrix and the camera's axes in world space. */
function lookAt(eye, at) {
  const norm = (v) => { const l = Math.hypot(...v) || 1; return v.map((x) => x / l); };
  const cross = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
  const back = norm([eye[0] - at[0], eye[1] - at[1], eye[2] - at[2]]);
  const right = norm(cross([0, 1, 0], back));
  const up = cross(back, right);
  const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  const view = [
    right[0], up[0], back[0], 0, right[1], up[1], back[1], 0, right[2], up[2], back[2], 0,
    -dot(right, eye), -dot(up, eye), -dot(back, eye), 1,
  ];
  return { view, right, up, back };
}

/** The inverse transpose of m's upper 3×3, which carries normals. */
function normalMatrix(m) {
  const [a, b, c, d, e, f, g, h, i] = [m[0], m[1], m[2], m[4], m[5], m[6], m[8], m[9], m[10]];
  const A = e * i - f * h, B = f * g - d * i, C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (!det || !isFinite(det)) return [a, b, c, d, e, f, g, h, i];
  const s = 1 / det;
  return [A * s, B * s, C * s, (c * h - b * i) * s, (a * i - c * g) * s, (b * g - a * h) * s,
    (b * f - c * e) * s, (c * d - a * f) * s, (a * e - b * d) * s];
}

/** The world-space bounding sphere of every drawn part. */
function frame(draws) {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const { part, matrix: m } of draws) {
    const b = part.bounds;
    if (!b) continue;
    for (let k = 0; k < 8; k++) {
      const p = [k & 1 ? b.max[0] : b.min[0], k & 2 ? b.max[1] : b.min[1], k & 4 ? b.max[2] : b.min[2]];
      for (let r = 0; r < 3; r++) {
        const v = m[r] * p[0] + m[4 + r] * p[1] + m[8 + r] * p[2] + m[12 + r];
        if (!isFinite(v)) continue;
        min[r] = Math.min(min[r], v);
        max[r] = Math.max(max[r], v);
      }
    }
  }
  if (!(min[0] <= max[0] && min[1] <= max[1] && min[2] <= max[2])) throw new ModelError('its vertices have no finite coordinates');
  const center = min.map((v, r) => (v + max[r]) / 2);
  const radius = Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]) / 2;
  return { center, radius: radius > 0 && isFinite(radius) ? radius : 1 };
}

/** The page background, so the preview sits in the card in either color scheme. */
function background(node) {
  const hex = getComputedStyle(node).getPropertyValue('--bg-soft').trim();
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return [0.933, 0.929, 0.973];
  const n = parseInt(m[1], 16);
  return [(n >> 16) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/**
 * Shows the glTF 2.0 model in arrayBuffer (GLB, or .gltf with embedded
 * data) as an interactive preview appended to container. Never throws for a
 * bad file: the reason is shown in words in the box (its data-viewer-state
 * is "error"); "ready" once the model is drawn. destroy() removes the
 * preview and frees its WebGL context.
 */
export function mountViewer(container, arrayBuffer, { name = '' } = {}) {
  const root = el('figure', { className: 'viewer3d' }, { margin: '1rem 0 0' });
  root.dataset.viewer3d = '';
  root.dataset.viewerState = 'loading';
  const canvas = el('canvas', { tabIndex: 0 }, {
    display: 'block', width: '100%', aspectRatio: '16 / 10', maxHeight: '28rem', borderRadius: '10px',
    border: '1px solid var(--border)', background: 'var(--bg-soft)', touchAction: 'none', cursor: 'grab',
  });
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `3D preview of ${name || 'the model'}. Arrow keys turn it, + and - zoom, 0 resets.`);
  const caption = el('figcaption', { className: 'hint' }, { margin: '.4rem 0 0' });
  caption.dataset.viewerStatus = '';
  caption.textContent = 'Reading the 3D model…';
  root.append(canvas, caption);
  container.append(root);

  const abort = new AbortController();
  const on = (target, type, fn, opts = {}) => target.addEventListener(type, fn, { ...opts, signal: abort.signal });
  let gl = null;
  let frameRequest = 0;
  let destroyed = false;
  const glObjects = [];
  const handle = {
    destroy() {
      if (destroyed) return;
      destroyed = true;
      live.delete(handle);
      abort.abort();
      cancelAnimationFrame(frameRequest);
      if (gl && !gl.isContextLost()) {
        for (const [kind, o] of glObjects) gl[kind](o);
        gl.getExtension('WEBGL_lose_context')?.loseContext();
      }
      root.remove();
    },
  };
  live.add(handle);

  const showError = (err) => {
    live.delete(handle);
    if (gl && !gl.isContextLost()) gl.getExtension('WEBGL_lose_context')?.loseContext(); // frees the slot
    root.dataset.viewerState = 'error';
    canvas.style.display = 'none'; // the hidden attribute loses to the display we set
    caption.className = 'warning';
    const why = err instanceof ModelError ? err.message : `something went wrong reading it (${err?.message ?? err})`;
    caption.textContent = `Could not show this 3D model: ${why}.`;
  };

  // Let "Reading…" paint before a large file keeps the main thread busy.
  setTimeout(() => {
    if (destroyed) return;
    try {
      start();
    } catch (err) {
      showError(err);
    }
  }, 0);

  function start() {
    const model = readGLTF(arrayBuffer);
    const { center, radius } = frame(model.draws);
    const opts = { antialias: true, preserveDrawingBuffer: true, alpha: false };
    gl = canvas.getContext('webgl2', opts) ?? canvas.getContext('webgl', opts);
    if (!gl) throw new ModelError('this browser has WebGL turned off or unavailable');
    const webgl2 = typeof WebGL2RenderingContext !== 'undefined' && gl instanceof WebGL2RenderingContext;
    const uintIndices = webgl2 || Boolean(gl.getExtension('OES_element_index_uint'));
    const program = compile(gl, glObjects);
    const loc = {
      pos: gl.getAttribLocation(program, 'aPos'), normal: gl.getAttribLocation(program, 'aNormal'),
      uv: gl.getAttribLocation(program, 'aUV'),
    };
    const uni = Object.fromEntries(['uMVP', 'uNormal', 'uColor', 'uTex', 'uHasTex', 'uLight']
      .map((u) => [u, gl.getUniformLocation(program, u)]));

    const buffer = (target, data) => {
      const b = gl.createBuffer();
      glObjects.push(['deleteBuffer', b]);
      gl.bindBuffer(target, b);
      gl.bufferData(target, data, gl.STATIC_DRAW);
      return b;
    };
    for (const part of model.parts) {
      if (part.indices && !uintIndices && part.positions.length / 3 > 65536) unindex(part);
      part.gl = {
        pos: buffer(gl.ARRAY_BUFFER, part.positions), normal: buffer(gl.ARRAY_BUFFER, part.normals),
        uv: part.uvs ? buffer(gl.ARRAY_BUFFER, part.uvs) : null,
      };
      if (part.indices) {
        const small = part.positions.length / 3 <= 65536;
        part.gl.index = buffer(gl.ELEMENT_ARRAY_BUFFER, small ? Uint16Array.from(part.indices) : part.indices);
        part.gl.indexType = small ? gl.UNSIGNED_SHORT : gl.UNSIGNED_INT;
      }
      part.positions = part.normals = part.uvs = part.indices = null; // the GPU has them now
    }
    const textures = new Map();
    const fovy = Math.PI / 4;
    const home = { yaw: 0.65, pitch: 0.35, dist: (radius / Math.sin(fovy / 2)) * 0.85 }; // the box's sphere is loose: fill more of the view
    const cam = { ...home };
    const bg = background(root);

    function draw() {
      frameRequest = 0;
      if (destroyed || gl.isContextLost()) return;
      const dpr = Math.min(window.devicePixelRatio || 1, 2);
      const w = Math.max(1, Math.round(canvas.clientWidth * dpr));
      const h = Math.max(1, Math.round(canvas.clientHeight * dpr));
      if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
      gl.viewport(0, 0, w, h);
      gl.clearColor(bg[0], bg[1], bg[2], 1);
      gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
      gl.enable(gl.DEPTH_TEST);
      gl.disable(gl.CULL_FACE); // both sides: many models have open or inside-out surfaces
      gl.useProgram(program);

      const eye = [
        center[0] + cam.dist * Math.cos(cam.pitch) * Math.sin(cam.yaw),
        center[1] + cam.dist * Math.sin(cam.pitch),
        center[2] + cam.dist * Math.cos(cam.pitch) * Math.cos(cam.yaw),
      ];
      const { view, right, up, back } = lookAt(eye, center);
      const far = cam.dist + radius * 1.01;
      const near = Math.max(cam.dist - radius * 1.01, far / 5000);
      const viewProj = mul(perspective(fovy, w / h, near, far), view);
      // The light comes from over the viewer's left shoulder, wherever the camera is.
      const l = [-0.35, 0.6, 0.72];
      const light = [0, 1, 2].map((r) => right[r] * l[0] + up[r] * l[1] + back[r] * l[2]);
      gl.uniform3fv(uni.uLight, light.map((v) => v / Math.hypot(...l)));
      gl.uniform1i(uni.uTex, 0);

      for (const blendPass of [false, true]) {
        if (blendPass) {
          gl.enable(gl.BLEND);
          gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA);
          gl.depthMask(false);
        }
        for (const { part, matrix } of model.draws) {
          if (part.material.blend !== blendPass) continue;
          drawPart(part, matrix, viewProj);
        }
        gl.disable(gl.BLEND);
        gl.depthMask(true);
      }
    }

    function drawPart(part, matrix, viewProj) {
      gl.uniformMatrix4fv(uni.uMVP, false, new Float32Array(mul(viewProj, matrix)));
      gl.uniformMatrix3fv(uni.uNormal, false, new Float32Array(normalMatrix(matrix)));
      gl.uniform4fv(uni.uColor, part.material.color);
      const tex = part.material.image !== null ? textures.get(part.material.image) : null;
      gl.uniform1f(uni.uHasTex, tex ? 1 : 0);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, tex ?? null);
      const attrib = (at, b, size) => {
        if (at < 0) return;
        if (!b) { gl.disableVertexAttribArray(at); gl.vertexAttrib2f(at, 0, 0); return; }
        gl.bindBuffer(gl.ARRAY_BUFFER, b);
        gl.enableVertexAttribArray(at);
        gl.vertexAttribPointer(at, size, gl.FLOAT, false, 0, 0);
      };
      attrib(loc.pos, part.gl.pos, 3);
      attrib(loc.normal, part.gl.normal, 3);
      attrib(loc.uv, tex ? part.gl.uv : null, 2);
      if (part.gl.index) {
        gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, part.gl.index);
        gl.drawElements(gl.TRIANGLES, part.count, part.gl.indexType, 0);
      } else {
        gl.drawArrays(gl.TRIANGLES, 0, part.count);
      }
    }

    const render = () => { if (!frameRequest && !destroyed) frameRequest = requestAnimationFrame(draw); };
    interact(canvas, cam, home, render, on);
    const observer = new ResizeObserver(render);
    observer.observe(canvas);
    abort.signal.addEventListener('abort', () => observer.disconnect());
    on(canvas, 'webglcontextlost', (e) => {
      e.preventDefault();
      if (!destroyed && root.dataset.viewerState !== 'error') showError(new ModelError('the graphics context was lost (too many 3D previews open?); reload the page to see it again'));
    });

    loadTextures(gl, model, textures, glObjects, webgl2, () => destroyed).then(render, () => {});
    const s = model.stats;
    const count = (n, one, many) => `${fmt(n)} ${n === 1 ? one : many}`;
    const parts = [name, count(s.vertices, 'vertex', 'vertices'), count(s.triangles, 'triangle', 'triangles')].filter(Boolean);
    caption.textContent = `${parts.join(' · ')}. Drag to turn, scroll or pinch to zoom, double-click to reset.`;
    if (model.notes.length) caption.textContent += ` Not shown: ${model.notes.join('; ')}.`;
    draw();
    root.dataset.viewerState = 'ready';
  }

  return handle;
}

function compile(gl, glObjects) {
  const program = gl.createProgram();
  glObjects.push(['deleteProgram', program]);
  for (const [type, src] of [[gl.VERTEX_SHADER, VERTEX], [gl.FRAGMENT_SHADER, FRAGMENT]]) {
    const s = gl.createShader(type);
    glObjects.push(['deleteShader', s]);
    gl.shaderSource(s, src);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS) && !gl.isContextLost()) {
      throw new Error(`shader: ${gl.getShaderInfoLog(s)}`);
    }
    gl.attachShader(program, s);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
    throw new Error(`shader program: ${gl.getProgramInfoLog(program)}`);
  }
  return program;
}

/** Turns an indexed part into a plain triangle list (WebGL1 without 32-bit indices). */
function unindex(part) {
  const pick = (src, n) => {
    if (!src) return null;
    const out = new Float32Array(part.indices.length * n);
    part.indices.forEach((v, k) => out.set(src.subarray(v * n, v * n + n), k * n));
    return out;
  };
  part.positions = pick(part.positions, 3);
  part.normals = pick(part.normals, 3);
  part.uvs = pick(part.uvs, 2);
  part.count = part.indices.length;
  part.indices = null;
}

/** Decodes the embedded texture images (off the main thread) and uploads them; a bad image is skipped. */
async function loadTextures(gl, model, textures, glObjects, webgl2, gone) {
  const max = Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE), 4096);
  const samplers = new Map(model.parts.map((p) => [p.material.image, p.material.sampler]));
  await Promise.all([...model.images].map(async ([i, blob]) => {
    if (!blob) return;
    const opts = { premultiplyAlpha: 'none', colorSpaceConversion: 'none' };
    let bmp = await createImageBitmap(blob, opts).catch(() => null);
    if (!bmp) return;
    const pot = (n) => (n & (n - 1)) === 0;
    if (bmp.width > max || bmp.height > max || (!webgl2 && !(pot(bmp.width) && pot(bmp.height)))) {
      // Too large for the GPU, or a size WebGL1 cannot repeat or mipmap: scale to a power of two.
      const fit = (n) => Math.min(max, 2 ** Math.round(Math.log2(n)));
      const small = await createImageBitmap(bmp, { ...opts, resizeWidth: fit(bmp.width), resizeHeight: fit(bmp.height) }).catch(() => null);
      bmp.close();
      if (!small) return;
      bmp = small;
    }
    if (gone() || gl.isContextLost()) { bmp.close(); return; }
    const tex = gl.createTexture();
    glObjects.push(['deleteTexture', tex]);
    gl.bindTexture(gl.TEXTURE_2D, tex);
    gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false); // glTF's UV origin is the image's top left
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, bmp);
    bmp.close();
    const s = samplers.get(i) ?? {};
    const wrap = (v) => (v === 33071 || v === 33648 ? v : gl.REPEAT); // CLAMP_TO_EDGE, MIRRORED_REPEAT, else REPEAT
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, wrap(s.wrapS));
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, wrap(s.wrapT));
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, s.magFilter === gl.NEAREST ? gl.NEAREST : gl.LINEAR);
    gl.generateMipmap(gl.TEXTURE_2D);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR_MIPMAP_LINEAR);
    textures.set(i, tex);
  }));
}

/** Drag to orbit, wheel or pinch to zoom, double-click to reset; arrow keys, + and - for keyboards. */
function interact(canvas, cam, home, render, on) {
  const pointers = new Map();
  const clampPitch = () => { cam.pitch = Math.max(-1.55, Math.min(1.55, cam.pitch)); };
  const zoom = (factor) => {
    cam.dist = Math.max(home.dist * 0.05, Math.min(home.dist * 20, cam.dist * factor));
    render();
  };
  const span = () => {
    const [a, b] = [...pointers.values()];
    return Math.hypot(a.x - b.x, a.y - b.y) || 1;
  };
  on(canvas, 'pointerdown', (e) => {
    canvas.setPointerCapture(e.pointerId);
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    canvas.style.cursor = 'grabbing';
  });
  on(canvas, 'pointermove', (e) => {
    const p = pointers.get(e.pointerId);
    if (!p) return;
    if (pointers.size === 1) {
      cam.yaw -= (e.clientX - p.x) * 0.01;
      cam.pitch += (e.clientY - p.y) * 0.01;
      clampPitch();
      p.x = e.clientX;
      p.y = e.clientY;
      render();
    } else if (pointers.size === 2) {
      const before = span();
      p.x = e.clientX;
      p.y = e.clientY;
      zoom(before / span());
    }
  });
  const up = (e) => {
    pointers.delete(e.pointerId);
    if (!pointers.size) canvas.style.cursor = 'grab';
  };
  on(canvas, 'pointerup', up);
  on(canvas, 'pointercancel', up);
  on(canvas, 'wheel', (e) => {
    e.preventDefault(); // zoom the model, not the page
    const lines = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    zoom(Math.exp(Math.max(-1, Math.min(1, e.deltaY * lines * 0.0015))));
  }, { passive: false });
  on(canvas, 'dblclick', () => { Object.assign(cam, home); render(); });
  on(canvas, 'keydown', (e) => {
    const keys = {
      ArrowLeft: () => { cam.yaw += 0.15; }, ArrowRight: () => { cam.yaw -= 0.15; },
      ArrowUp: () => { cam.pitch += 0.15; clampPitch(); }, ArrowDown: () => { cam.pitch -= 0.15; clampPitch(); },
      '+': () => { cam.dist = Math.max(home.dist * 0.05, cam.dist / 1.2); },
      '=': () => { cam.dist = Math.max(home.dist * 0.05, cam.dist / 1.2); },
      '-': () => { cam.dist = Math.min(home.dist * 20, cam.dist * 1.2); },
      0: () => Object.assign(cam, home),
    };
    if (!keys[e.key]) return;
    e.preventDefault();
    keys[e.key]();
    render();
  });
}

/**
 * Shows the preview of a File the person just dropped in an upload card,
 * under the card's head (the upload page's hook), in slot when the page
 * already holds a place for it: files over MAX_PREVIEW_BYTES get a sentence
 * instead, and beyond MAX_LIVE previews a button opens one (closing the
 * oldest) so the page never runs out of WebGL contexts.
 */
export async function previewFile(card, file, slot = null) {
  if (!slot) {
    slot = el('div');
    const head = card.querySelector('.upload-card-head');
    if (head) head.after(slot);
    else card.append(slot);
  }
  slot.dataset.upload3d = ''; // no longer a held place (upload.css): what goes in sizes it
  if (file.size > MAX_PREVIEW_BYTES) {
    const p = el('p', { className: 'hint' });
    p.dataset.viewerStatus = '';
    p.textContent = `No 3D preview: this model is ${mib(file.size)}, and the preview reads files up to ${mib(MAX_PREVIEW_BYTES)}. It is uploaded all the same.`;
    slot.append(p);
    return;
  }
  const open = async () => {
    let data;
    try {
      data = await file.arrayBuffer();
    } catch {
      const p = el('p', { className: 'warning' });
      p.textContent = 'Could not show this 3D model: the browser could not read the file again.';
      slot.append(p);
      return;
    }
    if (live.size >= MAX_LIVE) live.values().next().value.destroy();
    mountViewer(slot, data, { name: file.name });
  };
  if (live.size < MAX_LIVE) return open();
  const button = el('button', { type: 'button', className: 'button secondary', textContent: 'Show the 3D preview' });
  button.dataset.viewerOpen = '';
  button.addEventListener('click', () => { button.remove(); open(); }, { once: true });
  slot.append(button);
}
