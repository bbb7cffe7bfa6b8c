// Browse: a changed select or checkbox applies at once, and empty fields stay
// out of the URL so links are short. Without script the form still works.
const form = document.querySelector("[data-browse-form]");
if (form) {
  form.addEventListener("change", (ev) => {
    const el = ev.target;
    if (el.matches("select, input[type=checkbox]")) {
      form.requestSubmit();
    }
  });
  form.addEventListener("submit", () => {
    for (const el of form.elements) {
      if (el.name && el.value === "" && !el.disabled) {
        el.disabled = true; // a disabled field is not sent
      }
    }
    // Coming back (bfcache) shows the fields enabled again.
    setTimeout(() => { for (const el of form.elements) el.disabled = false; }, 0);
  });
  form.dataset.browseReady = "true"; // tests wait for this before changing a filter
}
