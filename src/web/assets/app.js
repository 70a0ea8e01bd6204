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
  var notice = document.getElementById('day-notice');
  if (notice && !summary) notice.focus();
});
