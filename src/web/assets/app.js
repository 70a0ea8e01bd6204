// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  if (window.DKFDS && typeof window.DKFDS.init === 'function') window.DKFDS.init();
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();
  document.querySelectorAll('[data-confirm]').forEach(function (el) {
    el.addEventListener('submit', function (event) {
      if (!window.confirm(el.getAttribute('data-confirm'))) event.preventDefault();
    });
  });
  // A copy button beside a one-time link: hidden until this script can copy.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', function () { navigator.clipboard.writeText(source.textContent || ''); });
  });
  // After a form was sent, the focus goes to what it answered: the errors, or else the message
  // saying what happened (data-notice), so a screen reader and a keyboard user start there.
  var notice = document.querySelector('[data-notice]');
  if (notice && !summary) notice.focus();
});
