// Drafts of the facilitator's notes on the phone: every keystroke stores the form's text in
// localStorage under the form's key, with the server's "last saved" of the page it was typed on;
// on load a stored draft typed on top of what the server has now goes back into the form (the
// server's own times are compared, so a phone clock that is wrong does not matter); a successful
// save (the page after it) clears it. Saving without a connection keeps the page, says so, and
// sends the form by itself once the phone is online again.
(function () {
  var restored = false;
  var waiting = document.getElementById('draft-offline');
  document.querySelectorAll('form[data-draft-key]').forEach(function (form) {
    var key = 'samskab-note:' + form.getAttribute('data-draft-key');
    var fields = form.querySelectorAll('textarea');
    var savedAt = form.getAttribute('data-saved-at') || '';
    var store = null;
    try { store = window.localStorage; } catch { store = null; }
    if (store) {
      if (form.getAttribute('data-just-saved') === 'yes') store.removeItem(key);
      var draft = null;
      try { draft = JSON.parse(store.getItem(key) || 'null'); } catch { draft = null; }
      if (draft && typeof draft.base === 'string' && draft.base >= savedAt) {
        fields.forEach(function (field) {
          if (typeof draft.values[field.name] === 'string' && draft.values[field.name] !== field.value) { field.value = draft.values[field.name]; restored = true; }
        });
      }
      form.addEventListener('input', function () {
        var values = {};
        fields.forEach(function (field) { values[field.name] = field.value; });
        try { store.setItem(key, JSON.stringify({ base: savedAt, values: values })); } catch { /* full or blocked: the server copy stays */ }
      });
    }
    form.addEventListener('submit', function (event) {
      if (navigator.onLine !== false) return;
      event.preventDefault();
      if (waiting) { waiting.hidden = false; waiting.focus(); }
      window.addEventListener('online', function () { form.submit(); }, { once: true });
    });
  });
  if (restored) { var note = document.getElementById('draft-restored'); if (note) note.hidden = false; }
})();
