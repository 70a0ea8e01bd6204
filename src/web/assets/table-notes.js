// Drafts of the facilitator's notes on the phone: every keystroke stores the form's text in
// localStorage under the form's key; on load a stored draft newer than what the server has goes
// back into the form; a successful save (the page after it) clears it.
(function () {
  var restored = false;
  document.querySelectorAll('form[data-draft-key]').forEach(function (form) {
    var key = 'samskab-note:' + form.getAttribute('data-draft-key');
    var fields = form.querySelectorAll('textarea');
    var store = null;
    try { store = window.localStorage; } catch { return; }
    if (!store) return;
    if (form.getAttribute('data-just-saved') === 'yes') store.removeItem(key);
    var draft = null;
    try { draft = JSON.parse(store.getItem(key) || 'null'); } catch { draft = null; }
    var savedAt = form.getAttribute('data-saved-at') || '';
    if (draft && draft.at > savedAt) {
      fields.forEach(function (field) {
        if (typeof draft.values[field.name] === 'string' && draft.values[field.name] !== field.value) { field.value = draft.values[field.name]; restored = true; }
      });
    }
    form.addEventListener('input', function () {
      var values = {};
      fields.forEach(function (field) { values[field.name] = field.value; });
      try { store.setItem(key, JSON.stringify({ at: new Date().toISOString(), values: values })); } catch { /* full or blocked: the server copy stays */ }
    });
  });
  if (restored) { var note = document.getElementById('draft-restored'); if (note) note.hidden = false; }
})();
