// license.js — the license steps: on the token page the owner publishes,
// pauses, resumes and retires offers and visitors buy a license ("Buy
// license" shows the terms, price and split first); on the certificate and
// My licenses pages, Renew buys again. Each step asks the server to build the
// transaction (it checks the chain first and answers in words), sends it with
// wallet.js and shows: waiting for wallet → pending (hash) → confirmed
// (block) / failed (reason in words from /api/tx/explain).

import { build, runStep, showSplit } from './txstep.js';

const reloadSoon = () => setTimeout(() => location.reload(), 1200);

function offersSection(root) {
  const tokenId = root.dataset.tokenId;
  const statusOf = (id) => root.querySelector(`[data-tx-status="offer-${id}"]`);

  for (const b of root.querySelectorAll('[data-offer-buy]:not([disabled])')) {
    const id = b.dataset.offerBuy;
    const confirm = root.querySelector(`[data-offer-confirm="${id}"]`);
    b.addEventListener('click', () => {
      confirm.hidden = false;
      b.hidden = true;
      confirm.scrollIntoView({ block: 'nearest' });
    });
    confirm.querySelector('[data-offer-cancel]').addEventListener('click', () => {
      confirm.hidden = true;
      b.hidden = false;
    });
    const pay = confirm.querySelector('[data-offer-pay]');
    pay.addEventListener('click', async () => {
      pay.disabled = true;
      const card = root.querySelector(`[data-offer="${id}"]`);
      const done = await runStep(statusOf(id), 'License purchase', async () => {
        const ans = await build('/api/tx/license', { offer_id: id, price_wei: card.dataset.priceWei });
        showSplit(confirm, ans.split);
        return ans;
      });
      if (!done) {
        pay.disabled = false;
        return;
      }
      const el = statusOf(id);
      const link = document.createElement('a');
      link.href = done.answer.certificate;
      link.dataset.certificateLink = '';
      link.textContent = 'See your license certificate →';
      el.append(' ', link);
      confirm.querySelector('.actions').hidden = true;
    });
  }

  for (const b of root.querySelectorAll('[data-offer-pause]')) {
    b.addEventListener('click', async () => {
      b.disabled = true;
      const paused = b.dataset.paused === 'true';
      const done = await runStep(statusOf(b.dataset.offerPause), paused ? 'Pause' : 'Resume',
        () => build('/api/tx/offer/pause', { offer_id: b.dataset.offerPause, paused }));
      if (done) reloadSoon();
      else b.disabled = false;
    });
  }
  for (const b of root.querySelectorAll('[data-offer-retire]')) {
    b.addEventListener('click', async () => {
      b.disabled = true;
      const done = await runStep(statusOf(b.dataset.offerRetire), 'Retirement', () => build('/api/tx/offer/retire', { offer_id: b.dataset.offerRetire }));
      if (done) reloadSoon();
      else b.disabled = false;
    });
  }

  const form = root.querySelector('[data-offer-form]');
  if (form) {
    const select = form.querySelector('[data-offer-template]');
    const commercial = form.querySelector('[data-offer-commercial]');
    const custom = form.querySelector('[data-custom-terms]');
    const sync = () => {
      const opt = select.selectedOptions[0];
      for (const d of form.querySelectorAll('[data-template-preview]')) d.hidden = d.dataset.templatePreview !== select.value;
      custom.hidden = select.value !== 'custom';
      if (select.value !== 'custom') commercial.checked = 'commercial' in opt.dataset;
    };
    select.addEventListener('change', sync);
    sync();
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      const body = {
        token_id: tokenId,
        price: form.querySelector('[data-offer-price]').value.trim(),
        days: form.querySelector('[data-offer-days]').value.trim(),
        cap: form.querySelector('[data-offer-cap]').value.trim(),
        commercial: commercial.checked,
        template: select.value,
        terms: form.querySelector('[data-offer-terms]').value,
      };
      const done = await runStep(form.querySelector('[data-tx-status="publish"]'), 'Offer', () => build('/api/tx/offer', body));
      if (done) reloadSoon();
      else button.disabled = false;
    });
  }
  root.dataset.licenseReady = 'true'; // tests wait for this
}

function renewButtons(root) {
  for (const b of root.querySelectorAll('[data-license-renew]')) {
    const id = b.dataset.licenseRenew;
    b.addEventListener('click', async () => {
      b.disabled = true;
      const done = await runStep(root.querySelector(`[data-tx-status="renew-${id}"]`), 'Renewal',
        () => build('/api/tx/license', { offer_id: id, price_wei: b.dataset.priceWei }));
      if (done) reloadSoon();
      else b.disabled = false;
    });
  }
  root.dataset.licenseReady = 'true';
}

const offers = document.querySelector('[data-license-offers]');
if (offers) offersSection(offers);
const renewRoot = document.querySelector('[data-license-certificate], [data-my-licenses]');
if (renewRoot) renewButtons(renewRoot);

// ---- My licenses: "new version available" ----
// The token page remembers the last version a licensee saw (version.js,
// localStorage); a row whose token has more versions than that says so.
const SEEN = 'modelmarket.version-seen.'; // the key version.js writes
for (const row of document.querySelectorAll('[data-license-rows="active"] [data-license-row]')) {
  const versions = Number(row.dataset.versions);
  let seen = 0;
  try {
    seen = Number(localStorage.getItem(SEEN + row.dataset.licenseRow) ?? 0);
  } catch { break; }
  const badge = row.querySelector('[data-license-new-version]');
  if (badge && seen && versions > seen) {
    badge.textContent = `New version available: version ${versions}`;
    badge.hidden = false;
  }
}
