// Keeps the status strip current: every few seconds, while the tab is visible,
// it asks /api/status and copies the words the server formatted into the strip.
// The page is complete without it; this only refreshes.

const PERIOD_MS = 5000;
const strip = document.querySelector('[data-status-strip]');
let timer = 0;

async function refresh() {
  clearTimeout(timer);
  try {
    const res = await fetch('/api/status', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!res.ok) throw new Error(`status ${res.status}`);
    const body = await res.json();
    for (const item of body.strip ?? []) {
      const el = strip.querySelector(`[data-status-key="${CSS.escape(item.key)}"]`);
      if (!el) continue;
      el.dataset.state = item.state;
      el.querySelector('.status-value').textContent = item.value;
      el.querySelector('.status-state').textContent = item.state;
    }
    strip.dataset.stale = 'false';
  } catch {
    // The server itself did not answer (stopped, restarting, offline).
    strip.dataset.stale = 'true';
  }
  if (!document.hidden) timer = setTimeout(refresh, PERIOD_MS);
}

if (strip) {
  timer = setTimeout(refresh, PERIOD_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) clearTimeout(timer);
    else refresh();
  });
}
