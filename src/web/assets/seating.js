// Browser island of the table plan pages (no inline scripts: the CSP forbids them).
// - While planning runs: polls the plan's status and moves the progress bar; reloads when done.
// - Drag and drop: drop a person on another table to move them (submits their own "move" form),
//   or on a person to swap the two (submits the hidden swap form). The forms work without this.
(function () {
  'use strict';

  var running = document.querySelector('[data-status-url]');
  if (running) {
    var url = running.getAttribute('data-status-url');
    var bar = document.getElementById('seating-progress');
    var text = document.getElementById('seating-progress-text');
    var poll = function () {
      fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (state) {
          if (!state) return;
          if (state.status !== 'running') { window.location.reload(); return; }
          var percent = Math.round(state.progress * 100);
          if (bar) { bar.value = percent; bar.textContent = percent + ' %'; }
          if (text) {
            var cost = state.bestCost === null ? '' : ' · ' + Math.round(state.bestCost).toLocaleString('da-DK');
            text.textContent = percent + ' %' + cost;
          }
          setTimeout(poll, 700);
        })
        .catch(function () { setTimeout(poll, 2000); });
    };
    setTimeout(poll, 500);
  }

  var dragged = null;
  document.querySelectorAll('.seating-person[draggable="true"]').forEach(function (item) {
    item.addEventListener('dragstart', function (event) {
      dragged = item;
      item.classList.add('seating-dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.getAttribute('data-person'));
    });
    item.addEventListener('dragend', function () {
      item.classList.remove('seating-dragging');
      document.querySelectorAll('.seating-drop').forEach(function (el) { el.classList.remove('seating-drop'); });
    });
  });

  var targetOf = function (event) {
    var person = event.target.closest && event.target.closest('.seating-person');
    if (person && person !== dragged) return { person: person };
    var table = event.target.closest && event.target.closest('.seating-table');
    return table ? { table: table } : null;
  };

  document.querySelectorAll('.seating-table').forEach(function (table) {
    table.addEventListener('dragover', function (event) {
      if (!dragged) return;
      var target = targetOf(event);
      if (!target) return;
      event.preventDefault();
      document.querySelectorAll('.seating-drop').forEach(function (el) { el.classList.remove('seating-drop'); });
      (target.person || target.table).classList.add('seating-drop');
    });
    table.addEventListener('drop', function (event) {
      if (!dragged) return;
      event.preventDefault();
      var target = targetOf(event);
      if (!target) return;
      if (target.person) {
        var swap = document.getElementById('seating-swap-form');
        if (!swap) return;
        swap.querySelector('[name="person"]').value = dragged.getAttribute('data-person');
        swap.querySelector('[name="other"]').value = target.person.getAttribute('data-person');
        swap.submit();
        return;
      }
      var form = dragged.closest('form');
      var select = dragged.querySelector('select');
      var button = dragged.querySelector('button.seating-move');
      if (!form || !select || !button) return;
      select.value = target.table.getAttribute('data-table');
      if (form.requestSubmit) form.requestSubmit(button); else button.click();
    });
  });
})();
