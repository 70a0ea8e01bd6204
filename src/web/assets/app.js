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
});
