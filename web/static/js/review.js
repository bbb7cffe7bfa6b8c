// review.js — the token page's review form: the server pins the comment and
// builds Reviews.review after asking the chain whether this account may
// review (it answers in words when not); wallet.js sends it; the status
// line shows waiting for wallet → pending (hash) → confirmed (block) /
// failed (reason in words from /api/tx/explain), like the trade steps. Once
// confirmed, the page reloads when our index has the review.

import { build, runStep } from './txstep.js';

const INDEX_POLL_MS = 1000;
const INDEX_POLL_TRIES = 120;

/** Reloads once the page, fetched again, shows the review's transaction. */
async function reloadWhenIndexed(statusEl, hash) {
  for (let i = 0; i < INDEX_POLL_TRIES; i++) {
    await new Promise((r) => setTimeout(r, INDEX_POLL_MS));
    const html = await fetch(location.pathname, { credentials: 'same-origin' }).then((r) => r.text()).catch(() => '');
    if (html.includes(`data-tx="${hash.toLowerCase()}"`)) {
      location.reload();
      return;
    }
  }
  statusEl.append(' Our index has not caught up yet: reload the page in a moment to see your review.');
}

async function publish(form, tokenId) {
  const statusEl = form.querySelector('[data-tx-status="review"]');
  const done = await runStep(statusEl, 'Review', () => build('/api/tx/review', {
    token_id: tokenId,
    rating: Number(form.querySelector('[data-review-rating]').value),
    comment: form.querySelector('[data-review-comment-input]').value,
  }), {
    checking: 'Review: saving the comment and checking with the chain…',
    confirmed: (block) => `Review confirmed in block ${block}; it shows here once our index has it.`,
  });
  if (!done?.hash) return false;
  reloadWhenIndexed(statusEl, done.hash);
  return true;
}

const root = document.querySelector('[data-reviews]');
const form = root?.querySelector('[data-review-form]');
if (form) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = form.querySelector('[data-review-submit]');
    button.disabled = true;
    if (!(await publish(form, root.dataset.tokenId))) button.disabled = false;
  });
}
if (root) root.dataset.reviewsReady = 'true'; // tests wait for this
