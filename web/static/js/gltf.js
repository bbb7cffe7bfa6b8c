// Reads a glTF 2.0 model (GLB, or .gltf with its buffers embedded as data:
// URIs) into what viewer3d.js draws: triangle lists with world matrices and
// a base color. The file comes from anyone, so every index, count and offset
// is checked before it is used, and the totals are capped: a hostile file
// gets a sentence (ModelError) in the preview box, never a hung tab.

/** Most vertices the preview uploads to the GPU, over all meshes. */
export const MAX_VERTICES = 5_000_000;
/** Most triangle corners (indices) the preview draws, over all meshes. */
export const MAX_INDICES = 30_000_000;
/** Most mesh parts (primitive × node) drawn, each one a draw call per frame. */
export const MAX_DRAWS = 10_000;
/** Most nodes the scene tree may have. */
export const MAX_NODES = 100_000;
/** Largest JSON part read (the same limit as the server's inspector). */
export const MAX_JSON = 64 << 20;

/** A reason in words why the model cannot be shown. */
export class ModelError extends Error {}

const fail = (msg) => { throw new ModelError(msg); };
const fmt = (n) => n.toLocaleString('en-US');
const isUint = (n) => Number.isInteger(n) && n >= 0;

const GLB_MAGIC = 0x46546c67; // "glTF"
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;

// componentType → [bytes, DataView getter, divisor for normalized integers]
const COMPONENTS = {
  5120: [1, 'getInt8', 127], 5121: [1, 'getUint8', 255], 5122: [2, 'getInt16', 32767],
  5123: [2, 'getUint16', 65535], 5125: [4, 'getUint32', 0], 5126: [4, 'getFloat32', 0],
};
const WIDTH = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT2: 4, MAT3: 9, MAT4: 16 };
const UNSUPPORTED = {
  KHR_draco_mesh_compression: 'Draco mesh compression',
  EXT_meshopt_compression: 'meshopt compression',
  KHR_meshopt_compression: 'meshopt compression',
  KHR_texture_basisu: 'Basis Universal textures',
};

function decodeJSON(bytes) {
  if (bytes.length > MAX_JSON) fail(`its JSON part is ${fmt(bytes.length)} bytes; the preview reads at most ${fmt(MAX_JSON)}`);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail('it is neither a GLB file nor glTF JSON text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trimStart()[0] !== '{') fail('it is neither a GLB file nor glTF JSON text');
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    fail(`its JSON does not parse (${err.message})`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) fail('its JSON is not a glTF document');
  return doc;
}

/** Splits a GLB into its JSON document and binary chunk; anything else is read as .gltf JSON. */
function container(buffer) {
  const bytes = new Uint8Array(buffer);
  const dv = new DataView(buffer);
  if (bytes.length < 12 || dv.getUint32(0, true) !== GLB_MAGIC) return { doc: decodeJSON(bytes), bin: null };
  const version = dv.getUint32(4, true);
  if (version !== 2) fail(`it is a version ${version} GLB file; the preview reads version 2`);
  const length = dv.getUint32(8, true);
  if (length > bytes.length) fail(`the file is cut short: its header says ${fmt(length)} bytes, it has ${fmt(bytes.length)}`);
  let json = null;
  let bin = null;
  for (let off = 12; off + 8 <= length;) {
    const len = dv.getUint32(off, true);
    const type = dv.getUint32(off + 4, true);
    off += 8;
    if (len > length - off) fail('a chunk of the GLB runs past the end of the file');
    if (json === null) {
      if (type !== CHUNK_JSON) fail('the GLB does not start with its JSON chunk');
      json = bytes.subarray(off, off + len);
    } else if (type === CHUNK_BIN && bin === null) {
      bin = bytes.subarray(off, off + len);
    }
    off += len;
  }
  if (json === null) fail('the GLB has no JSON chunk');
  return { doc: decodeJSON(json), bin };
}

function decodeBase64(s) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(s);
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A data: URI's bytes, or null for any other URI. */
function dataURI(uri) {
  if (typeof uri !== 'string' || !uri.startsWith('data:')) return null;
  const comma = uri.indexOf(',');
  if (comma < 0 || !uri.slice(0, comma).endsWith(';base64')) return undefined;
  try {
    return decodeBase64(uri.slice(comma + 1));
  } catch {
    return undefined;
  }
}

const shortURI = (uri) => (String(uri).length > 60 ? `${String(uri).slice(0, 57)}…` : String(uri));

/** The checked parts of one document: lookups that fail in words. */
class Reader {
  constructor(doc, bin) {
    this.doc = doc;
    this.bin = bin;
    this.buffers = new Map();
  }

  list(name) {
    const v = this.doc[name];
    return Array.isArray(v) ? v : [];
  }

  /** Element i of the named top-level array; what says who refers to it. */
  ref(name, i, what, from) {
    const list = this.list(name);
    if (!isUint(i) || i >= list.length || !list[i] || typeof list[i] !== 'object') {
      fail(`${from} refers to ${what} ${JSON.stringify(i)}, which does not exist`);
    }
    return list[i];
  }

  buffer(i, from) {
    if (this.buffers.has(i)) return this.buffers.get(i);
    const b = this.ref('buffers', i, 'buffer', from);
    if (!isUint(b.byteLength)) fail(`buffer ${i} has no valid byteLength`);
    let bytes;
    if (b.uri === undefined) {
      if (i !== 0 || !this.bin) fail(`buffer ${i} has no data`);
      bytes = this.bin;
    } else {
      bytes = dataURI(b.uri);
      if (bytes === undefined) fail(`buffer ${i} has a data: URI that is not valid base64`);
      if (bytes === null) fail(`buffer ${i} lives in another file (${shortURI(b.uri)}); upload a .glb, or a .gltf with its data embedded, to see a preview`);
    }
    if (bytes.length < b.byteLength) fail(`buffer ${i} should hold ${fmt(b.byteLength)} bytes but has ${fmt(bytes.length)}`);
    bytes = bytes.subarray(0, b.byteLength);
    this.buffers.set(i, bytes);
    return bytes;
  }

  view(i, from) {
    const v = this.ref('bufferViews', i, 'buffer view', from);
    const buf = this.buffer(v.buffer, `buffer view ${i}`);
    const off = v.byteOffset ?? 0;
    if (!isUint(off) || !isUint(v.byteLength) || off + v.byteLength > buf.length) {
      fail(`buffer view ${i} points outside its buffer`);
    }
    const stride = v.byteStride ?? 0;
    if (!isUint(stride) || (stride !== 0 && (stride < 4 || stride > 252))) fail(`buffer view ${i} has an invalid byteStride`);
    return { bytes: buf.subarray(off, off + v.byteLength), stride };
  }

  /**
   * Accessor i as numbers: Float32Array, or Uint32Array with ints (indices).
   * Nothing is allocated before the count is under limit and the bytes are
   * known to be in the file.
   */
  accessor(i, from, { ints = false, types, limit = MAX_VERTICES } = {}) {
    const a = this.ref('accessors', i, 'accessor', from);
    const n = WIDTH[a.type];
    const comp = COMPONENTS[a.componentType];
    if (!n || !comp) fail(`accessor ${i} has an unknown type or component type`);
    if (types && !types.includes(a.type)) fail(`accessor ${i} is ${a.type}, where ${from} needs ${types.join(' or ')}`);
    if (ints && ![5121, 5123, 5125].includes(a.componentType)) fail(`accessor ${i} holds indices that are not unsigned integers`);
    if (!isUint(a.count)) fail(`accessor ${i} has an invalid count`);
    if (a.count > limit) fail(`accessor ${i} declares ${fmt(a.count)} elements; the preview reads at most ${fmt(limit)}`);
    if (a.sparse !== undefined) fail(`accessor ${i} is sparse, which the preview does not support`);
    const len = a.count * n;
    if (a.bufferView === undefined) return ints ? new Uint32Array(len) : new Float32Array(len); // zeros, as the spec says
    const { bytes, stride } = this.view(a.bufferView, `accessor ${i}`);
    const [size, get, norm] = comp;
    const elem = size * n;
    const step = stride || elem;
    const off = a.byteOffset ?? 0;
    if (!isUint(off) || (a.count > 0 && off + step * (a.count - 1) + elem > bytes.length)) {
      fail(`accessor ${i} points outside its buffer`);
    }
    const out = ints ? new Uint32Array(len) : new Float32Array(len);
    if (a.count === 0) return out;
    const start = bytes.byteOffset + off;
    if (!ints && a.componentType === 5126 && step === elem && start % 4 === 0) {
      out.set(new Float32Array(bytes.buffer, start, len)); // the common case, without a per-number loop
      return out;
    }
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const scale = a.normalized && norm && !ints ? 1 / norm : 1;
    for (let k = 0, o = off; k < a.count; k++, o += step) {
      for (let c = 0; c < n; c++) {
        const v = dv[get](o + c * size, true) * scale;
        out[k * n + c] = scale === 1 ? v : Math.max(v, -1);
      }
    }
    return out;
  }

  /** The bytes and media type of image i, or a note why not. */
  image(i, from) {
    const img = this.ref('images', i, 'image', from);
    if (img.bufferView !== undefined) {
      const { bytes } = this.view(img.bufferView, `image ${i}`);
      return { bytes, type: typeof img.mimeType === 'string' ? img.mimeType : 'image/png' };
    }
    const bytes = dataURI(img.uri);
    if (!bytes) return { note: `image ${i} lives in another file (${shortURI(img.uri)}); shown without it` };
    const type = String(img.uri).slice(5, String(img.uri).indexOf(';'));
    return { bytes, type };
  }
}

// Column-major 4×4 matrices as plain arrays.
export function mul(a, b) {
  const o = new Array(16);
  for (let c = 0; c < 4; c++) {
    for (let r = 0; r < 4; r++) {
      o[c * 4 + r] = a[r] * b[c * 4] + a[4 + r] * b[c * 4 + 1] + a[8 + r] * b[c * 4 + 2] + a[12 + r] * b[c * 4 + 3];
    }
  }
  return o;
}

const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];

function numbers(v, n) {
  return Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number' && isFinite(x));
}

/** A node's local matrix from `matrix` or translation/rotation/scale. */
function localMatrix(node, i) {
  if (node.matrix !== undefined) {
    if (!numbers(node.matrix, 16)) fail(`node ${i} has a matrix that is not 16 numbers`);
    return node.matrix;
  }
  const t = node.translation ?? [0, 0, 0];
  const [x, y, z, w] = node.rotation ?? [0, 0, 0, 1];
  const s = node.scale ?? [1, 1, 1];
  if (!numbers(t, 3) || !numbers([x, y, z, w], 4) || !numbers(s, 3) || (node.rotation && node.rotation.length !== 4)) {
    fail(`node ${i} has a translation, rotation or scale that is not numbers`);
  }
  return [
    (1 - 2 * (y * y + z * z)) * s[0], 2 * (x * y + z * w) * s[0], 2 * (x * z - y * w) * s[0], 0,
    2 * (x * y - z * w) * s[1], (1 - 2 * (x * x + z * z)) * s[1], 2 * (y * z + x * w) * s[1], 0,
    2 * (x * z + y * w) * s[2], 2 * (y * z - x * w) * s[2], (1 - 2 * (x * x + y * y)) * s[2], 0,
    t[0], t[1], t[2], 1,
  ];
}

/** Triangle list indices for a primitive's mode (4 list, 5 strip, 6 fan), or null for points and lines. */
function triangles(mode, idx) {
  if (mode === 4) return idx.length % 3 ? idx.subarray(0, idx.length - (idx.length % 3)) : idx;
  if (mode !== 5 && mode !== 6) return null;
  const n = Math.max(idx.length - 2, 0);
  const out = new Uint32Array(n * 3);
  for (let k = 0; k < n; k++) {
    if (mode === 6) out.set([idx[0], idx[k + 1], idx[k + 2]], k * 3);
    else if (k % 2) out.set([idx[k + 1], idx[k], idx[k + 2]], k * 3);
    else out.set([idx[k], idx[k + 1], idx[k + 2]], k * 3);
  }
  return out;
}

/** Unindexed copy with one normal per face: what glTF asks for when NORMAL is missing. */
function flatten(pos, uv, idx) {
  const n = idx.length;
  const p = new Float32Array(n * 3);
  const nm = new Float32Array(n * 3);
  const t = uv ? new Float32Array(n * 2) : null;
  for (let k = 0; k < n; k += 3) {
    for (let c = 0; c < 3; c++) {
      const v = idx[k + c];
      p.set(pos.subarray(v * 3, v * 3 + 3), (k + c) * 3);
      if (t) t.set(uv.subarray(v * 2, v * 2 + 2), (k + c) * 2);
    }
    const o = k * 3;
    const ax = p[o + 3] - p[o], ay = p[o + 4] - p[o + 1], az = p[o + 5] - p[o + 2];
    const bx = p[o + 6] - p[o], by = p[o + 7] - p[o + 1], bz = p[o + 8] - p[o + 2];
    const nx = ay * bz - az * by, ny = az * bx - ax * bz, nz = ax * by - ay * bx;
    for (let c = 0; c < 3; c++) nm.set([nx, ny, nz], o + c * 3);
  }
  return { positions: p, normals: nm, uvs: t };
}

function sequence(n) {
  const out = new Uint32Array(n);
  for (let k = 0; k < n; k++) out[k] = k;
  return out;
}

function bounds(pos) {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let k = 0; k < pos.length; k += 3) {
    const x = pos[k], y = pos[k + 1], z = pos[k + 2];
    if (!isFinite(x) || !isFinite(y) || !isFinite(z)) continue;
    if (x < min[0]) min[0] = x; if (x > max[0]) max[0] = x;
    if (y < min[1]) min[1] = y; if (y > max[1]) max[1] = y;
    if (z < min[2]) min[2] = z; if (z > max[2]) max[2] = z;
  }
  return min[0] <= max[0] ? { min, max } : null;
}

/** What a primitive's material asks for: color factor, texture, blending. */
function material(r, p, where, hasUV) {
  const m = { color: [1, 1, 1, 1], image: null, sampler: null, blend: false };
  if (p.material === undefined) return m;
  const mat = r.ref('materials', p.material, 'material', where);
  const pbr = mat.pbrMetallicRoughness ?? {};
  if (pbr.baseColorFactor !== undefined) {
    if (!numbers(pbr.baseColorFactor, 4)) fail(`material ${p.material} has a baseColorFactor that is not 4 numbers`);
    m.color = pbr.baseColorFactor.map((v) => Math.min(Math.max(v, 0), 1));
  }
  m.blend = mat.alphaMode === 'BLEND';
  const tex = pbr.baseColorTexture;
  if (hasUV && tex && (tex.texCoord ?? 0) === 0 && tex.index !== undefined) {
    const t = r.ref('textures', tex.index, 'texture', `material ${p.material}`);
    if (t.source !== undefined) {
      r.ref('images', t.source, 'image', `texture ${tex.index}`);
      m.image = t.source;
      m.sampler = t.sampler !== undefined ? r.ref('samplers', t.sampler, 'sampler', `texture ${tex.index}`) : {};
    }
  }
  return m;
}

/**
 * Reads a model. Returns {parts, draws, images, notes, stats}: parts are
 * geometry (positions, normals, optional uvs and indices, local bounds,
 * material), draws pair a part with a world matrix, images are the texture
 * images as Blobs by image index. Throws ModelError with the reason in words.
 */
export function readGLTF(buffer) {
  const { doc, bin } = container(buffer);
  const version = doc.asset?.version;
  if (typeof version !== 'string') fail('it has no asset.version: is this a glTF file?');
  if (!version.startsWith('2.')) fail(`it is glTF ${version}; the preview reads glTF 2.0`);
  for (const ext of Array.isArray(doc.extensionsRequired) ? doc.extensionsRequired : []) {
    fail(`it needs ${UNSUPPORTED[ext] ?? `the ${ext} extension`}, which the preview does not support`);
  }
  const r = new Reader(doc, bin);
  const nodes = r.list('nodes');
  if (nodes.length > MAX_NODES) fail(`it has ${fmt(nodes.length)} nodes; the preview reads at most ${fmt(MAX_NODES)}`);

  let roots;
  const scenes = r.list('scenes');
  if (scenes.length) {
    const s = doc.scene ?? 0;
    roots = r.ref('scenes', s, 'scene', 'the document').nodes ?? [];
  } else {
    const children = new Set(nodes.flatMap((n) => (Array.isArray(n?.children) ? n.children : [])));
    roots = nodes.map((_, i) => i).filter((i) => !children.has(i));
  }
  if (!Array.isArray(roots)) fail('its scene has a node list that is not a list');

  const parts = new Map(); // "mesh/primitive" → part, shared by the nodes that use the mesh
  const draws = [];
  const notes = new Set();
  const stats = { vertices: 0, indices: 0, triangles: 0 };
  const seen = new Set();
  const stack = roots.map((i) => [i, IDENTITY, 'the scene']);
  while (stack.length) {
    const [i, parent, from] = stack.pop();
    const node = r.ref('nodes', i, 'node', from);
    if (seen.has(i)) fail(`node ${i} appears twice in the scene tree`);
    seen.add(i);
    const world = mul(parent, localMatrix(node, i));
    if (node.children !== undefined && !Array.isArray(node.children)) fail(`node ${i} has children that are not a list`);
    for (const c of node.children ?? []) stack.push([c, world, `node ${i}`]);
    if (node.mesh === undefined) continue;
    const mesh = r.ref('meshes', node.mesh, 'mesh', `node ${i}`);
    if (!Array.isArray(mesh.primitives)) fail(`mesh ${node.mesh} has no primitives`);
    for (let k = 0; k < mesh.primitives.length; k++) {
      const key = `${node.mesh}/${k}`;
      if (!parts.has(key)) parts.set(key, readPrimitive(r, mesh.primitives[k], `mesh ${node.mesh}`, stats, notes));
      const part = parts.get(key);
      if (!part) continue;
      if (draws.length >= MAX_DRAWS) fail(`it has more than ${fmt(MAX_DRAWS)} mesh parts in its scene; the preview draws at most that many`);
      draws.push({ part, matrix: world });
      stats.triangles += part.count / 3;
    }
  }
  if (!draws.length) fail('its scene has no triangles to show');

  const images = new Map();
  for (const part of parts.values()) {
    if (!part || part.material.image === null || images.has(part.material.image)) continue;
    const i = part.material.image;
    const img = r.image(i, 'a material');
    if (img.note) {
      notes.add(img.note);
      images.set(i, null);
    } else {
      images.set(i, new Blob([img.bytes], { type: img.type }));
    }
  }
  return { parts: [...parts.values()].filter(Boolean), draws, images, notes: [...notes], stats };
}

function readPrimitive(r, p, where, stats, notes) {
  if (!p || typeof p !== 'object' || !p.attributes || typeof p.attributes !== 'object') fail(`${where} has a primitive without attributes`);
  const mode = p.mode ?? 4;
  if (mode !== 4 && mode !== 5 && mode !== 6) {
    notes.add('points and lines are not shown');
    return null;
  }
  const at = p.attributes;
  if (at.POSITION === undefined) {
    notes.add('a primitive without positions is not shown');
    return null;
  }
  const posAcc = r.ref('accessors', at.POSITION, 'accessor', where);
  const count = posAcc.count;
  if (!isUint(count)) fail(`accessor ${at.POSITION} has an invalid count`);
  if (stats.vertices + count > MAX_VERTICES) {
    fail(`it has more than ${fmt(MAX_VERTICES)} vertices; the preview shows at most that many`);
  }
  let positions = r.accessor(at.POSITION, where, { types: ['VEC3'] });
  // An attribute whose count differs from POSITION's is ignored, unread.
  const attribute = (name, type) => {
    if (at[name] === undefined) return null;
    if (r.ref('accessors', at[name], 'accessor', where).count !== count) {
      notes.add(`${name} data that does not match its mesh is ignored`);
      return null;
    }
    return r.accessor(at[name], where, { types: [type] });
  };
  let uvs = attribute('TEXCOORD_0', 'VEC2');
  let normals = attribute('NORMAL', 'VEC3');

  let indices = null;
  if (p.indices !== undefined) {
    const declared = r.ref('accessors', p.indices, 'accessor', where).count;
    if (isUint(declared) && stats.indices + declared > MAX_INDICES) {
      fail(`it has more than ${fmt(MAX_INDICES / 3)} triangles; the preview shows at most that many`);
    }
    indices = r.accessor(p.indices, where, { ints: true, types: ['SCALAR'], limit: MAX_INDICES });
    for (let k = 0; k < indices.length; k++) {
      if (indices[k] >= count) {
        fail(`accessor ${p.indices} has index ${fmt(indices[k])}, past the ${fmt(count)} vertices of ${where}`);
      }
    }
  }
  const list = triangles(mode, indices ?? sequence(count));
  if (stats.indices + list.length > MAX_INDICES) {
    fail(`it has more than ${fmt(MAX_INDICES / 3)} triangles; the preview shows at most that many`);
  }
  stats.indices += list.length;
  indices = (indices || mode !== 4) ? list : null;
  if (!normals) {
    // Flat normals need a vertex per triangle corner.
    if (stats.vertices + list.length > MAX_VERTICES) {
      fail(`it needs more than ${fmt(MAX_VERTICES)} vertices once flat-shaded (it has no normals); the preview shows at most that many`);
    }
    ({ positions, normals, uvs } = flatten(positions, uvs, list));
    indices = null;
  }
  stats.vertices += positions.length / 3;
  return {
    positions, normals, uvs, indices,
    count: indices ? indices.length : positions.length / 3,
    bounds: bounds(positions),
    material: material(r, p, where, Boolean(uvs)),
  };
}
