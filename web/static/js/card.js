// The card editor (/upload/:id/card): as the person types, the card is sent
// to POST /api/card/preview (debounced) and the sanitized HTML the server
// returns replaces the preview; front-matter problems are listed in words.
// "Preview metadata JSON" shows the ERC-721 JSON the mint will pin. Saving
// is the page's plain form.

const root = document.querySelector('[data-card-editor]');
const csrf = () => document.querySelector('meta[name="csrf-token"]')?.content ?? '';
const debounceMs = 300;

async function postJSON(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': csrf() },
    body: JSON.stringify(body),
  });
  let data = null;
  try { data = await res.json(); } catch { /* not JSON: handled below */ }
  return { ok: res.ok, status: res.status, data };
}

function showProblems(list, problems, fallback) {
  list.replaceChildren();
  const items = problems?.length ? problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)) : (fallback ? [fallback] : []);
  for (const text of items) {
    const li = document.createElement('li');
    li.textContent = text;
    list.append(li);
  }
}

if (root) {
  const source = root.querySelector('[data-card-source]');
  const preview = root.querySelector('[data-card-preview]');
  const problems = root.querySelector('[data-card-problems]');
  const metaButton = root.querySelector('[data-card-metadata]');
  const metaPane = root.querySelector('[data-card-metadata-pane]');
  const metaJSON = root.querySelector('[data-card-metadata-json]');
  const uploadID = root.dataset.uploadId;
  let timer = 0;
  let seq = 0;

  async function refresh() {
    const mine = ++seq;
    try {
      const { ok, data } = await postJSON('/api/card/preview', { source: source.value });
      if (mine !== seq) return; // a newer request is on its way
      if (!ok) {
        showProblems(problems, null, data?.error?.message ?? data?.message ?? 'The preview could not be rendered.');
        return;
      }
      // data.html was sanitized by the server (Markdown → bluemonday UGC policy).
      preview.innerHTML = data.html;
      showProblems(problems, data.problems);
      root.dataset.previewSeq = String(mine);
    } catch {
      if (mine === seq) showProblems(problems, null, 'The preview is offline: check your connection.');
    }
  }

  source.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, debounceMs);
  });

  metaButton?.addEventListener('click', async () => {
    metaPane.hidden = false;
    metaJSON.textContent = 'Building…';
    try {
      const { ok, data } = await postJSON(`/api/uploads/${encodeURIComponent(uploadID)}/card/metadata`, { source: source.value });
      metaJSON.textContent = ok ? JSON.stringify(data, null, 2) : (data?.error?.message ?? data?.message ?? 'The metadata could not be built.');
    } catch {
      metaJSON.textContent = 'The metadata could not be built: check your connection.';
    }
    metaPane.scrollIntoView({ behavior: 'smooth', block: 'start' });
  });
}
